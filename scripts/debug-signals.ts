// Development aid: prints which built-in signals fire on a text, and its tokens with their
// scopes (¬ negated, ~ hedged, q quoted, @ clause index). Run with scripts/dbg.sh "text".
import { analyze, compileLexicon, detectSignal, signals, type Signal } from "../src/index.js";

const text = process.argv[2] ?? "";
for (const [name, signal] of Object.entries(signals)) {
  const evidence = detectSignal(signal as Signal, text);
  if (evidence.length > 0) console.log(name, evidence.map((e) => e.text));
}
const doc = analyze(text, compileLexicon([]));
console.log(doc.tokens.map((t) => `${t.norm}${t.negated ? "¬" : ""}${t.hedged ? "~" : ""}${t.quoted ? "q" : ""}@${t.clause}`).join(" "));
