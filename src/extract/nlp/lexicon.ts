import nlp from "compromise";
import { getGender } from "gender-detection-from-name";
import { inVocabulary, vocabularyLoaded } from "./wink.ts";

/**
 * Word lists. Names, places and organisations come from compromise's lexicon (a well-kept
 * package; only its data is used here, not its slow parser). The short lists below are
 * general English: titles, role nouns, organisation heads and unnamed sources.
 */
// compromise types its model as a bare object; the lexicon is a plain word → tag(s) map.
const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
const lexicon = model.one.lexicon;

const NO_TAGS: ReadonlySet<string> = new Set();
/** Tags of lexicon words, split once: the same words are looked up many times per article. Bounded by the lexicon. */
const tagCache = new Map<string, ReadonlySet<string>>();

function tagsOf(word: string): ReadonlySet<string> {
  const key = word.toLowerCase();
  const cached = tagCache.get(key);
  if (cached) return cached;
  const t = lexicon[key];
  if (!t) return NO_TAGS;
  const tags = new Set((Array.isArray(t) ? t : t.split(",")).flatMap((x) => x.split(",")));
  tagCache.set(key, tags);
  return tags;
}

const has = (word: string, ...tags: string[]) => {
  const found = tagsOf(word);
  return found.size > 0 && tags.some((t) => found.has(t));
};

/**
 * A first name compromise lacks ("Giorgia", "Raffaele", "Jacek"), from gender-detection-from-name's
 * lists (English, Italian, Spanish, French, German, Turkish given names), its gender or null. Those
 * lists hold every word ever given as a name ("The", "Sunday", "King"), so a word of wink's English
 * vocabulary or of compromise's lexicon is not taken from them.
 */
function listedFirstName(w: string): "m" | "f" | null {
  const lower = w.toLowerCase();
  if (lower.length < 3) return null; // "La", "Le", "Al": articles more often than names
  const g = getGender(lower);
  if (g === "unknown") return null;
  if (!vocabularyLoaded()) throw new Error("the first-name lists need wink's vocabulary: analyse a text first");
  // Nor a word compromise knows as anything else: "Clinton", "Warren" and "Orlando" are surnames and places first.
  return inVocabulary(lower) || tagsOf(lower).size > 0 ? null : g === "male" ? "m" : "f";
}

/** A first name, or any word of a name, that compromise's lexicon knows (the lists aside). */
export const isLexiconFirstName = (w: string) => has(w, "FirstName", "MaleName", "FemaleName");
export const isLexiconPersonWord = (w: string) => has(w, "FirstName", "MaleName", "FemaleName", "LastName", "Person");
export const isFirstName = (w: string) => isLexiconFirstName(w) || listedFirstName(w) !== null;
/** A verb's present "-s" form ("Announces", "Endorses", "Slams"): in a title-case headline, where a name's run ends. */
export const isPresentVerbWord = (w: string) => has(w, "PresentTense") && !isKnownPersonWord(w);
/** An English adjective ("Young", "Happy", "Frank"): opening a sentence, more likely the adjective than a name. */
export const isAdjectiveWord = (w: string) => has(w, "Adjective", "Comparative", "Superlative");
/** Any given name of the lists, English words included ("Marine", "Jean"): only where a surname follows it. */
export const isGivenNameWord = (w: string) => w.length >= 3 && (isLexiconFirstName(w) || getGender(w.toLowerCase()) !== "unknown");
export const genderOf = (w: string): "m" | "f" | null => (has(w, "MaleName") ? "m" : has(w, "FemaleName") ? "f" : listedFirstName(w));
export const isKnownPersonWord = (w: string) => isLexiconPersonWord(w) || listedFirstName(w) !== null;
/** Lower-case words inside names ("von der Leyen", "al-Sisi", "Jan de Vries"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "bin", "ibn", "al", "el", "da", "di", "le", "la", "du", "der", "den", "ter", "dos", "del"]);
/** Countries and regions in the news that compromise's lexicon lacks (not "Chad" or "Jordan": first names too). */
const MORE_PLACES = new Set(["britain", "great britain", "bosnia", "burkina", "burkina faso", "congo", "eswatini", "laos", "philippines", "türkiye", "turkiye", "vatican", "donbas", "donbass", "kursk"]);
export const isPlaceName = (w: string) => has(w, "Country", "City", "Region", "Place") || MORE_PLACES.has(w);
/**
 * European parties whose names read as a first name and a surname once the first-name lists
 * are used ("Fianna Fáil"), or that compromise lacks: parties in European and Middle East news.
 */
