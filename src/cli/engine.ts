// The part of the command line that needs the scorer and the rubrics; it runs on worker threads
// (./thread.ts), so the main thread never loads it.
import { readFileSync, existsSync, statSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { getRubric, rubrics } from "../../rubrics/index.js";
import type { Criterion } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import { renderReport } from "../report/html.js";
import type { ScoreResult } from "../score/result.js";
import { safeScore } from "../score/score.js";
import { csvField } from "./csv.js";
import { UsageError, ioError } from "./errors.js";
import type { InputRecord } from "./records.js";

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

/** One record's outcome, already formatted as its output line (formatting is half the work). */
export interface Outcome {
  readonly ok: boolean;
  readonly line: string;
}

/** The output formats of "score". */
export type OutputFormat = "jsonl" | "csv" | "table";

/**
 * Finds a built-in rubric by id, or says what is wrong with the id.
 *
 * @param id - The --rubric value, if any.
 * @returns The rubric, or the usage message naming the fix.
 */
export function findRubric(id: string | undefined): Rubric | string {
  if (!id) return `--rubric is required. Choose one of: ${Object.keys(rubrics).join(", ")}.`;
  const rubric = getRubric(id);
  if (!rubric) return `Unknown rubric "${id}". Choose one of: ${Object.keys(rubrics).join(", ")} (see "interview-rubrics rubrics list").`;
  return rubric;
}

/**
 * The built-in rubric with this id; throws {@link UsageError} otherwise.
 *
 * @param id - The --rubric value, if any.
 * @returns The rubric.
 */
export function rubricOrFail(id: string | undefined): Rubric {
  const found = findRubric(id);
  if (typeof found === "string") throw new UsageError(found);
  return found;
}

/**
 * The CSV output's header line, or null for the other formats.
 *
 * @param format - The output format.
 * @param dimensionIds - The rubric's dimensions, one column each.
 * @returns The header line without its newline.
 */
export function outputHeader(format: OutputFormat, dimensionIds: readonly string[]): string | null {
  return format === "csv" ? ["id", "status", "band", "total", "max", ...dimensionIds, "flags", "error"].map(csvField).join(",") : null;
}

function tableRow(id: unknown, result: ScoreResult | null, error: string | null, dimensionIds: readonly string[]): string {
  if (!result) return `${String(id).padEnd(14)} ERROR  ${error}`;
  const levels = dimensionIds.map((key) => `${key} ${(result.dimensions as Record<string, { level: number }>)[key]!.level}`).join("  ");
  const review = result.status === "needs-human-review" ? `  review: ${result.reasons.map((r) => r.code).join(",")}` : "";
  return `${String(id).padEnd(14)} ${result.band.padEnd(6)} ${String(result.total).padStart(2)}/${result.max}  ${levels}${result.flags.length ? `  flags: ${result.flags.map((f) => f.id).join(",")}` : ""}${review}`;
}

function formatOutcome(format: OutputFormat, rubric: Rubric, id: unknown, result: ScoreResult | null, error: string | null): string {
  if (format === "jsonl") return JSON.stringify(result ? { id, result } : { id, error });
  if (format === "csv") {
    const levels = rubric.dimensionIds.map((key) => (result ? (result.dimensions as Record<string, { level: number }>)[key]!.level : ""));
    return [id, result?.status ?? "error", result?.band ?? "", result?.total ?? "", result?.max ?? "", ...levels, result?.flags.map((f) => f.id).join(" ") ?? "", error ?? ""].map(csvField).join(",");
  }
  return tableRow(id, result, error, rubric.dimensionIds);
}

/**
 * Scores records and formats each outcome as its output line.
 *
 * @param rubric - The rubric to score against.
 * @param maxChars - The longest answer accepted.
 * @param format - The output format.
 * @param records - The records, in input order.
 * @returns One outcome per record, in the same order.
 */
export function scoreRecords(rubric: Rubric, maxChars: number, format: OutputFormat, records: readonly InputRecord[]): Outcome[] {
  return records.map((record) => {
    if (record.error !== undefined) return { ok: false, line: formatOutcome(format, rubric, record.id, null, record.error) };
    const outcome = safeScore(rubric, record.answer, { maxChars });
    return outcome.success
      ? { ok: true, line: formatOutcome(format, rubric, record.id, outcome.data, null) }
      : { ok: false, line: formatOutcome(format, rubric, record.id, null, outcome.error.message) };
  });
}

/** What "report" or "rubrics" has to print, and its exit code. */
export interface CommandReply {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
  /** A usage mistake to report (exit code 2). */
  readonly usage?: string;
  /** A file that could not be written (exit code 3). */
  readonly io?: string;
}

/**
 * Runs "report": scores one answer file and writes its HTML page.
 *
 * @param argv - The arguments after "report".
 * @param help - The command's help text.
 * @returns What to print and the exit code.
 */
export function commandReport(argv: string[], help: string): CommandReply {
  const { values } = parseArgs({
    args: argv,
    options: { rubric: { type: "string" }, input: { type: "string" }, out: { type: "string" }, candidate: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return { code: EXIT_OK, stdout: `${help}\n` };
  const rubric = rubricOrFail(values.rubric);
  if (!values.input || !existsSync(values.input)) throw new UsageError(`--input must name an existing answer file (.json or .txt).`);
  if (!values.out) throw new UsageError(`--out is required: the HTML file to write.`);
  if (statSync(values.input).isDirectory()) throw new UsageError(`--input must name an answer file, not a directory.`);
  const raw = readFileSync(values.input, "utf8");
  let answer: unknown;
  if (extname(values.input).toLowerCase() === ".json") {
    try {
      answer = JSON.parse(raw);
    } catch (error) {
      throw new UsageError(`${values.input} is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    answer = { text: raw };
  }
  const outcome = safeScore(rubric, answer);
  if (!outcome.success) return { code: EXIT_SOME_FAILED, stderr: `Cannot score ${values.input}: ${outcome.error.message}\n` };
  const parts = rubric.parts ? rubric.parts(rubric.answer.parse(answer)) : [{ text: (answer as { text: string }).text }];
  const text = parts.map((p) => p.text).join("\n\n");
  try {
    writeFileSync(values.out, renderReport(rubric, outcome.data, text, values.candidate === undefined ? {} : { candidate: values.candidate }));
  } catch (error) {
    throw ioError(error, `write ${values.out}`);
  }
  return { code: EXIT_OK, stderr: `wrote ${values.out} (${outcome.data.band}, ${outcome.data.total}/${outcome.data.max})\n` };
}

/**
 * Runs "rubrics list" or "rubrics show ID".
 *
 * @param argv - The arguments after "rubrics".
 * @param help - The command's help text.
 * @returns What to print and the exit code.
 */
export function commandRubrics(argv: string[], help: string): CommandReply {
  const [action, id] = argv;
  if (action === "--help" || action === "-h" || action === undefined) {
    return { code: action === undefined ? EXIT_USAGE : EXIT_OK, stdout: `${help}\n` };
  }
  if (action === "list") {
    let stdout = "";
    for (const rubric of Object.values(rubrics) as Rubric[]) {
      stdout += `${rubric.id.padEnd(20)} ${rubric.version.padEnd(8)} ${rubric.questions.questions[0].prompt}  [${rubric.dimensionIds.join(", ")}]\n`;
    }
    return { code: EXIT_OK, stdout };
  }
  if (action === "show") {
    if (!id) throw new UsageError(`"rubrics show" needs a rubric ID: one of ${Object.keys(rubrics).join(", ")}.`);
    const rubric = rubricOrFail(id);
    const lines = [`${rubric.title} (${rubric.id} ${rubric.version})`, "", rubric.summary, ""];
    for (const q of rubric.questions.questions) {
      lines.push(`Question: ${q.prompt}`, `  Variants: ${q.variants.join(" | ")}`, `  Probes: ${q.probes}`, `  Time box: ${q.timeBox.minMinutes}-${q.timeBox.maxMinutes} minutes per example, ${q.timeBox.examples} example(s)`, "");
    }
    for (const key of rubric.dimensionIds) {
      const c = (rubric.criteria as Record<string, Criterion>)[key]!;
      lines.push(`${c.title} (${key}): ${c.asks}`);
      for (const level of [0, 1, 2, 3] as const) lines.push(`  ${level}  ${c.anchors[level].description}`);
      lines.push("");
    }
    lines.push("Red flags:", ...rubric.flags.map((f) => `  ${f.id} (${f.severity}): ${f.looksFor}`));
    return { code: EXIT_OK, stdout: `${lines.join("\n")}\n` };
  }
  throw new UsageError(`Unknown action "${action}". Use "rubrics list" or "rubrics show ID".`);
}

