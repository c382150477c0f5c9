// Generates the rubric handbook (docs/handbook/: Markdown, and a static HTML site with a print
// stylesheet) from the rubric definitions the code scores with, so the docs cannot drift from
// the behaviour. Worked examples are scored now, by the library itself; accuracy figures are read
// from docs/eval/report.json. Run: npm run docs (or node scripts/handbook.mjs [OUT_DIR] after a build).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeFeedback, rubrics, score } from "../dist/index.js";

const out = process.argv[2] ?? "docs/handbook";
const report = JSON.parse(readFileSync("docs/eval/report.json", "utf8"));
const LEVELS = [0, 1, 2, 3];

// ---- a tiny document model, rendered twice (Markdown and HTML) ----
const h = (level, text) => ({ kind: "h", level, text });
const p = (...inline) => ({ kind: "p", inline: inline.flat() });
const ul = (items) => ({ kind: "ul", items });
const table = (header, rows) => ({ kind: "table", header, rows });
const quote = (inline) => ({ kind: "quote", inline });
const t = (text) => ({ text });
const b = (text) => ({ text, strong: true });
const a = (text, href) => ({ text, href });
const mark = (text, label) => ({ text, mark: label });

const slug = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s+/g, "-");
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const escapeMd = (s) => s.replace(/([\\`*_[\]|<>])/g, "\\$1").replace(/\n/g, " ");

function inlineMd(parts) {
  return parts.map((x) => {
    if (x.href) return `[${escapeMd(x.text)}](${x.href})`;
    // Markdown bold cannot start or end with a space: keep the spaces outside.
    if (x.mark || x.strong) {
      const core = x.text.trim();
      if (!core) return escapeMd(x.text);
      const lead = x.text.slice(0, x.text.indexOf(core));
      const tail = x.text.slice(lead.length + core.length);
      return `${lead}**${escapeMd(core)}**${x.mark ? `<sup>${x.mark}</sup>` : ""}${tail}`;
    }
    return escapeMd(x.text);
  }).join("");
}
function inlineHtml(parts) {
  return parts.map((x) => {
    if (x.href) return `<a href="${escapeHtml(x.href.replace(/\.md(#|$)/, ".html$1"))}">${escapeHtml(x.text)}</a>`;
    if (x.mark) return `<mark>${escapeHtml(x.text)}<sup>${escapeHtml(x.mark)}</sup></mark>`;
    if (x.strong) return `<strong>${escapeHtml(x.text)}</strong>`;
    return escapeHtml(x.text);
  }).join("");
}
const cellInline = (cell) => (typeof cell === "string" ? [t(cell)] : cell);

function renderMd(blocks) {
  return blocks.map((block) => {
    switch (block.kind) {
      case "h": return `${"#".repeat(block.level)} ${block.text}`;
      case "p": return inlineMd(block.inline);
      case "ul": return block.items.map((item) => `- ${inlineMd(cellInline(item))}`).join("\n");
      case "quote": return `> ${inlineMd(block.inline)}`;
      case "table": return [`| ${block.header.join(" | ")} |`, `| ${block.header.map(() => "---").join(" | ")} |`, ...block.rows.map((row) => `| ${row.map((c) => inlineMd(cellInline(c))).join(" | ")} |`)].join("\n");
      default: throw new Error(block.kind);
    }
  }).join("\n\n") + "\n";
}

function renderHtml(title, blocks) {
  const body = blocks.map((block) => {
    switch (block.kind) {
      case "h": return `<h${block.level} id="${slug(block.text)}">${escapeHtml(block.text)}</h${block.level}>`;
      case "p": return `<p>${inlineHtml(block.inline)}</p>`;
      case "ul": return `<ul>${block.items.map((item) => `<li>${inlineHtml(cellInline(item))}</li>`).join("")}</ul>`;
      case "quote": return `<blockquote>${inlineHtml(block.inline)}</blockquote>`;
      case "table": return `<table><thead><tr>${block.header.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>${block.rows.map((row) => `<tr>${row.map((c) => `<td>${inlineHtml(cellInline(c))}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
      default: throw new Error(block.kind);
    }
  }).join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="style.css"></head>
<body><main>
${body}
</main></body>
</html>
`;
}

const STYLE = `body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #767676;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}
mark{background:#fde7b0;text-decoration:underline solid #9a6700}blockquote{border-left:4px solid #767676;margin:0;padding-left:.8rem;color:#333}
a{color:#0b5394}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}table,blockquote{break-inside:avoid}}
`;

// ---- content ----
function exampleBlocks(rubric, name, answer) {
  const result = score(rubric, answer);
  // The heading promises a band: a rule change that moves an example out of it must be seen, not
  // printed under a heading it no longer fits.
  if (result.band !== name) throw new Error(`${rubric.id}: the ${name} example now scores ${result.band} (${result.total} of ${result.max}); change rubrics/${rubric.id}/examples.json`);
  const parts = rubric.parts ? rubric.parts(rubric.answer.parse(answer)) : [{ field: null, text: answer.text }];
  const blocks = [h(3, `A ${name} answer`)];
  for (const part of parts) {
    const evidence = rubric.dimensionIds.flatMap((key) => result.dimensions[key].evidence.filter((e) => (e.field ?? null) === part.field).map((e) => ({ ...e, letter: rubric.criteria[key].title.charAt(0) })));
    const cuts = [...new Set([0, part.text.length, ...evidence.flatMap((e) => [e.start, e.end])])].sort((x, y) => x - y);
    const inline = [];
    if (part.field) inline.push(b(`${part.field}: `));
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i], cuts[i + 1]];
      const covering = evidence.filter((e) => e.start <= start && e.end >= end);
      const text = part.text.slice(start, end);
      inline.push(covering.length ? mark(text, [...new Set(covering.map((e) => e.letter))].join("")) : t(text));
    }
    blocks.push(quote(inline));
  }
  blocks.push(table(["dimension", "level", "why"], rubric.dimensionIds.map((key) => [rubric.criteria[key].title, `${result.dimensions[key].level} of 3`, result.dimensions[key].rationale.replace(/^[^:]*: /, "")])));
  blocks.push(p(b("Band: "), t(`${result.band}, ${result.total} of ${result.max}. `), b("Flags: "), t(result.flags.map((f) => f.id).join(", ") || "none"), t(". "), b("Ask next: "), t(result.probes[0]?.question ?? "nothing further")));
  blocks.push(p(b("Feedback the library composes for this candidate:")));
  blocks.push(...composeFeedback(result, { rubric }).text.split("\n").filter(Boolean).map((line) => quote([t(line)])));
  blocks.push(p(t("Highlighted words are the evidence; the letter after each says which dimension it supports.")));
  return blocks;
}

function rubricPage(rubric) {
  const examples = JSON.parse(readFileSync(`rubrics/${rubric.id}/examples.json`, "utf8"));
  const blocks = [h(1, rubric.title), p(t(rubric.summary)), p(t(`Rubric id `), b(rubric.id), t(`, version ${rubric.version}. A score is advice to the interviewer, never a hiring decision.`))];
  blocks.push(h(2, "The question"));
  for (const q of rubric.questions.questions) {
    blocks.push(quote([t(q.prompt)]));
    blocks.push(p(b("Also asked as: "), t(q.variants.join(" / "))));
    blocks.push(p(b("What it probes, and why: "), t(q.probes)));
    blocks.push(p(b("Time box: "), t(`${q.timeBox.minMinutes} to ${q.timeBox.maxMinutes} minutes per example, ${q.timeBox.examples} example${q.timeBox.examples > 1 ? "s" : ""}.`)));
    blocks.push(p(b("Follow-ups to ask whatever the answer: "), t(q.followUps.join(" / "))));
  }
  blocks.push(h(2, "Dimensions"));
  for (const key of rubric.dimensionIds) {
    const c = rubric.criteria[key];
    blocks.push(h(3, c.title), p(t(c.asks)));
    blocks.push(table(["level", "anchor", "sounds like"], LEVELS.map((level) => [String(level), c.anchors[level].description, c.anchors[level].examples.map((e) => `“${e}”`).join(" ") || "—"])));
    const probes = LEVELS.filter((level) => c.probes[level]?.length).map((level) => `At ${level}: ${c.probes[level].join(" / ")}`);
    if (probes.length) blocks.push(p(b("Follow-up probes, by the level given: ")), ul(probes));
  }
  if (rubric.links?.length) {
    blocks.push(h(2, "How the dimensions bound each other"));
    blocks.push(p(t("Each dimension is first decided on its own signals. Where the anchors tie two dimensions together, the level one of them reaches then bounds the other; the rationale of a level moved this way says so and gives the level the dimension's own signals gave.")));
    const title = (key) => rubric.criteria[key].title;
    const bound = (l) => [l.atLeast !== undefined ? `at least ${l.atLeast}` : "", l.atMost !== undefined ? `at most ${l.atMost}` : ""].filter(Boolean).join(" and ");
    blocks.push(table(["when", "then", "why"], rubric.links.map((l) => [`${title(l.source)} is ${l.sourceLevels.join(" or ")}`, `${title(l.target)} is ${bound(l)}`, l.because])));
  }
  blocks.push(h(2, "Red flags"));
  blocks.push(table(["flag", "severity", "what it means", "what the scorer looks for", "example"], rubric.flags.map((f) => [f.id, f.severity, f.message, f.looksFor, f.example ? `“${f.example}”` : "—"])));
  blocks.push(h(2, "Worked examples"));
  for (const name of ["strong", "mixed", "weak"]) blocks.push(...exampleBlocks(rubric, name, examples[name]));
  blocks.push(h(2, "More"), ul([[a("Printable scorecard", `${rubric.id}-scorecard.md`)], [a("How the scoring works and its limits", "how-scoring-works.md")], [a("All rubrics", "README.md")]]));
  return blocks;
}

function scorecard(rubric) {
  const blocks = [h(1, `Scorecard: ${rubric.title}`), p(t("Candidate: ______________________   Interviewer: ______________________   Date: __________"))];
  for (const key of rubric.dimensionIds) {
    const c = rubric.criteria[key];
    blocks.push(h(2, c.title), table(["✓", "level", "anchor"], LEVELS.map((level) => ["☐", String(level), c.anchors[level].description])), p(t("Words that show it: ____________________________________________________________")));
  }
  blocks.push(h(2, "Red flags seen"), ul(rubric.flags.map((f) => `☐ ${f.id}: ${f.message}`)));
  blocks.push(p(t("Notes: ______________________________________________________________________")), p(t("This card records a judgement about one answer. It is one input among many and decides nothing on its own.")));
  return blocks;
}

function howItWorks() {
  const blocks = [h(1, "How the scoring works and its limits")];
  blocks.push(p(t("The scorer reads the words of an answer, not the person. It normalises the text, splits it into sentences and clauses, notes negation (\"I didn't blame anyone\"), hedges, quoted speech and who each clause is about, and runs small named signals over it: own responsibility, own causal action, external blame, a concrete practice with a when, a change applied since, evidence it worked, and more. Each dimension maps its signals to a level by a written decision table whose few parameters are fitted on a development set of labelled answers; where the anchors tie two dimensions together (a change applied since shows a lesson was drawn; a practice named is at least an intention), the level one reaches then bounds the other, and the rationale says so. The same answer always gets the same result, and every level comes with the words it rests on.")));
  blocks.push(h(2, "It advises; it decides nothing"));
  blocks.push(p(t("A score is advice to a human interviewer. Use it to structure notes, to spot what to probe, and to check consistency across interviewers, never as a pass/fail gate. Answers that are too short, off the question, not in English, repetitive or stuffed with keywords are marked for human review and capped at level 1; an answer that addresses the scorer (“give me full marks”) is marked for review too, and the instruction changes nothing.")));
  blocks.push(h(2, "Accuracy"));
  blocks.push(p(t(`Agreement with labelled answers on the frozen test split (answers nothing was tuned on), from docs/eval/report.json. Quadratic weighted kappa: 1 is perfect, 0 is chance; single human interviewers agree at about 0.44, interview panels at about 0.74.`)));
  blocks.push(table(["rubric", "dimension", "answers", "kappa", "exact", "within one level"], report.test.flatMap((e) => Object.entries(e.dimensions).map(([key, d]) => [e.rubric.id, key, String(d.n), d.qwk.toFixed(2), d.exact.toFixed(2), d.adjacent.toFixed(2)]))));
  blocks.push(p(t("Separating strong from weak answers by total (AUC): "), t(report.test.map((e) => `${e.rubric.id} ${e.strongVsWeakAuc.toFixed(2)}`).join(", ")), t(".")));
  blocks.push(h(2, "What it cannot judge"));
  blocks.push(ul([
    "Whether the story is true, or typical of the candidate.",
    "Tone, delivery, body language, or anything not in the words.",
    "Context the interviewer has and the text does not (the role, the team, the candidate's history).",
    "Unusual phrasings: it recognises many ways of saying things, but a lesson or a change told in an unusual way can be missed; check the evidence, and override the level when it is wrong.",
    "Languages other than English.",
  ]));
  blocks.push(h(2, "Fairness checks it passes"));
  blocks.push(p(t("The test suite checks that swapping names, genders and pronouns of everyone in a story, the employer, industry words, British and American spelling, casing, punctuation, typos, spoken fillers and paragraph breaks changes no level; and that keyword stuffing, repeated sentences, buzzwords, and disguised successes are capped low and flagged, and that instructions to the scorer change no level and send the answer to review. The corpus behind the figures was labelled by language-model helpers from a written guide, not by trained interviewers: re-label a sample with your own interviewers before relying on the figures.")));
  blocks.push(h(2, "Auditing your own use"));
  blocks.push(p(t("Two functions support a bias audit of how you use the scores. "), b("checkInvariance(rubric, answers)"), t(" re-scores answers with names, genders and pronouns swapped and lists every level that moved; on the answers in this project's corpus that the swap changes (those naming someone or using a gendered word, between one in eight and one in five), it finds none. "), b("auditImpact(results, groupOf)"), t(" applies the definitions used in bias audits of automated employment decision tools (New York City Local Law 144 rules): a category's scoring rate is the share of its candidates above the median total, its selection rate the share at or above a chosen band, and its impact ratio its rate divided by the highest category's. Ratios under 0.8 (the four-fifths rule of thumb) are flagged, categories under 2% of the sample are reported as excluded rather than dropped, unknown categories are counted, and pairs of attributes can be audited together. Run it on your own candidates' results; an audit of this library alone cannot show how it behaves in your process.")));
  blocks.push(p(a("All rubrics", "README.md")));
  return blocks;
}

// ---- write ----
mkdirSync(join(out, "site"), { recursive: true });
const pages = [];
for (const rubric of Object.values(rubrics)) {
  pages.push([rubric.id, rubric.title, rubricPage(rubric)]);
  pages.push([`${rubric.id}-scorecard`, `Scorecard: ${rubric.title}`, scorecard(rubric)]);
}
pages.push(["how-scoring-works", "How the scoring works and its limits", howItWorks()]);
const index = [h(1, "Rubric handbook"), p(t("Generated from the rubric definitions the library scores with (scripts/handbook.mjs); do not edit by hand.")), ul(Object.values(rubrics).map((r) => [a(r.title, `${r.id}.md`), t(" · "), a("scorecard", `${r.id}-scorecard.md`)])), p(a("How the scoring works and its limits", "how-scoring-works.md"))];
pages.push(["README", "Rubric handbook", index]);
for (const [name, title, blocks] of pages) {
  writeFileSync(join(out, `${name}.md`), renderMd(blocks));
  writeFileSync(join(out, "site", `${name === "README" ? "index" : name}.html`), renderHtml(title, blocks.map((block) => (block.kind === "p" || block.kind === "ul" ? fixIndexLinks(block) : block))));
}
writeFileSync(join(out, "site", "style.css"), STYLE);
console.log(`wrote ${pages.length} pages to ${out}/ and ${out}/site/`);

function fixIndexLinks(block) {
  const fix = (parts) => parts.map((x) => (x.href === "README.md" ? { ...x, href: "index.html" } : x));
  if (block.kind === "p") return { ...block, inline: fix(block.inline) };
  return { ...block, items: block.items.map((item) => (typeof item === "string" ? item : fix(item))) };
}
