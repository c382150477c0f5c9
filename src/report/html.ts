import type { Criterion } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import { composeFeedbackFor } from "../feedback/compose.js";
import type { Evidence, ScoreResult } from "../score/result.js";

/** Options for {@link renderReport}. */
export interface ReportOptions {
  /** Candidate name or reference shown in the heading. */
  readonly candidate?: string;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

// Colour-blind-safe palette (Okabe–Ito), each paired with an underline style and a letter, so
// colour is never the only cue. Text on these backgrounds keeps AA contrast with #1a1a1a.
const PALETTE = [
  { background: "#fde7b0", border: "#9a6700", line: "solid" },
  { background: "#cfe8fb", border: "#0b5394", line: "double" },
  { background: "#d6f0e0", border: "#1e6b3a", line: "dashed" },
  { background: "#f6d5e5", border: "#8a1c52", line: "dotted" },
  { background: "#e4dcf5", border: "#4b2a8c", line: "wavy" },
  { background: "#fbdcc9", border: "#8a3a12", line: "solid" },
];

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly evidence: readonly (Evidence & { readonly dimension: string })[];
}

// Overlapping evidence becomes non-overlapping segments, each carrying every span that covers it.
function segments(text: string, evidence: readonly (Evidence & { readonly dimension: string })[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const e of evidence) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, evidence: evidence.filter((e) => e.start <= start && e.end >= end) });
  }
  return out;
}

/**
 * Renders a self-contained, accessible HTML page for one scored answer: the answer with evidence
 * highlighted by dimension (colour, underline style and a letter; focus or hover shows the signal
 * and rationale), each dimension's level against its anchors, flags, follow-up probes and the
 * candidate feedback. No external assets; prints cleanly.
 *
 * @param rubric - The rubric the result came from.
 * @param result - The result of scoring `answerText`.
 * @param answerText - The answer's text (for a structured answer, the fields joined by blank lines).
 * @param options - Heading options.
 * @returns An HTML document as a string.
 */
