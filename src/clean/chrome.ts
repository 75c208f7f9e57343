import { endsSentence, wordCount } from "./lines.ts";

/**
 * Words that mark a line as page interface rather than reporting: share bars, comment forms,
 * subscription prompts, navigation. General web vocabulary, not any one site's wording.
 */
const INTERFACE_WORDS = new Set(
  (
    "share shares sharing button buttons link copy print email e-mail subscribe subscribers subscription newsletter " +
    "advertisement advertisements advert ad ads sponsored promoted settings font-size font login log sign signup " +
    "register comment comments reply replies follow followers following like likes fans menu close cookie cookies " +
    "privacy accept donate patron support related latest popular trending stories articles read more click tap " +
    "facebook twitter whatsapp telegram kakao linkedin pinterest reddit instagram youtube tiktok rss top home " +
    "skip navigation search buy connected app download loading previous next back spot_img please enter " +
    "sections cancel manage preferences tweet save scroll report article listen watch bookmark membership gallery " +
    "feedback copied text size small medium large hide toggle caption enlarge image embed transcript flipboard " +
    "messenger translate gift survey sponsor send saved contact tip tips audio video respond responses playing"
  ).split(" "),
);

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}_-]+/gu) ?? [];

/** A short line built around interface vocabulary ("Copy the current link", "Stay Connected"). */
export function isInterfaceLine(text: string): boolean {
  if (text.length > 80) return false;
  // "Click to email a link (Opens in new window)", "Purchase Licensing Rights, opens new tab": a
  // screen-reader hint marks a link or button.
  if (/\(opens? in (?:a )?new (?:window|tab)\)|, opens (?:in )?(?:a )?new (?:window|tab)$/i.test(text)) return true;
  const words = wordCount(text);
  if (words === 0 || words > 7) return false;
  // Camel case split ("ShareThis"), unless the word is one whole ("LinkedIn").
  const toks = INTERFACE_WORDS.has(text.toLowerCase()) ? [text.toLowerCase()] : tokens(text.replace(/([a-z])([A-Z])/g, "$1 $2"));
  const hits = toks.filter((t) => INTERFACE_WORDS.has(t)).length;
  // A short sentence of prose that happens to say "support" or "comment" is not chrome:
  // finished sentences need interface words to dominate, fragments need half.
  return endsSentence(text) ? hits >= 2 && hits * 3 >= toks.length : hits > 0 && hits * 2 >= toks.length;
}

/**
 * Notices in the standard wording sites print around an article, whatever they are about:
 * skip links, cookie banners, comment forms, copyright lines, "this article is N years old",
 * update, translation and editor's notes, newsletter sign-ups, tag lists, links to other
 * articles, contributor credits, reading times, embedded posts' signatures, appeals for
 * support. Each is a sentence or more of ordinary words, which the interface-word test above
 * lets through.
 */
