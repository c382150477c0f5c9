// The interview-rubrics command line: the only code in the package that touches process, fs
// and stdio. Usage: interview-rubrics --help
import { createReadStream, createWriteStream, existsSync, openSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { getRubric, rubrics } from "../../rubrics/index.js";
import type { Criterion } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import { renderReport } from "../report/html.js";
import type { ScoreResult } from "../score/result.js";
import { DEFAULT_MAX_CHARS, safeScore } from "../score/score.js";
import { LIBRARY } from "../version.js";
import { CsvReader, csvField } from "./csv.js";

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_IO = 3;

class UsageError extends Error {}

/** A file, a stream or a worker thread failed: the run cannot finish, whatever the records hold. */
class IoError extends Error {}

// An error from the file system or a stream, told in one line: "cannot open /no/dir/x: ENOENT".
function ioError(error: unknown, what: string): IoError {
  const e = error as NodeJS.ErrnoException;
  return new IoError(`cannot ${what}: ${e.code ?? e.message}${e.code && e.message ? ` (${e.message})` : ""}`);
}

function bold(text: string): string {
  return process.stderr.isTTY && !process.env["NO_COLOR"] ? `\x1b[1m${text}\x1b[22m` : text;
}

const HELP: Record<string, string> = {
  main: `interview-rubrics ${LIBRARY.version}: score interview answers against structured rubrics.

Usage:
  interview-rubrics score --rubric ID [--input FILE|-] [--output FILE] [--format jsonl|csv|table]
  interview-rubrics report --rubric ID --input ANSWER.json|.txt --out report.html
  interview-rubrics rubrics list
  interview-rubrics rubrics show ID
  interview-rubrics --version

Run "interview-rubrics COMMAND --help" for a command's options.
A score is advice to an interviewer, never a hiring decision.`,
  score: `Usage: interview-rubrics score --rubric ID [--input FILE|-] [--output FILE] [--format jsonl|csv|table] [--max-chars N]

Reads answers as JSONL ({"id": ..., "text": ...} or {"id": ..., "answer": {...}} per line) or as CSV
with an "id" and a "text" column (by the .csv extension, or --input-format csv), streaming, and
writes one record per input record in the same order: {"id", "result"} or {"id", "error"}.
A summary goes to stderr. Exit code 0 when every record scored, 1 when some failed, 2 on a usage
error, 3 when a file, a stream or a worker thread failed.

Options:
  --rubric ID          last-job-failure, goal-hit-and-miss or interview-debrief (required)
  --input FILE|-       input file, or - for standard input (default -)
  --input-format F     jsonl or csv (default: from the file extension, else jsonl)
  --output FILE        output file (default: standard output)
  --format F           jsonl (default), csv or table
  --max-chars N        longest answer accepted (default ${DEFAULT_MAX_CHARS})
  --workers N          score on N worker threads (output order is kept)`,
  report: `Usage: interview-rubrics report --rubric ID --input ANSWER.json|.txt --out report.html [--candidate NAME]

Writes a self-contained HTML page: the answer with its evidence highlighted, each dimension
against its anchors, flags, follow-up questions and the candidate feedback. ANSWER.json holds the
answer object (e.g. {"text": "..."}); a .txt file is the answer's text.`,
  rubrics: `Usage: interview-rubrics rubrics list
       interview-rubrics rubrics show ID

Lists the built-in rubrics, or shows one rubric's questions, criteria and anchors.`,
};

function rubricOrFail(id: string | undefined): Rubric {
  if (!id) throw new UsageError(`--rubric is required. Choose one of: ${Object.keys(rubrics).join(", ")}.`);
  const rubric = getRubric(id);
  if (!rubric) throw new UsageError(`Unknown rubric "${id}". Choose one of: ${Object.keys(rubrics).join(", ")} (see "interview-rubrics rubrics list").`);
  return rubric;
}

interface InputRecord {
  readonly id: unknown;
  readonly answer?: unknown;
  readonly error?: string;
}

function fromJsonLine(line: string, lineNumber: number): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: `line-${lineNumber}`, error: `Line ${lineNumber} is not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { id: `line-${lineNumber}`, error: `Line ${lineNumber} is not a JSON object.` };
  const record = value as Record<string, unknown>;
  const id = record["id"] ?? `line-${lineNumber}`;
  if ("answer" in record) return { id, answer: record["answer"] };
  return { id, answer: { text: record["text"] } };
}

// Bytes read so far, for the progress line's estimate of the time left.
const progress = { bytes: 0, total: 0 };

async function* readRecords(path: string, format: "jsonl" | "csv"): AsyncGenerator<InputRecord> {
  const stream = path === "-" ? process.stdin : createReadStream(path);
  progress.total = path === "-" ? 0 : statSync(path).size;
  // Bytes are counted as chunks are consumed: a "data" listener would switch the stream to flowing
  // mode and buffer the whole file ahead of the scorer.
  const utf8 = new StringDecoder("utf8");
  // A byte-order mark (as spreadsheet exports write) is not part of the first record.
  let first = true;
  const decoder = {
    write(chunk: Buffer): string {
      const text = utf8.write(chunk);
      if (!first || text === "") return text;
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    end: () => utf8.end(),
  };
  if (format === "jsonl") {
    let pending = "";
    let lineNumber = 0;
    for await (const chunk of stream) {
      progress.bytes += (chunk as Buffer | string).length;
      pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        const line = pending.slice(0, newline).replace(/\r$/, "");
        pending = pending.slice(newline + 1);
        lineNumber++;
        if (line.trim() !== "") yield fromJsonLine(line, lineNumber);
        newline = pending.indexOf("\n");
      }
    }
    pending += decoder.end();
    if (pending.trim() !== "") yield fromJsonLine(pending, lineNumber + 1);
    return;
  }
  const csv = new CsvReader();
  let header: string[] | null = null;
  let row = 0;
  const toRecord = (fields: string[]): InputRecord | null => {
    // A blank line (often the last one) is no record, as in JSONL.
    if (fields.every((f) => f.trim() === "")) return null;
    if (header === null) {
      header = fields.map((f) => f.trim().toLowerCase());
      if (!header.includes("text")) throw new UsageError(`The CSV header needs a "text" column (found: ${header.join(", ")}).`);
      return null;
    }
    row++;
    const get = (name: string) => fields[header!.indexOf(name)];
    const id = get("id") ?? `row-${row}`;
    const text = get("text");
    return text === undefined ? { id, error: `Row ${row} has no "text" field.` } : { id, answer: { text } };
  };
  for await (const chunk of stream) {
    progress.bytes += (chunk as Buffer | string).length;
    for (const fields of csv.push(typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer))) {
      const record = toRecord(fields);
      if (record) yield record;
    }
  }
  for (const fields of csv.push(decoder.end())) {
    const record = toRecord(fields);
    if (record) yield record;
  }
  for (const fields of csv.end()) {
    const record = toRecord(fields);
    if (record) yield record;
  }
}

function tableRow(id: unknown, result: ScoreResult | null, error: string | null, dimensionIds: readonly string[]): string {
  if (!result) return `${String(id).padEnd(14)} ERROR  ${error}`;
  const levels = dimensionIds.map((key) => `${key} ${(result.dimensions as Record<string, { level: number }>)[key]!.level}`).join("  ");
  const review = result.status === "needs-human-review" ? `  review: ${result.reasons.map((r) => r.code).join(",")}` : "";
  return `${String(id).padEnd(14)} ${result.band.padEnd(6)} ${String(result.total).padStart(2)}/${result.max}  ${levels}${result.flags.length ? `  flags: ${result.flags.map((f) => f.id).join(",")}` : ""}${review}`;
}

async function commandScore(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rubric: { type: "string" },
      input: { type: "string", default: "-" },
      "input-format": { type: "string" },
      output: { type: "string" },
      format: { type: "string", default: "jsonl" },
      "max-chars": { type: "string" },
      workers: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP["score"]}\n`);
    return EXIT_OK;
  }
  const rubric = rubricOrFail(values.rubric);
  const format = values.format;
  if (format !== "jsonl" && format !== "csv" && format !== "table") throw new UsageError(`--format must be jsonl, csv or table, not "${format}".`);
  const input = values.input!;
  if (input !== "-" && !existsSync(input)) throw new UsageError(`Cannot read "${input}": no such file. Pass an existing file, or - for standard input.`);
  if (input !== "-" && statSync(input).isDirectory()) throw new UsageError(`Cannot read "${input}": it is a directory. Pass a file, or - for standard input.`);
  const inputFormat = values["input-format"] ?? (extname(input).toLowerCase() === ".csv" ? "csv" : "jsonl");
  if (inputFormat !== "jsonl" && inputFormat !== "csv") throw new UsageError(`--input-format must be jsonl or csv, not "${inputFormat}".`);
  const maxChars = values["max-chars"] === undefined ? DEFAULT_MAX_CHARS : Number(values["max-chars"]);
  if (!Number.isInteger(maxChars) || maxChars <= 0) throw new UsageError(`--max-chars must be a positive whole number.`);
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError(`--workers must be a whole number from 0 to 64.`);

  const output = new Output(values.output);
  const write = (line: string) => output.write(line);
  const showProgress = process.stderr.isTTY === true && !process.env["CI"];
  const started = performance.now();
  let scored = 0;
  let failed = 0;
  // The CSV header goes out with the first record, so an input rejected before it (a CSV with no
  // "text" column) leaves no half-written output behind.
  const header = format === "csv" ? ["id", "status", "band", "total", "max", ...rubric.dimensionIds, "flags", "error"].map(csvField).join(",") : null;
  let headerWritten = false;
  const writeHeader = async () => {
    if (header !== null && !headerWritten) await write(header);
    headerWritten = true;
  };

  const scorer = workers > 1 ? new WorkerPool(workers, rubric.id, maxChars, format) : new InlineScorer(rubric, maxChars, format);
  // Batches go out as they are read and come back in any order; they are written in input order,
  // with a bounded number in flight so memory does not grow with the file.
  const inFlight: Promise<{ records: InputRecord[]; outcomes: Outcome[] }>[] = [];
  const maxInFlight = Math.max(2, workers * 2);
  let batch: InputRecord[] = [];
  const writeBatch = async ({ records, outcomes }: { records: InputRecord[]; outcomes: Outcome[] }) => {
    for (let k = 0; k < records.length; k++) await writeOne(records[k]!, outcomes[k]!);
  };
  const dispatch = async () => {
    const records = batch;
    batch = [];
    inFlight.push(scorer.score(records).then((outcomes) => ({ records, outcomes })));
    if (inFlight.length >= maxInFlight) await writeBatch(await inFlight.shift()!);
  };
  const writeOne = async (_record: InputRecord, outcome: Outcome) => {
    await writeHeader();
    if (outcome.ok) scored++;
    else failed++;
    await write(outcome.line);
    if (showProgress && (scored + failed) % 250 === 0) {
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round((scored + failed) / Math.max(seconds, 1e-3));
      const eta = progress.total > 0 && progress.bytes > 0 ? ` · about ${Math.max(0, Math.round((seconds * (progress.total - progress.bytes)) / progress.bytes))}s left` : "";
      process.stderr.write(`\r${scored + failed} records · ${rate}/s${eta}   `);
    }
  };
  try {
    try {
      for await (const record of readRecords(input, inputFormat)) {
        batch.push(record);
        if (batch.length >= BATCH_SIZE) await dispatch();
      }
    } catch (error) {
      throw error instanceof UsageError || error instanceof IoError ? error : ioError(error, `read ${input === "-" ? "standard input" : input}`);
    }
    if (batch.length > 0) await dispatch();
    while (inFlight.length > 0) await writeBatch(await inFlight.shift()!);
    await writeHeader();
    await output.close();
  } finally {
    await scorer.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (showProgress) process.stderr.write("\r");
  process.stderr.write(`${bold("interview-rubrics")}: ${scored} scored, ${failed} failed in ${seconds.toFixed(2)}s\n`);
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

function commandReport(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { rubric: { type: "string" }, input: { type: "string" }, out: { type: "string" }, candidate: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP["report"]}\n`);
    return EXIT_OK;
  }
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
  if (!outcome.success) {
    process.stderr.write(`Cannot score ${values.input}: ${outcome.error.message}\n`);
    return EXIT_SOME_FAILED;
  }
  const parts = rubric.parts ? rubric.parts(rubric.answer.parse(answer)) : [{ text: (answer as { text: string }).text }];
  const text = parts.map((p) => p.text).join("\n\n");
  try {
    writeFileSync(values.out, renderReport(rubric, outcome.data, text, values.candidate === undefined ? {} : { candidate: values.candidate }));
  } catch (error) {
    throw ioError(error, `write ${values.out}`);
  }
  process.stderr.write(`wrote ${values.out} (${outcome.data.band}, ${outcome.data.total}/${outcome.data.max})\n`);
  return EXIT_OK;
}

function commandRubrics(argv: string[]): number {
  const [action, id] = argv;
  if (action === "--help" || action === "-h" || action === undefined) {
    process.stdout.write(`${HELP["rubrics"]}\n`);
    return action === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (action === "list") {
    for (const rubric of Object.values(rubrics) as Rubric[]) {
      process.stdout.write(`${rubric.id.padEnd(20)} ${rubric.version.padEnd(8)} ${rubric.questions.questions[0].prompt}  [${rubric.dimensionIds.join(", ")}]\n`);
    }
    return EXIT_OK;
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
    process.stdout.write(`${lines.join("\n")}\n`);
    return EXIT_OK;
  }
  throw new UsageError(`Unknown action "${action}". Use "rubrics list" or "rubrics show ID".`);
}

/** Runs the command line with the given arguments; resolves to the exit code. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "--version" || command === "-v") {
      process.stdout.write(`${LIBRARY.version}\n`);
      return EXIT_OK;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${HELP["main"]}\n`);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === "score") return await commandScore(rest);
    if (command === "report") return commandReport(rest);
    if (command === "rubrics") return commandRubrics(rest);
    throw new UsageError(`Unknown command "${command}". Run "interview-rubrics --help".`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`interview-rubrics: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof IoError) {
      process.stderr.write(`interview-rubrics: ${error.message}\n`);
      return EXIT_IO;
    }
    throw error;
  }
}

/** One record's outcome, already formatted as its output line (formatting is half the work). */
interface Outcome {
  readonly ok: boolean;
  readonly line: string;
}

type OutputFormat = "jsonl" | "csv" | "table";

function formatOutcome(format: OutputFormat, rubric: Rubric, id: unknown, result: ScoreResult | null, error: string | null): string {
  if (format === "jsonl") return JSON.stringify(result ? { id, result } : { id, error });
  if (format === "csv") {
    const levels = rubric.dimensionIds.map((key) => (result ? (result.dimensions as Record<string, { level: number }>)[key]!.level : ""));
    return [id, result?.status ?? "error", result?.band ?? "", result?.total ?? "", result?.max ?? "", ...levels, result?.flags.map((f) => f.id).join(" ") ?? "", error ?? ""].map(csvField).join(",");
  }
  return tableRow(id, result, error, rubric.dimensionIds);
}

const BATCH_SIZE = 200;
// Marks the worker threads this file starts, so importing it in some other worker does nothing.
const WORKER_ROLE = "interview-rubrics-scorer";

function scoreRecords(rubric: Rubric, maxChars: number, format: OutputFormat, records: readonly InputRecord[]): Outcome[] {
  return records.map((record) => {
    if (record.error !== undefined) return { ok: false, line: formatOutcome(format, rubric, record.id, null, record.error) };
    const outcome = safeScore(rubric, record.answer, { maxChars });
    return outcome.success
      ? { ok: true, line: formatOutcome(format, rubric, record.id, outcome.data, null) }
      : { ok: false, line: formatOutcome(format, rubric, record.id, null, outcome.error.message) };
  });
}

class InlineScorer {
  constructor(private readonly rubric: Rubric, private readonly maxChars: number, private readonly format: OutputFormat) {}
  score(records: InputRecord[]): Promise<Outcome[]> {
    return Promise.resolve(scoreRecords(this.rubric, this.maxChars, this.format, records));
  }
  async close(): Promise<void> {}
}

// Worker threads score batches in parallel; each batch's promise resolves when its worker
// answers, and the caller writes batches in the order it sent them.
class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (outcomes: Outcome[]) => void; reject: (error: Error) => void }>();
  private closing = false;
  private next = 0;
  private sequence = 0;

  constructor(size: number, rubricId: string, maxChars: number, format: OutputFormat) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE, rubricId, maxChars, format } });
      worker.on("message", ({ id, outcomes }: { id: number; outcomes: Outcome[] }) => {
        this.pending.get(id)?.resolve(outcomes);
        this.pending.delete(id);
      });
      // A worker that dies takes its batches with it: fail them all rather than wait forever.
      worker.on("error", (error) => this.failAll(new IoError(`a worker thread failed: ${error.message}`)));
      worker.on("exit", (code) => {
        if (!this.closing) this.failAll(new IoError(`a worker thread stopped early (exit code ${code})`));
      });
      return worker;
    });
  }

  score(records: InputRecord[]): Promise<Outcome[]> {
    const id = this.sequence++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, records });
    });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

// Importing this file (a test, a bundler) must not run the command line; running it, directly or
// through npm's bin link, does.
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Where records go: a file, opened on the first write so a run rejected before any record leaves
// no file behind, or standard output. A reader that stops early (\`| head\`) ends the run quietly.
class Output {
  private stream: NodeJS.WritableStream | null = null;
  private failure: IoError | null = null;

  constructor(private readonly path: string | undefined) {}

  private open(): NodeJS.WritableStream {
    if (this.stream) return this.stream;
    if (this.path === undefined) {
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
        this.failure = ioError(error, "write to standard output");
      });
      this.stream = process.stdout;
    } else {
      let fd: number;
      try {
        fd = openSync(this.path, "w");
      } catch (error) {
        throw ioError(error, `open ${this.path} for writing`);
      }
      const stream = createWriteStream(this.path, { fd });
      stream.on("error", (error) => (this.failure = ioError(error, `write ${this.path}`)));
      this.stream = stream;
    }
    return this.stream;
  }

  write(line: string): Promise<void> {
    const stream = this.open();
    if (this.failure) return Promise.reject(this.failure);
    if (stream.write(`${line}\n`)) return Promise.resolve();
    // Wait for the stream to drain, or for the error handler (set once, in open) to record a failure.
    return new Promise<void>((resolve, reject) => {
      const settle = () => {
        stream.off("drain", settle);
        stream.off("error", settle);
        if (this.failure) reject(this.failure);
        else resolve();
      };
      stream.on("drain", settle);
      stream.on("error", settle);
    });
  }

  async close(): Promise<void> {
    const stream = this.open();
    if (stream === process.stdout) return;
    await new Promise<void>((resolve, reject) => {
      stream.end(() => resolve());
      stream.once("error", () => reject(this.failure));
    });
    if (this.failure) throw this.failure;
  }
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  const { rubricId, maxChars, format } = workerData as { rubricId: string; maxChars: number; format: OutputFormat };
  const rubric = getRubric(rubricId)!;
  parentPort!.on("message", ({ id, records }: { id: number; records: InputRecord[] }) => {
    parentPort!.postMessage({ id, outcomes: scoreRecords(rubric, maxChars, format, records) });
  });
} else if (isEntryPoint()) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interview-rubrics: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT_SOME_FAILED;
  },
);
