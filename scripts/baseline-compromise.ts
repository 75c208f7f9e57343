// The baseline issue 3 measures against: what a TypeScript user reaches for first.
// compromise's quotations(), each attributed to the nearest person compromise finds in the
// same sentence. Prints the same JSON shape as `crosswire extract --json` (articles[].claims[]).
import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";

interface Offset { start: number; length: number }
interface Found { offset: Offset; text: string }

const offsetsOf = (view: { json: (o: object) => unknown }): Found[] =>
  (view.json({ offset: true, text: true }) as Array<{ offset: Offset; text: string }>).map((x) => ({ offset: x.offset, text: x.text }));

export function baselineArticle(text: string) {
  const doc = nlp(text);
  const sentences = offsetsOf(doc.sentences());
  const people = offsetsOf(doc.people());
  const sentenceOf = (at: number) => sentences.find((s) => at >= s.offset.start && at < s.offset.start + s.offset.length);
  return offsetsOf(doc.quotations()).map((q) => {
    const { start, length } = q.offset;
    const s = sentenceOf(start);
    const inSentence = s ? people.filter((p) => p.offset.start >= s.offset.start && p.offset.start < s.offset.start + s.offset.length) : [];
    const near = inSentence.map((p) => ({ p, d: Math.abs(p.offset.start - start) })).sort((a, b) => a.d - b.d)[0]?.p;
    return {
      kind: "direct",
      text: text.slice(start, start + length),
      start,
      end: start + length,
      speaker: near ? { name: near.text, start: near.offset.start, end: near.offset.start + near.offset.length } : null,
    };
  });
}

export function baselineDir(dir: string) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  return { articles: files.map((file) => ({ file, claims: baselineArticle(fs.readFileSync(path.join(dir, file), "utf8")) })) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: baseline-compromise.ts TEXT_DIR");
  process.stdout.write(JSON.stringify(baselineDir(dir)));
}
