/**
 * Verbs of judging a person or a proposal ("praised the dockworkers", "rejected the proposal",
 * "endorsed Cruz"): PolNeAR annotates their object as what is reported, as for "criticize".
 */
const JUDGING = "praise dismiss defend endorse reject mock blame applaud condemn hail oppose attack lambast chide rebuke decry deride assail berate castigate excoriate ridicule laud commend";

/** Verbs of discussing, preferring or offering something ("discussed the budget", "prefer a candidate who …", "offered no details"). */
const TOPICAL = "discuss prefer offer want back plan favor embrace see view regard consider seek";

/** Verbs of declining ("declined to comment", "refused to endorse him"): a stance taken on what follows. */
const DECLINING = "decline refuse";

/**
 * Verbs that report speech or stance ("said", "warned", "tweeted", "believes"), by lemma.
 * General English, chosen from the cue frequencies of PolNeAR's train split.
 */
const CUE_LEMMAS = new Set(`say tell add write ask note explain argue claim warn accuse urge insist acknowledge admit
  announce declare suggest believe think tweet report continue conclude recall respond reply state predict promise
  vow pledge deny confirm reveal stress emphasize emphasise assert contend complain criticize criticise describe
  indicate observe remark mention caution demand propose question allege estimate agree disagree concede boast
  joke quip tout testify repeat reiterate blast slam charge cite maintain advise announce comment counter
  denounce lament muse recount retort speculate underline underscore wonder worry fear hope predict point
  acknowledged told write post posted read tell declare threaten assure brag grumble scoff shout yell whisper
  express expect reckon opine call feel know insist concede hint imply recommend order instruct add explain
  answer bark snap exclaim interrupt affirm reaffirm find show chant exhort ${JUDGING} ${TOPICAL} ${DECLINING}`.split(/\s+/).filter(Boolean));

export const isCueLemma = (lemma: string) => CUE_LEMMAS.has(lemma);

/** Verbs of saying whose speaker may follow them ("…,” said Rutte", "…, added a spokesman"). */
export const INVERTING_CUES: ReadonlySet<string> = new Set(["say", "add", "write", "ask", "note", "explain", "continue", "recall", "reply",
  "respond", "state", "declare", "tweet", "argue", "insist", "warn", "conclude", "remark", "observe", "answer", "report", "comment",
  "quip", "joke", "tell"]);

/** Cues of a stance rather than of speech: inside a report ("said she wanted to …") they are what is reported. */
const STANCE_LEMMAS: ReadonlySet<string> = new Set(`${JUDGING} ${TOPICAL} ${DECLINING}`.split(/\s+/).filter(Boolean));
export const isStanceLemma = (lemma: string) => STANCE_LEMMAS.has(lemma);

/** Cues that report only a clause: "the poll found that …" is a report, "police found the car" is not, nor "was charged with assault". */
export const CLAUSE_CUES: ReadonlySet<string> = new Set(["find", "charge", "admit"]);

/** Cues that take the hearer as object before the content ("told reporters that", "urged allies to"). */
export const HEARER_CUES = new Set(["tell", "urge", "ask", "warn", "assure", "remind", "advise", "order", "instruct", "accuse", "criticize", "criticise", "blast", "slam", "denounce"]);

/** Prepositional cues whose object is the source: "according to X", "in the words of X". */
export const SOURCE_PHRASES: string[][] = [["according", "to"], ["in", "the", "words", "of"], ["quoted", "by"], ["cited", "by"]];

/** Verbs that report speech with a particle: "he went on", "Smith shot back" (also keyed "shot": tagged a noun, its lemma stays). */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([["go", "on"], ["shoot", "back"], ["shot", "back"], ["fire", "back"], ["hit", "back"], ["chime", "in"], ["point", "out"]]);

/**
 * Verbs that report with a preposition, which belongs to the cue: "…,” he said, referring to
 * the convention", "talked about jobs", "pointed to the polls". Those not in CUE_LEMMAS are cues
 * only with it ("talked to reporters", "referred him" are not reports).
 */
export const PREPOSITION_CUES: ReadonlyMap<string, string> = new Map([["refer", "to"], ["allude", "to"], ["point", "to"], ["speak", "about"]]);