export function renderReport(rubric: Rubric, result: ScoreResult, answerText: string, options: ReportOptions = {}): string {
  const dims = rubric.dimensionIds;
  const styleOf = (dimension: string) => PALETTE[dims.indexOf(dimension) % PALETTE.length]!;
  const letterOf = (dimension: string) => ((rubric.criteria as Record<string, Criterion>)[dimension]?.title ?? dimension).charAt(0).toUpperCase();
  const dimScores = result.dimensions as Record<string, ScoreResult["dimensions"][string]>;
  // Evidence with a field indexes that field; only free-text evidence can be placed on the page.
  const placed = dims.flatMap((dimension) => dimScores[dimension]!.evidence.filter((e) => e.field === undefined).map((e) => ({ ...e, dimension })));
  const highlighted = segments(answerText, placed)
    .map((segment, index) => {
      const text = escape(answerText.slice(segment.start, segment.end));
      if (segment.evidence.length === 0) return text;
      const first = segment.evidence[0]!;
      const style = styleOf(first.dimension);
      const titles = segment.evidence.map((e) => `${(rubric.criteria as Record<string, Criterion>)[e.dimension]?.title ?? e.dimension}: ${e.signal}`);
      const tipId = `tip-${index}`;
      return `<mark class="ev" tabindex="0" data-start="${segment.start}" data-end="${segment.end}" data-dimension="${escape(first.dimension)}" aria-describedby="${tipId}" style="background:${style.background};text-decoration:underline ${style.line} ${style.border};text-underline-offset:3px">${text}<sup aria-hidden="true">${escape(letterOf(first.dimension))}</sup><span role="tooltip" id="${tipId}" class="tip">${escape(titles.join("; "))}</span></mark>`;
    })
    .join("");

  const dimensionSections = dims.map((dimension) => {
    const criterion = (rubric.criteria as Record<string, Criterion>)[dimension]!;
    const score = dimScores[dimension]!;
    const style = styleOf(dimension);
    const rows = ([0, 1, 2, 3] as const).map((level) => {
      const current = level === score.level;
      return `<tr${current ? ' class="current" aria-current="true"' : ""}><th scope="row">${level}${current ? " ◀ given" : ""}</th><td>${escape(criterion.anchors[level].description)}</td></tr>`;
    }).join("");
    const evidence = score.evidence.map((e) => `<li><q>${escape(e.text)}</q> <span class="signal">(${escape(e.signal)})</span></li>`).join("");
    return `<section class="dimension" aria-labelledby="dim-${escape(dimension)}">
<h3 id="dim-${escape(dimension)}"><span class="key" style="background:${style.background};border-color:${style.border}">${escape(letterOf(dimension))}</span> ${escape(criterion.title)}: ${score.level} of 3</h3>
<p>${escape(score.rationale)}</p>
<table><caption>Anchors</caption><tbody>${rows}</tbody></table>
${evidence ? `<h4>Evidence</h4><ul>${evidence}</ul>` : "<p>No evidence found for this dimension.</p>"}
</section>`;
  }).join("\n");

  const flags = result.flags.length === 0 ? "<p>No red flags.</p>" : `<ul>${result.flags.map((f) => `<li><strong>${escape(f.id)}</strong> (${escape(f.severity)}): ${escape(f.message)}</li>`).join("")}</ul>`;
  const probes = result.probes.length === 0 ? "<p>No follow-up needed.</p>" : `<ol>${result.probes.map((p) => `<li>${escape(p.question)} <span class="signal">(${escape(p.dimension)}, level ${p.level})</span></li>`).join("")}</ol>`;
  const feedback = composeFeedbackFor(result, rubric, options.candidate === undefined ? {} : { candidateName: options.candidate });
  const review = result.status === "needs-human-review" ? `<p class="review" role="alert"><strong>Needs human review:</strong> ${result.reasons.map((r) => escape(r.message)).join(" ")}</p>` : "";

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(rubric.title)}: scored answer</title>
<style>
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #767676;padding-bottom:.2rem;margin-top:2rem}
.answer{white-space:pre-wrap;border:1px solid #767676;padding:1rem;border-radius:4px}
mark.ev{position:relative;color:#1a1a1a;padding:0 1px;border-radius:2px}
mark.ev sup{font-size:.65em;font-weight:700;margin-left:1px}
mark.ev:focus{outline:3px solid #1a1a1a;outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:1;background:#1a1a1a;color:#fff;padding:.3rem .5rem;border-radius:4px;font-size:.8rem;width:max-content;max-width:18rem;white-space:normal}
.who{font-weight:400}
mark.ev:hover .tip,mark.ev:focus .tip{display:block}
.key{display:inline-block;min-width:1.4em;text-align:center;border:2px solid;border-radius:3px}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600}th,td{border:1px solid #767676;padding:.3rem .5rem;vertical-align:top;text-align:left}
tr.current{background:#f0f0f0;font-weight:600}
.signal{color:#4a4a4a;font-size:.9em}.review{border-left:4px solid #8a1c52;padding-left:.6rem}
.summary{font-size:1.1rem}.note{color:#4a4a4a}
@media print{.tip{display:none!important}mark.ev{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{margin:0}}
</style>
</head>
<body>
<main>
<h1>${escape(rubric.title)}${options.candidate ? ` <span class="who">· ${escape(options.candidate)}</span>` : ""}</h1>
<p class="summary"><strong>${escape(result.band)}</strong>, ${result.total} of ${result.max}. Rubric ${escape(rubric.id)} ${escape(rubric.version)}.</p>
<p class="note">This score is advice to the interviewer, not a hiring decision. Each level below shows the words it rests on.</p>
${review}
<h2>The answer</h2>
<p class="note">Highlights are marked by colour, underline style and a letter for each dimension. Focus a highlight (Tab) or hover it to see what was noticed.</p>
<div class="answer">${highlighted}</div>
<h2>Dimensions</h2>
${dimensionSections}
<h2>Red flags</h2>
${flags}
<h2>Follow-up questions</h2>
${probes}
<h2>Feedback for the candidate</h2>
<div class="feedback">${feedback.text.split("\n").map((line) => (line ? `<p>${escape(line)}</p>` : "")).join("")}</div>
<p class="note">Receipt: ${escape(result.receipt.library.name)} ${escape(result.receipt.library.version)}, rubric hash ${escape(result.receipt.rubric.hash)}.</p>
</main>
</body>
</html>
`;
}