const PARTY_NAMES = new Set(["fianna fáil", "fine gael", "sinn féin", "forza italia", "fratelli d'italia", "rassemblement national",
  "die linke", "likud", "fidesz", "jobbik", "syriza", "podemos", "vox", "ennahda", "fatah", "hamas", "hezbollah"]);
export const isOrgName = (w: string) => PARTY_NAMES.has(w) || has(w, "Organization", "SportsTeam");
/**
 * Nationalities compromise's lexicon lacks: it has "German" and "Ukrainian" but none in -ish
 * ("Polish Foreign Minister …" was read as one long unknown name), and a few others.
 */
const MORE_DEMONYMS = new Set(`british english turkish polish spanish swedish danish finnish irish kurdish flemish
  luxembourgish moldovan slovenian somali yemeni argentinian`.split(/\s+/));
export const isDemonym = (w: string) => has(w, "Demonym") || MORE_DEMONYMS.has(w);
/** In the lexicon, and not as a name: a common word ("Details", "Neither", "Wednesday"). */
export const isCommonWord = (w: string) => tagsOf(w).size > 0 && !isKnownPersonWord(w) && !has(w, "ProperNoun");

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that make what follows them a person's name ("Secretary General Mark Rutte"). */
export const TITLE_WORDS = words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt col sgt capt
  president vice secretary general minister prime chancellor senator representative governor mayor chief leader
  coordinator spokesman spokeswoman spokesperson judge justice ambassador director chairman chairwoman chair
  commissioner attorney speaker deputy foreign defence defense state interior finance federal high
  pope king queen prince princess sheikh ayatollah emir premier president-elect candidate nominee adviser advisor
  envoy councillor councilman councilwoman congressman congresswoman lawmaker mp sir lord lady dame
  former acting interim ceo founder executive officer head commander admiral general marshal
  administrator sheriff prosecutor superintendent inspector detective archbishop rabbi imam rev rev.
  councilmember councilor alderman alderwoman assemblyman assemblywoman assemblymember supervisor
  professor associate assistant madam mdm det det. insp insp. supt supt. cllr ch`);

/**
 * A noun that denotes a person by role or origin: a listed role noun, or a demonym made a noun
 * ("Dutchman", "Frenchwoman"); the few such nouns whose demonym compromise lacks are listed.
 */
export const isRoleNoun = (w: string): boolean => {
  const stem = /(wo)?man$/.exec(w);
  return ROLE_NOUNS.has(w) || (stem !== null && stem.index > 2 && isDemonym(w.slice(0, stem.index)));
};

/** Title words that qualify another title rather than standing before a name. */
export const TITLE_MODIFIERS = words("vice prime foreign defence defense state interior finance federal high former acting interim deputy executive general associate assistant");

/** Lower-case role nouns that, before a name or as a description, denote a person. */
const ROLE_NOUNS = words(`president minister secretary senator governor mayor chief leader spokesman spokeswoman
  spokesperson chancellor premier ambassador envoy diplomat official aide adviser advisor candidate nominee
  congressman congresswoman lawmaker head chairman chairwoman director commissioner general commander king queen
  prince judge prosecutor lawyer attorney businessman billionaire businesswoman englishman scotsman
  irishman man woman politician republican democrat host anchor author writer reporter columnist
  analyst expert professor economist strategist manager founder executive ceo coordinator representative
  father mother son daughter wife husband brother sister friend activist pastor priest rabbi imam
  coach player actor actress singer star veteran rival opponent challenger incumbent frontrunner front-runner
  chair speaker boss officer sheriff detective agent worker teacher student doctor nurse victim survivor
  ally speechwriter confidant member pollster surrogate counsel`);

/** Heads that make a capitalised phrase an organisation ("Getty Images", "White House"). */
export const ORG_WORDS = words(`house department ministry council committee party agency union alliance organization
  organisation association institute university college school court congress senate parliament assembly
  government administration office bureau commission foundation fund bank group company corporation corp corp.
  inc inc. ltd llc co. news times post journal press tribune herald gazette telegraph guardian images photos
  network networks channel radio television tv media magazine review daily weekly reuters agence yonhap
  kremlin pentagon campaign coalition forces army navy force guard police service services board center
  centre centers centres club league federation network church international research capital brothers initiative library
  industries holdings partners airlines airways motors technologies ferries railways railway deutsche
  republicans democrats gop`);

/** Party words that qualify a name like a nationality: "Democratic Sen. Chris Murphy", "Republican Cory Gardner". */
export const PARTY_WORDS = words("democratic democrat republican conservative liberal progressive independent socialist labour tory gop");

/**
 * Capitalised words that are never a person's name on their own, though the lexicon lacks them
 * or calls them names: pronouns and quantifiers that open sentences ("None are scheduled"),
 * days, and party words ("wife Democratic presidential front-runner …", "Democrat politicians").
 * Months that are also given names (May, June, April, August) are left out.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...words(`i none each both all some several many few most neither either another others
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november december
  democrats republicans conservatives liberals progressives independents socialists tories`),
  ...PARTY_WORDS,
]);

/** Groups of people named in the plural, and religions, which the lexicon lacks. */
const GROUPS = words(`muslims jews christians catholics protestants evangelicals hindus sikhs buddhists mormons
  hispanics latinos latinas blacks whites asians millennials boomers southerners northerners midwesterners nazis
  islam christianity judaism hinduism buddhism`);

/**
 * A word that names a group, never one person: "Muslims", "PACs", and plurals of nationalities
 * or places ("Americans", "Iowans", "Californians").
 */
export function isGroupWord(w: string, text: string): boolean {
  if (GROUPS.has(w) || /^\p{Lu}{2,}s$/u.test(text)) return true;
  if (!/ns$/.test(w)) return false;
  const one = w.slice(0, -1);
  return isDemonym(one) || [w.slice(0, -2), w.slice(0, -3) + "a", w.slice(0, -4) + "a", w.slice(0, -3)].some((stem) => stem.length > 2 && isPlaceName(stem));
}

/** Heads that make a capitalised phrase a place: "Seoul Station", "Tahrir Square", "Evin Prison". */
export const PLACE_HEADS = words(`station airport square street avenue road boulevard bridge hospital stadium arena palace
  hall tower port harbour harbor prison jail base camp cathedral mosque temple synagogue park mall plaza highway
  bay island islands valley mountain mountains river lake border crossing checkpoint county beach inn hotel village
  province district strip`);

/** Words that open a natural feature's name, which says nothing: "the River Otter" (not "the Valley Ledger"). */
export const NATURAL_FEATURES = words("river lake loch mount isle");
/** Words that open a place's name: "Lake Corrine", "Mount Hood", "Port Ellis", "River Otter". */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([...NATURAL_FEATURES, "mt", "mt.", "fort", "port", "cape"]);
/** Words that qualify a place's name before it: "North Carolina", "New Jersey", "Upper Austria". */
export const PLACE_QUALIFIERS = words("north south east west new upper lower");
/** Openers of many places' names and few people's: "San Bernardino", "Los Angeles", "North Augusta". */
export const PLACE_NAME_STARTS: ReadonlySet<string> = new Set([...PLACE_QUALIFIERS, "san", "santa", "santo", "los", "las"]);

/**
 * Words that label a caption or credit a picture before a colon: "Illustrative: Tourists on the beach
 * …", "… on June 21. ST PHOTO: NG HUI WEN". ("Video shows …" stays a report: PolNeAR counts it.)
 */
export const PICTURE_WORDS = words(`video videos footage image images photo photos photograph photographs picture pictures
  illustration illustrative file clip graphic`);
/** Speaker phrases that stand for a group or an unnamed source ("officials said"). */
export const UNNAMED_HEADS = words(`officials official sources source experts analysts aides critics people some others
  many most few observers diplomats residents witnesses voters supporters opponents americans members
  lawmakers republicans democrats insiders advisers advisors staff staffers spokesman spokeswoman spokesperson
  someone somebody everyone nobody anyone one person reports report polls poll survey surveys study studies
  data figures documents statement statements`);

/** Heads that make a description an organisation ("the campaign", "the ministry"). */
export const ORG_HEADS = words(`campaign ministry government administration company department agency committee
  council party alliance organization organisation office bureau commission court kremlin pentagon
  white-house union bloc group network newspaper paper outlet station agency firm embassy military army
  police team coalition`);

export const PERSON_PRONOUNS = words("he she him her i me we us you");
export const GROUP_PRONOUNS = words("they them it who which that");

const TIME_NOUNS = words("today yesterday tonight morning afternoon evening night week weekend month year day time moment");
/** Days, months and times of day: never the one who speaks ("Thursday", "Tuesday night"). */
export const isTimeWord = (w: string) => TIME_NOUNS.has(w) || has(w, "WeekDay", "Month", "Date", "Duration");
