import type { Mention, Speaker } from "../../model/index.ts";
import type { Token } from "../nlp/analyse.ts";
import { ORG_HEADS, ORG_WORDS, isRoleNoun, PARTY_WORDS, TITLE_WORDS, UNNAMED_HEADS, genderOf } from "../nlp/lexicon.ts";
import type { QuoteSpan } from "./quotes.ts";
import { descriptionHead, isPlural, isRoleWord } from "./role-head.ts";

/** What resolution may look at: the article's mentions and its quoted passages. */
export interface ResolveContext {
  text: string;
  mentions: readonly Mention[];
  quotes: readonly QuoteSpan[];
  /**
   * Earlier claims' speakers a pronoun may go on with (name and where the speaker stands), latest
   * last: people named; a person left unnamed ("a spokeswoman for the department"), with the gender
   * the description gives and the body they speak for as name, if any; a body that spoke as itself.
   */
  speakers: ({ name: string; start: number; end: number } | { name: string | null; kind: "organisation" | "unnamed"; gender: Gender; start: number; end: number })[];
}

const FEMALE = new Set(["she", "her"]);
const MALE = new Set(["he", "him"]);
const RELATIVE = new Set(["who", "whom"]);

const isPossessiveAt = (text: string, end: number) => /^['’]s?\b/.test(text.slice(end, end + 2));
const genderOfName = (name: string) => genderOf(name.split(/\s+/)[0] ?? "");

interface PersonMention {
  m: Mention;
  gender: "m" | "f" | null;
}

/** Person mentions outside quotes, with their gender, worked out once per article rather than per pronoun. */
const peopleOf = new WeakMap<ResolveContext, PersonMention[]>();
function peopleOutsideQuotes(ctx: ResolveContext): PersonMention[] {
  let people = peopleOf.get(ctx);
  if (!people) {
    people = ctx.mentions.filter((m) => m.kind === "person" && !ctx.quotes.some((q) => m.start >= q.start && m.end <= q.end))
      .map((m) => ({ m, gender: genderOfName(m.name) }));
    peopleOf.set(ctx, people);
  }
  return people;
}

/** The nearest earlier person mention, outside quotes, preferring non-possessive ones; gender-checked. */
function antecedent(ctx: ResolveContext, before: number, gender: "m" | "f" | null): Mention | null {
  const candidates = peopleOutsideQuotes(ctx)
    .filter((p) => p.m.end <= before && (!gender || p.gender === null || p.gender === gender)).map((p) => p.m);
  const plain = candidates.filter((m) => !isPossessiveAt(ctx.text, m.end));
  const pick = (list: Mention[]) => list.reduce<Mention | null>((best, m) => (!best || m.end > best.end ? m : best), null);
  const near = pick(plain);
  const any = pick(candidates);
  // A possessive mention much closer than the last plain one, or in the same paragraph when the
  // plain one is not, still wins ("after Rutte's words. … the Dutchman warned").
  const sameParagraph = (m: Mention) => !ctx.text.slice(m.end, before).includes("\n");
  if (near && any && any !== near && (any.start - near.end > 600 || (sameParagraph(any) && !sameParagraph(near)))) return any;
  return near ?? any;
}

/**
 * "Šefčovič told Reuters that he would meet Jamieson Greer. He said …", "Col McKenzie … said
 * visitors were still seeing healthy coral. / “People come …,” he said.": a pronoun opening the
 * next sentence, or following only the quotation that opens it, goes on with the last report's
 * speaker rather than the last person that report named.
 */
function goesOnWith(ctx: ResolveContext, start: number, gender: "m" | "f" | "it"): ResolveContext["speakers"][number] | null {
  const last = ctx.speakers.at(-1);
  if (!last || last.end > start) return null;
  // The report's sentence ends right before (a quotation opening the next one aside), and is short.
  const between = ctx.text.slice(last.end, start).replace(/["“][^"”\n]+[,!?]["”]\s+$/, "");
  // (A sentence ends inside it after a lower-case word, not an abbreviation: "U.S. Trade", "Mr. Trump".)
  const inner = between.trimEnd();
  const next = between.length <= 300 && /[.!?]["”’]?\s+$/.test(between) && !inner.includes("\n") && !/\p{Ll}{3}[.!?]["”’]?\s+\p{Lu}/u.test(inner);
  // (A surname alone says nothing of gender: "McKenzie" is in the given-name lists as a woman's name.)
  const g = "kind" in last ? last.gender : /\s/.test(last.name) ? genderOfName(last.name) : null;
  return next && (g === gender || (g === null && gender !== "it")) ? last : null;
}

/**
 * A speaker's gender for the pronouns that may go on with it: a person's, unknown (null), or "it"
 * for a body that spoke as itself ("The ministry said …. It said …").
 */
export type Gender = "m" | "f" | "it" | null;

/** Titles a description stands for when it does not repeat them. */
const SAME_ROLE: Readonly<Record<string, readonly string[]>> = {
  "head of state": ["president", "king", "queen", "emir"],
  "head of government": ["prime minister", "premier", "chancellor"],
};

/**
 * The nearest earlier person, outside quotes, whose title written before the name is the
 * description's role: "the premier" is "Premier Giorgia Meloni" even when another person was
 * named since, "the head of state" is "President Klaus Iohannis".
 */
function titledAntecedent(ctx: ResolveContext, before: number, description: string): Mention | null {
  const role = description.toLowerCase().replace(/^(?:the|this|that)\s+/, "").replace(/\s+/g, " ");
  const words = role.split(" ");
  const synonyms = Object.entries(SAME_ROLE).find(([phrase]) => role.endsWith(phrase))?.[1];
  // A party or nationality is no title ("the Wisconsin Republican" is not "Republican Donald Trump").
  const head = words.at(-1)!;
  if (!synonyms && (PARTY_WORDS.has(head) || !(isRoleNoun(head) || TITLE_WORDS.has(head)))) return null;
  const titles = synonyms ?? [head];
  const earlier = peopleOutsideQuotes(ctx).filter((p) => p.m.end <= before).map((p) => p.m).reverse();
  const titleOf = (m: Mention) => ctx.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  const titled = earlier.filter((m) => titles.some((t) => titleOf(m).endsWith(`${t} `)));
  // One whose title holds every word of the description first ("the vice president", "the French president").
  return titled.find((m) => words.every((w) => titleOf(m).includes(w))) ?? titled[0] ?? null;
}

export const descriptionGender = (head: string): "m" | "f" | null => (/woman$/.test(head) ? "f" : /man$/.test(head) ? "m" : null);

const speaker = (name: string | null, kind: Speaker["kind"], text: string, start: number, end: number): Speaker => ({ name, kind, text, start, end, id: null });

/** No speaker found. */
export const NOBODY: Speaker = { name: null, kind: "unknown", text: null, start: null, end: null, id: null };

const STOP_AFTER = /\s*[,.;]/y;
/** A comma, then the titles before a name set off by it: ", ", ", Dr ", ", Interior Minister ". */
const SET_OFF = /^,[ \t]*(?:(?:\p{Lu}[\p{L}.]*|of|for|and)[ \t]+){0,4}$/u;
const followedByStop = (text: string, at: number): boolean => ((STOP_AFTER.lastIndex = at), STOP_AFTER.test(text));

/**
 * A person mention set off by a comma right after `end` (", Mark Rutte," or ", Mark Rutte."), if
 * there is one; a title may stand before the name (", Dr Nadia Benali,").
 */
function appositiveName(ctx: ResolveContext, end: number): Mention | null {
  const m = ctx.mentions.find((x) => x.start > end && x.start - end <= 60 && SET_OFF.test(ctx.text.slice(end, x.start)));
  // Not a party and state ("McConnell, R-Ky.,"), which the mention finder can take for a name.
  // (After the name, a Markdown link's blanked target may come before the comma.)
  return m?.kind === "person" && !/^[RDI]-/.test(m.text) && followedByStop(ctx.text, m.end) ? m : null;
}

/**
 * A transcript's label: "POWELL" is the person the article names whose surname that is
 * ("Federal Reserve Chair Jerome Powell"); other labels resolve as any speaker phrase.
 */
export function resolveLabel(ctx: ResolveContext, tokens: Token[], from: number, to: number): Speaker {
  const t = tokens[from]!;
  const named = to - from === 1 && /^\p{Lu}{3,}$/u.test(t.text)
    ? ctx.mentions.find((m) => m.kind === "person" && m.name.split(/\s+/).at(-1)!.toUpperCase() === t.text) : undefined;
  return named ? speaker(named.name, "person", t.text, t.start, t.end) : resolveSpeaker(ctx, tokens, from, to);
}

/** The person named right before "of …, in" or "from … at" ending at `start`, or null. */
function describedBefore(ctx: ResolveContext, start: number): Mention | null {
  const m = ctx.mentions.filter((x) => x.kind === "person" && x.end <= start && start - x.end <= 100).at(-1);
  // (Between them only a name's words: "of the Academy for Political Education in".)
  return m && /^\s+(?:of|from|with)\s+(?:(?:the|for|and|of|on|\p{Lu}[\p{L}'’.-]*)\s+){1,8}(?:in|at)\s+$/u.test(ctx.text.slice(m.end, start)) ? m : null;
}

/**
 * "Associate Professor Ong Kah Seng from the NUS School of Public Health said", "Giovanni Maria
 * Vian, chief of the Vatican's newspaper, L'Osservatore Romano, said": the person right before
 * the body or the description that the phrase names.
 */
function workplaceOf(ctx: ResolveContext, start: number, role: boolean): Mention | null {
  const m = ctx.mentions.filter((x) => x.kind === "person" && x.end <= start && start - x.end <= 8).at(-1);
  const between = ctx.text.slice(m?.end ?? start, start);
  return m && (/^\s+(?:of|from|at)\s+$/.test(between) || (role && /^,\s*$/.test(between))) ? m : null;
}

/**
 * A description of one person headed by a role ("chief of …", "a Tennessee Republican", "the
 * fund's lawyer"): not a body, a pronoun, a group ("officials"), someone's ("his son"), or a
 * role that is another's without saying whose ("Clinton, a top aide, said").
 */
function describesRole(words: readonly Token[]): boolean {
  if (/^(?:his|her|their|its|whose|my|our|your)$/.test(words[0]?.lower ?? "")) return false;
  const head = descriptionHead(words);
  if (!head || isPlural(head) || !isRoleWord(head)) return false;
  const whose = words.some((t) => /^(?:of|for|at|with|,)$/.test(t.lower) || /^['’]s$/.test(t.text));
  return whose || !RELATIONAL.test(head.lower);
}

/** Roles that are someone else's: an aide is someone's aide. */
const RELATIONAL = /^(?:aide|adviser|advisor|spokes(?:man|woman|person)|lawyer|attorney|counsel|son|daughter|wife|husband|brother|sister|friend|ally|surrogate|confidant|speechwriter|assistant|deputy)$/;

/** Resolves the speaker phrase `tokens[from..to)` to a person, organisation or unnamed source. */
export function resolveSpeaker(ctx: ResolveContext, tokens: Token[], from: number, to: number): Speaker {
  const start = tokens[from]!.start, end = tokens[to - 1]!.end;
  const text = ctx.text.slice(start, end);
  const inside = ctx.mentions.filter((m) => m.start < end && m.end > start);
  // "The adviser of Donald Trump, Mike Waltz, said": the person after "of" is whose adviser, the
  // name set off after the description is who spoke.
  const ofWhom = (m: Mention) => /\b(?:of|to|for)\s+$/.test(ctx.text.slice(start, m.start));
  const people = inside.filter((m) => m.kind === "person");
  // "Another Clinton ally, Agriculture Secretary Tom Vilsack": the name set off at the end is who
  // spoke, not a person the description mentions.
  const last = people.at(-1);
  const setOff = last && last.end === end && /,(\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.test(ctx.text.slice(start, last.start)) ? last : undefined;
  // "Dunmore manager Gary Lennox", "Trump adviser Stephen Miller": the name after a role ends
  // the phrase and is who spoke; a name before the role says whose.
  const roleWord = last && last.end === end ? /(\p{L}+\.?)\s+$/u.exec(ctx.text.slice(start, last.start))?.[1]?.toLowerCase() : undefined;
  const afterRole = roleWord && (isRoleNoun(roleWord) || TITLE_WORDS.has(roleWord)) ? last : undefined;
  const person = setOff ?? afterRole ?? people.find((m) => !ofWhom(m)) ?? people[0];
  const named = person && ofWhom(person) ? appositiveName(ctx, end) : null;
  if (named) return speaker(named.name, "person", ctx.text.slice(start, named.end), start, named.end);
  if (person) return speaker(person.name, "person", text, start, end);
  // "Ursula Münch of the Academy for Political Education in Tutzing said": the place ends the
  // phrase that describes the person before it, who spoke.
  const placeLike = inside.every((m) => m.kind === "place") && to - from <= 2 && tokens.slice(from, to).every((t) => t.pos === "PROPN");
  // (A body's name ends capitalised: "the NUS School of Public Health", not "the GOP nomination".)
  const role = people.length === 0 && !placeLike && describesRole(tokens.slice(from, to));
  const where = placeLike ? describedBefore(ctx, start)
    : people.length === 0 && (role || /^\p{Lu}/u.test(tokens[to - 1]!.text)) ? workplaceOf(ctx, start, role) : null;
  if (where) return speaker(where.name, "person", ctx.text.slice(where.start, end), where.start, end);
  // An interview's "Q:" and "A:" label a speaker left unnamed; "Q" is nobody's name.
  if (to - from === 1 && /^[QA]$/.test(tokens[from]!.text)) return speaker(null, "unnamed", text, start, end);
  const head = tokens[to - 1]!;
  // "The Secretary General of NATO, Mark Rutte, confirmed", "…,” said another official, Ana
  // Lund.": a name set off after the description says who spoke.
  if (head.pos !== "PRON") {
    const named = appositiveName(ctx, end);
    if (named) return speaker(named.name, "person", ctx.text.slice(start, named.end), start, named.end);
  }
  const words = tokens.slice(from, to);
  if (head.pos === "PRON") {
    if (MALE.has(head.lower) || FEMALE.has(head.lower)) {
      const gender = MALE.has(head.lower) ? "m" : "f";
      const next = goesOnWith(ctx, start, gender);
      // "A spokeswoman for the department said … She said …": the one left unnamed (or the body
      // they speak for) goes on.
      if (next && "kind" in next) return speaker(next.name, next.kind, text, start, end);
      const a = next ?? antecedent(ctx, start, gender);
      const lastNamed = [...ctx.speakers].reverse().find((x) => !("kind" in x))?.name ?? null;
      return speaker(a?.name ?? lastNamed, a || lastNamed ? "person" : "unknown", text, start, end);
    }
    // "The ministry said …. It said …": the body goes on.
    if (head.lower === "it") {
      const next = goesOnWith(ctx, start, "it");
      if (next) return speaker(next.name, "organisation", text, start, end);
    }
    if (RELATIVE.has(head.lower)) {
      // "who" is a person's when one stands near: "Professor Marcus Bell of the Department of …, who said".
      const near = ctx.mentions.filter((m) => m.end <= start && start - m.end < 120);
      const a = near.filter((m) => m.kind === "person").at(-1) ?? near.at(-1);
      if (a) return speaker(a.name, a.kind === "place" ? "organisation" : a.kind, text, start, end);
    }
    return speaker(null, "unnamed", text, start, end);
  }
  const org = inside.find((m) => m.kind === "organisation");
  const definite = /^(the|this|that)$/i.test(words[0]!.lower);
  const roleHead = isRoleWord(head);
  // (Not a plural: "the doctors say" is a group, not the doctor last named.)
  if (definite && roleHead && !isPlural(head) && !UNNAMED_HEADS.has(head.lower)) {
    // "the Dutchman", "the NATO Secretary General", "the head of the Alliance": the person last
    // named, of the description's gender when it has one ("spokeswoman", "the Frenchman").
    const a = titledAntecedent(ctx, start, text) ?? antecedent(ctx, start, descriptionGender(head.lower));
    if (a) return speaker(a.name, "person", text, start, end);
  }
  // "A senior US official", "an EU diplomat", "An official at the agency": someone unnamed, whom
  // the body they serve only describes (a spokesperson, though, speaks for it: "a Kremlin
  // spokesman said"). Not "a report from Bloomberg New Energy Finance".
  const at = words.findIndex((t) => t.lower === "at" || t.lower === "with");
  const served = at > 1 ? words[at - 1]! : null;
  const someoneHead = roleHead && !ORG_HEADS.has(head.lemma) && words.every((t) => /^(DET|NUM|ADJ|NOUN|PROPN|PUNCT)$/.test(t.pos)) ? head
    : served && isRoleNoun(served.lemma) ? served : null;
  if (someoneHead && /^(a|an|one|another)$/.test(words[0]!.lower) && !/^spokes/.test(someoneHead.lower)) return speaker(null, "unnamed", text, start, end);
  if (org || ORG_HEADS.has(head.lemma) || ORG_WORDS.has(head.lower)) return speaker(org?.name ?? text, "organisation", text, start, end);
  // "The Joint Chiefs of Staff": capitalised words joined by "of" name a body; "Holger Schmieding
  // of Berenberg", a person and where they work.
  const of = words.findIndex((t) => t.lower === "of");
  if (of > 0 && /^\p{Lu}/u.test(head.text) && words.every((t) => /^(PROPN|DET|ADP)$/.test(t.pos))) {
    if (genderOf(words[0]!.lower)) return speaker(ctx.text.slice(start, words[of - 1]!.end), "person", text, start, end);
    return speaker(text.replace(/^the\s+/i, ""), "organisation", text, start, end);
  }
  if (UNNAMED_HEADS.has(head.lower) || UNNAMED_HEADS.has(head.lemma) || !words.some((t) => t.pos === "PROPN")) return speaker(null, "unnamed", text, start, end);
  return speaker(text, "unknown", text, start, end);
}
