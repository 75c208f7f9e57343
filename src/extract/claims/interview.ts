import type { Mention, Paragraph } from "../../model/index.ts";

/** "Q. Why is …?", "Q: …", and the answers "A. Because …", "A: …". */
const QUESTION = /^Q[.:]\s+\S/;
const ANSWER = /^A[.:]\s+(?=\S)/;
/** How many answers make a page a question-and-answer interview. */
const MIN_ANSWERS = 2;
/** "Grist spoke with Quintero about …", "We talked to Jan Roe", "… interviewed Ana Lima", "sat down with Lee". */
const INTERVIEWED = /\b(?:spoke|speaks|talked|talks|chatted) (?:with|to)\s+$|\binterviewed\s+$|\bsat down with\s+$/;

export interface InterviewAnswer {
  /** The answer's text, after its "A." label. */
  start: number;
  end: number;
  /** The label, which marks the answer as the interviewee's. */
  cue: { start: number; end: number; text: string };
  /** The mention that introduces the interviewee ("spoke with Quintero"). */
  interviewee: Mention;
}

/**
 * A question-and-answer interview's answers: the one the introduction says was spoken with says
 * every "A." paragraph. None when the page is no such interview or does not name whom it spoke with.
 */
export function interviewAnswers(text: string, paragraphs: readonly Paragraph[], mentions: readonly Mention[]): InterviewAnswer[] {
  const body = paragraphs.filter((p) => p.kind === "paragraph");
  const answers = body.filter((p) => ANSWER.test(p.text));
  if (answers.length < MIN_ANSWERS || body.filter((p) => QUESTION.test(p.text)).length < MIN_ANSWERS) return [];
  const firstQuestion = body.find((p) => QUESTION.test(p.text))!.start;
  const interviewee = mentions.find((m) => m.kind === "person" && m.end <= firstQuestion && INTERVIEWED.test(text.slice(Math.max(0, m.start - 30), m.start)));
  if (!interviewee) return [];
  return answers.map((p) => {
    const label = ANSWER.exec(p.text)![0];
    return {
      start: p.start + label.length,
      end: p.end,
      cue: { start: p.start, end: p.start + label.trimEnd().length, text: label.trimEnd() },
      interviewee,
    };
  });
}