const NOTICES: readonly [RegExp, string][] = [
  [/^skip to (?:the )?(?:main )?(?:content|navigation|search|footer)\b/i, "page interface (share, subscribe, navigation, ads)"],
  [/\b(?:we|(?:this|our) (?:web)?site) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b/i, "cookie notice"],
  [/^(?:leave a (?:reply|comment)\b|your email address will not be published|save my name, email\b|required fields are marked)/i, "comment form"],
  [/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b|\ball rights reserved\b/i, "copyright notice"],
  [/^this (?:article|story|page) is (?:more than |over )?(?:a|an|one|\d+) (?:years?|months?|weeks?|days?) old\.?$/i, "age notice"],
  [/^sign up (?:to|for)\b/i, "newsletter sign-up"],
  // "Get more Colorado news by signing up for our … newsletter.", "… sent to your inbox every weekday."
  [/^(?=.{0,160}$).*(?:\bsign(?:ing)? up for (?:our|the|a) (?:[\p{L}'’-]+ ){0,5}(?:newsletters?|alerts?)\b|\bsign up here\b)|\b(?:sent|delivered) (?:straight |directly )?to your inbox\b|^(?:our|free) newsletters?$|^by subscribing\b/iu, "newsletter sign-up"],
  // "This content is blocked because you have not accepted the cookies …"
  [/\bcontent is blocked\b|\b(?:not )?accepted (?:the |all )?cookies\b/i, "cookie notice"],
  // "… which is copyright and cannot be reproduced.", "Please contact us for subscription options."
  [/\bis copyright and (?:cannot|may not) be reproduced\b|\bcontact us (?:for|about) subscription\b/i, "copyright notice"],
  [/\b(?:turn on|enable) javascript\b|^duration\s*:\s*\d|^@\w{3,}$/i, "page interface (share, subscribe, navigation, ads)"],
  // Screen-reader labels and widgets: "Image caption, …" and "Image source, PA Media" (BBC), "list 1 of 4",
  // "02:14 - Source: CNN" under a video, "Share on X (formerly Twitter)", "Was this page helpful?", a press
  // office's contact lines.
  [/^(?:image|media|video) (?:caption|source), |^(?:list of \d+ items|list \d+ of \d+|end of list)$|^\d{1,2}:\d{2}\s*[-–]\s*source\s*:|^share (?:on|via|to) [\p{L} ()]{1,30}$|^was this (?:page|article) helpful\??$|^media contacts?\s*:?$|^(?:phone|tel|fax|e-?mail)\s*:\s*\S+$/iu, "page interface (share, subscribe, navigation, ads)"],
  // "abc.net.au/news/great-barrier-reef/105031422": a page's address on its own line (a copy-link button).
  [/^(?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+\/\S*$/i, "page interface (share, subscribe, navigation, ads)"],
  [/\bget (?:breaking )?news alerts\b|\bdownload (?:the|our) (?:[\p{L}-]+ ){0,5}app\b/iu, "newsletter sign-up"],
  // Australian sites' acknowledgement of country closes every page.
  [/\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians))\b/i, "acknowledgement of country"],
  [/^(?:tags?|topics?|keywords|filed under)\s*:/i, "tag list"],
  [/^(?:also read|read also|read more|see also|related|recommended|more on this(?: story)?)\s*[:|»›]/i, "link to another article"],
  // "With files from The Canadian Press", "— With assistance from Jane Roe", and a wire story's
  // revision note: "(Updates with CFO comments from ninth paragraph.)".
  [/\bcontributed (?:reporting(?: to this (?:report|story|article))?|to this (?:report|story|article))\.?$|^\(?(?:additional )?reporting by\b|^(?:writing|editing|edited) by\b|^(?=.{0,100}$)[—–-]?\s*with (?:files|assistance) from [^.]+\.?$|^\((?:updates|adds|recasts|corrects) (?:with|to|throughout|details|comments?|paragraphs?|quotes?)\b[^()]*\)$/i, "contributor credit"],
  [/^(?:(?:estimated )?(?:reading|read|listening) time\s*:?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*min(?:ute)?s?\.?(?:\s+(?:read|listen))?$/i, "reading time"],
  [/^(?:press play to )?listen to (?:this|the) (?:article|story)\b|^click here\b|^voiced by artificial intelligence\b/i, "page interface (share, subscribe, navigation, ads)"],
  [/^this (?:article|story|page) (?:has been|was) (?:updated|corrected)\b/i, "update notice"],
  [/^(?:story|article) continues below\b|^continue reading\b/i, "page interface (share, subscribe, navigation, ads)"],
  [/^this (?:interview|conversation|transcript) has been (?:edited|condensed|lightly edited)\b|^the views expressed (?:in this (?:article|piece) )?are (?:those of )?the author/i, "editor's note"],
  // "— Jane Roe (@janeroe) December 4, 2024": the signature of an embedded post.
  [/^[—–-]\s*[^()]{2,60}\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u, "embedded post credit"],
  [/^translation of an? (?:original )?article\b|^this (?:article|story) (?:was|has been) (?:translated|originally published|first published)\b/i, "translation notice"],
  [/\bbecome (?:a|our) (?:patron|member|supporter)\b|^support (?:independent|quality|our) journalism\b|^(?:please )?donate\b|\bthank you for reading\b|\b(?:without|with) your support\b|\bhelp us keep (?:going|reporting)\b|\bdonations from (?:our )?readers\b/i, "donation appeal"],
  [/^(?:a )?note from the (?:author|editors?)\s*:?$/i, "donation appeal"],
  // Newsletter boxes: "Get our free View from Westminster email", "Get the Times of Israel's Daily
  // Edition by email …", "… delivered first thing every morning to your inbox", "You've successfully
  // subscribed to this newsletter!", "Type your email…", a box's own heading and Guardian's marker.
  [/^(?=.{0,200}$)(?:get (?:our|the|a) (?:[\p{L}'’-]+ ){0,6}(?:by )?e-?mail\b|(?:[^"“”]*\b(?:sent|delivered)\b[^.]{0,50}\bto your inbox\b)|(?:you(?:'|’)ve |you have )?(?:successfully )?subscribed\b|(?:type|enter) your e-?mail\b|(?:free |daily |weekly )*(?:e-?mail )?newsletters?$|after newsletter promotion$|thanks for reading\b.{0,80}\b(?:subscribe|share)\b)/iu, "newsletter sign-up"],
  // Follow-us boxes: "Join ST's WhatsApp Channel and get …", "Find The Irish Times on WhatsApp …", "Listen to
  // our Inside Politics podcast …", "Keep up with all the latest news … by following Sky News", "Stay
  // updated with the latest news on Times of India …".
  [/^(?=[^"“”]{0,220}$)(?:(?:[^.!?]{0,60}[.!?]\s+)?(?:join|follow|find)\b.{0,60}\b(?:whatsapp|telegram|viber|google news)\b|listen to (?:our|the) (?:[\p{L}'’-]+ ){0,4}podcasts?\b|keep up with (?:all )?the latest\b|stay (?:updated|up to date|informed) with (?:all )?the latest\b|(?:new\s+)?you can now listen to\b|the audio version of this article\b)/iu, "newsletter sign-up"],
  // A publisher's account of itself: "The Associated Press is an independent global news organization
  // dedicated to …", "Grist is a nonprofit, independent media organization …", "… is powered by WordPress VIP."
  [/^(?=.{0,400}$)(?:the )?[\p{Lu}][\p{L}\d .&'’-]{1,40} is an? (?:[\p{L}-]+,? ){0,4}(?:news|media|journalism|publishing) (?:organi[sz]ation|company|outlet|site)\b|^[\p{Lu}][\p{L}\d .&'’-]{1,40} is powered by\b|\b(?:quality|independent) journalism is (?:more )?(?:crucial|important|vital|needed)\b/u, "about the publisher"],
  // Buttons and labels of the page: "Why you can trust SCMP", "Add to your saved stories", "Removed from bookmarks",
  // "Comment on this story", "Submit a news tip", "Confidential tip?", "Take our Survey", "Leer en español",
  // "Please use Chrome browser for a more accessible video player", "Estimated 5 minutes", "Updated" alone.
  [/^(?:why you can trust [\p{L}\d .&'’-]{2,30}|(?:add(?:ed)? to|remove(?:d)? from) (?:your )?(?:saved stories|selections|bookmarks|reading list|favou?rites)|comment on this (?:story|article)|(?:submit|send) (?:us )?(?:a )?(?:news )?tip\b.{0,40}|confidential tip\??|provide (?:news )?feedback\b.{0,40}|take our survey|republish this (?:article|story)|save articles to read later\b.*|(?:kindly |please )?share this (?:story|article)\s*:?|contact\s*:\s*\S+@\S+|explore (?:the latest|more)|leer en español|lire en français|read in english|please use (?:the )?chrome browser\b.*|estimated \d+ min(?:ute)?s?(?: read)?|(?:updated|published|posted)(?: on)?:?)$/iu, "page interface (share, subscribe, navigation, ads)"],
];

/** The kind of notice a line is (see NOTICES), or null. */
export function noticeKind(text: string): string | null {
  // A newsletter box's privacy terms name themselves, however long.
  if (/^privacy (?:notice|policy)\s*:/i.test(text)) return "newsletter sign-up";
  // So does the writer's appeal under the story: "Hi, this is Oleksandra Havryliuk. I wrote this article for you. …".
  if (/^[Hh]i,? (?:this is|I['’]m|I am) \p{Lu}[\p{L}'’ .-]{2,40}\.\s/u.test(text)) return "donation appeal";
  // Notices are short; a paragraph's length rules them out before any pattern runs.
  if (text.length > 400) return null;
  for (const [pattern, kind] of NOTICES) if (pattern.test(text)) return kind;
  // "Read more In France, a crisis without precedent": a teaser's headline after the label, no colon.
  if (/^(?:[Aa]lso read|[Rr]ead (?:also|more)|[Ss]ee also)\s+\p{Lu}/u.test(text) && !endsSentence(text)) return "link to another article";
  return null;
}

/**
 * Headings that open the list of other articles under a story ("More on this story", "Related
 * topics", "Most viewed"): the article has ended, and the teaser headlines that follow read like
 * short sentences of prose.
 */
export const isEndMarker = (text: string): boolean =>
  // ("###" and "-30-" end a press release.)
  /^(?:#{3}|-30-|- ?ends? ?-|ends|notes? to editors?:?)$/i.test(text) || text.length <= 50 && /^(?:more on this (?:story|topic)|related (?:topics|stories|articles|content|coverage)|most (?:read|viewed|popular|shared)|you (?:may|might) also like|read next|recommended(?: for you| stories)?|explore more on these topics|more from [\p{L} ]{2,30}|top stories|latest (?:news|stories|articles))\s*:?$/iu.test(text);

/**
 * A heading over a list of other articles' headlines, in the article or after it: an end marker's
 * heading, or "Related", "Read Also", "Related Article", "Popular Now in News".
 */
export const isListHeading = (text: string): boolean =>
  (isEndMarker(text) && /\p{L}/u.test(text)) ||
  /^(?:related|related (?:articles?|links|reading|news)|read also|also read|see also|popular now(?: in [\p{L} ]{2,20})?|trending(?: now| stories)?|more stories|editor'?s picks|read more from [\p{L} ]{2,30}|keep reading|more (?:by|from) [\p{L}'’ -]{2,30}|read next)\s*[:|»›]?$/iu.test(text);

/** "Tags", "Topics:": a heading over a list of short labels. */
export const isTagHeading = (text: string): boolean => /^(?:tags|topics|suggested topics|related topics|tagged|tagged in|tagged with)\s*:?$/i.test(text);

/** "Comments", "32 comments", "Join the conversation …": where a page's comment section starts. */
export const isCommentsMarker = (text: string): boolean =>
  /^(?:\d+\s+)?(?:comments?|responses)(?:\s*\(\d+\))?:?$|^(?:join|start) the (?:conversation|discussion)\b|^(?:show|view|read) (?:all )?(?:\d+ )?comments$/i.test(text);

/** "Home » World » Europe", "Home / India News / Monsoon arrives early": a breadcrumb trail. */
export const isBreadcrumb = (text: string): boolean => /^home\s*[»›>\/|→]\s*\S/i.test(text) && text.length <= 200;

/** Symbols, numbers, single letters, initials: "• -2", "X", "cl", "15 C". */
export function isFragment(text: string): boolean {
  if (text.length > 40) return false;
  if (!/\p{L}\P{L}*\p{L}\P{L}*\p{L}/u.test(text)) return true; // two letters or fewer
  return wordCount(text) <= 2 && /^[\p{P}\p{S}\d\s]*\p{L}{1,2}[\p{P}\p{S}\s]*$/u.test(text);
}

/** Picture credits: "Stock photo: Getty Images", "Photo: AP", "© Reuters". */
export function isImageCredit(text: string): boolean {
  return (text.length <= 120 && wordCount(text) <= 12 && /(\b(photo|image|picture|illustration|credit)s?\s*:|©|\bgetty images\b)/i.test(text))
    // "Zach Lindgren/The Register", "Nadia Ferreira/NPR": a photographer and their employer, alone under a picture.
    || /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} ?\/ ?(?:The )?\p{Lu}[\p{L}&.'’ -]{1,30}$/u.test(text);
}

/** First person career notes after an article ("I have been working in the news industry…"). */
export function isAuthorBio(text: string): boolean {
  return (
    /^I\b|^(?:[A-Z][a-z]+ ){1,2}(?:is|has been) an? (?:\w+ )?(?:journalist|reporter|editor|writer|correspondent)\b/.test(text) &&
    /\b(journalis[tm]|reporter|editor|writer|correspondent|news industry|my work|my writing)\b/i.test(text)
  ) || WRITER_BEAT.test(text);
}

/** "Marta covers EU trade and competition policy from Brussels.": a writer's beat, in the box under the story. */
const WRITER_BEAT = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:covers|reports on|writes about) (?:[\p{L}\d,'’-]+ ){1,14}(?:for|from|at) (?:the |The )?\p{Lu}[\p{L}'’ -]{1,40}\.(?:\s|$)/u;
