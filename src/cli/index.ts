// The interview-rubrics command line: the only code in the package that touches process, fs
// and stdio. Usage: interview-rubrics --help
import { createReadStream, createWriteStream, existsSync, openSync, realpathSync, statSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker, isMainThread } from "node:worker_threads";
import { DEFAULT_MAX_CHARS } from "../score/limits.js";
import { LIBRARY } from "../version.js";
import type { CommandReply, OutputFormat } from "./engine.js";
import { csvField } from "./csv.js";
import { InputCutter, type Piece } from "./cutter.js";
import { IoError, UsageError, ioError } from "./errors.js";
import type { InputFormat } from "./records.js";

// The main thread only parses arguments and moves bytes; the scorer and the rubrics load on a
// worker thread (./thread.ts, built to cli-thread.js). Scoring makes garbage at a high rate and V8
// lets a heap grow well past its live size before collecting it; only a worker thread's heap can
// be capped from inside the process (resourceLimits), and a main thread that allocates little
// keeps its own heap small.
const THREAD_URL = new URL("./cli-thread.js", import.meta.url);

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_IO = 3;

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

// Bytes read so far, for the progress line's estimate of the time left.
const progress = { bytes: 0, total: 0 };

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
  // The scoring threads start loading the scorer now, while the rest of the arguments are checked;
  // they also check the rubric id, so a wrong id is still the first mistake reported.
  const maxCharsForLimits = Number(values["max-chars"] ?? DEFAULT_MAX_CHARS);
  const limits = heapLimits(Number.isInteger(maxCharsForLimits) && maxCharsForLimits > 0 ? maxCharsForLimits : DEFAULT_MAX_CHARS);
  const asked = Number(values.workers ?? 0);
  const size = Number.isInteger(asked) && asked >= 2 && asked <= MAX_WORKERS ? asked : 1;
  const threads = Array.from({ length: size }, () => new ScoringThread(values.rubric, limits));
  try {
    return await scoreWith(threads, values);
  } finally {
    await Promise.all(threads.map((thread) => thread.close()));
  }
}

interface ScoreValues {
  readonly rubric?: string | undefined;
  readonly input?: string | undefined;
  readonly "input-format"?: string | undefined;
  readonly output?: string | undefined;
  readonly format?: string | undefined;
  readonly "max-chars"?: string | undefined;
  readonly workers?: string | undefined;
}

async function scoreWith(threads: readonly ScoringThread[], values: ScoreValues): Promise<number> {
  const ready = (await Promise.all(threads.map((thread) => thread.ready)))[0]!;
  if (ready.problem !== null) throw new UsageError(ready.problem);
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
  if (!Number.isInteger(workers) || workers < 0 || workers > MAX_WORKERS) throw new UsageError(`--workers must be a whole number from 0 to ${MAX_WORKERS}.`);

  const output = new Output(values.output);
  const showProgress = process.stderr.isTTY === true && !process.env["CI"];
  const started = performance.now();
  let scored = 0;
  let failed = 0;
  const count = (ok: number, notOk: number) => {
    const before = scored + failed;
    scored += ok;
    failed += notOk;
    if (showProgress && Math.floor(before / 250) !== Math.floor((scored + failed) / 250)) {
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round((scored + failed) / Math.max(seconds, 1e-3));
      const eta = progress.total > 0 && progress.bytes > 0 ? ` · about ${Math.max(0, Math.round((seconds * (progress.total - progress.bytes)) / progress.bytes))}s left` : "";
      process.stderr.write(`\r${scored + failed} records · ${rate}/s${eta}   `);
    }
  };
  // The CSV header goes out with the first record, so an input rejected before it (a CSV with no
  // "text" column) leaves no half-written output behind.
  const header = format === "csv" ? ["id", "status", "band", "total", "max", ...ready.dimensionIds, "flags", "error"].map(csvField).join(",") : null;
  let headerWritten = false;
  const writeHeader = async () => {
    if (header !== null && !headerWritten) await output.write(`${header}\n`);
    headerWritten = true;
  };
  const readError = (error: unknown) => (error instanceof UsageError || error instanceof IoError ? error : ioError(error, `read ${input === "-" ? "standard input" : input}`));

  // Output comes back from each thread in the order it was sent input; `order` names the thread of
  // each message in flight, in input order, so output is written in input order. A bounded number
  // in flight keeps every thread busy without buffering the file.
  for (const thread of threads) thread.start({ maxChars, format, inputFormat });
  const order: ScoringThread[] = [];
  const maxInFlight = threads.length === 1 ? MAX_CHUNKS_IN_FLIGHT : threads.length * PIECES_IN_FLIGHT_PER_THREAD;
  const writeNext = async () => {
    const out = await order.shift()!.next();
    if (out.data.byteLength > 0) {
      await writeHeader();
      await output.write(out.data);
    }
    count(out.scored, out.failed);
  };
  const sent = async (thread: ScoringThread) => {
    order.push(thread);
    if (order.length >= maxInFlight) await writeNext();
  };
  // With one thread, chunks of input go to it as they are read and it reads them as one stream.
  // With several, the main thread cuts the input into pieces of whole records, each scored on its
  // own by the thread with the least in flight.
  const cutter = threads.length === 1 ? null : new InputCutter(inputFormat, PIECE_BYTES);
  let turn = 0;
  const sendPieces = async (pieces: Piece[]) => {
    for (const piece of pieces) {
      let thread = threads[turn++ % threads.length]!;
      for (const other of threads) if (other.inFlight < thread.inFlight) thread = other;
      thread.sendPiece(piece);
      await sent(thread);
    }
  };
  const stream = input === "-" ? process.stdin : createReadStream(input);
  progress.total = input === "-" ? 0 : statSync(input).size;
  try {
    for await (const chunk of stream) {
      progress.bytes += (chunk as Buffer).length;
      if (cutter === null) {
        threads[0]!.send(chunk as Buffer);
        await sent(threads[0]!);
      } else {
        await sendPieces(cutter.push(chunk as Buffer));
      }
    }
    if (cutter !== null) await sendPieces(cutter.end());
  } catch (error) {
    throw readError(error);
  }
  if (cutter === null) {
    threads[0]!.end();
    order.push(threads[0]!);
  }
  while (order.length > 0) await writeNext();
  await writeHeader();
  await output.close();
  const seconds = (performance.now() - started) / 1000;
  if (showProgress) process.stderr.write("\r");
  process.stderr.write(`${bold("interview-rubrics")}: ${scored} scored, ${failed} failed in ${seconds.toFixed(2)}s\n`);
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

// "report" and "rubrics" need the rubrics, so they run on a thread too, which returns what to print.
async function onThread(command: "report" | "rubrics", argv: string[]): Promise<number> {
  const worker = new Worker(THREAD_URL, { workerData: { mode: "command", command, argv, help: HELP[command] } });
  try {
    const reply = await new Promise<CommandReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", (error) => reject(new IoError(`a worker thread failed: ${error.message}`)));
      worker.once("exit", (code) => reject(new IoError(`a worker thread stopped early (exit code ${code})`)));
    });
    if (reply.usage !== undefined) throw new UsageError(reply.usage);
    if (reply.io !== undefined) throw new IoError(reply.io);
    if (reply.stdout) process.stdout.write(reply.stdout);
    if (reply.stderr) process.stderr.write(reply.stderr);
    return reply.code;
  } finally {
    await worker.terminate();
  }
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
    if (command === "report") return await onThread("report", rest);
    if (command === "rubrics") return await onThread("rubrics", rest);
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

// Chunks of input (64 KiB each from a file) sent ahead of the output written, with one thread.
const MAX_CHUNKS_IN_FLIGHT = 4;
// With --workers: the size of a piece of input (it ends at the first record boundary past it), and
// the pieces sent ahead of the output written, per thread.
const PIECE_BYTES = 64 * 1024;
const PIECES_IN_FLIGHT_PER_THREAD = 3;
const MAX_WORKERS = 64;

/**
 * A scoring thread's heap limits. Its live data is the scorer (about 20 MB) and one answer; the
 * rest of a heap is garbage waiting to be collected, which V8 otherwise lets grow to several times
 * the live size (10,000 records peaked at 160 MB RSS when scored on the main thread). The old generation gets
 * room for the longest answer accepted (about 1 kB per character, several times what scoring one
 * takes), so a long answer is never a crash.
 */
function heapLimits(maxChars: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_BASE_MB + Math.ceil(maxChars / 1000) };
}
// Chosen by paired runs on 10,000 records (median of 3): young 8 / old 40 peaked at 124 MB RSS
// with the CPU time of an inline run; young 16 peaked at 145 MB, old 60 at 126 MB. The scorer has
// grown since: on 20,000 records (4 runs each, alternating) young 8 peaked at 141-167 MB and young
// 6 at 136-141 MB, for about a tenth more CPU time (user 25-29 s against 22-26 s).
const YOUNG_GENERATION_MB = 6;
const OLD_GENERATION_BASE_MB = 40;

interface ThreadOutput {
  readonly data: Uint8Array;
  readonly scored: number;
  readonly failed: number;
}

type ThreadMessage =
  | { readonly type: "ready"; readonly problem: string | null; readonly dimensionIds: readonly string[] }
  | ({ readonly type: "out" } & ThreadOutput)
  | { readonly type: "usage"; readonly message: string };

// A thread that scores: it is sent chunks of a stream of input bytes, or pieces of whole records,
// and answers each with the output bytes of the records completed, in the order it was sent them.
// Bytes (transferred, not copied) rather than records keep the main thread's own allocation, and
// so its heap, small.
class ScoringThread {
  readonly ready: Promise<{ problem: string | null; dimensionIds: readonly string[] }>;
  /** Messages sent and not yet answered (as taken by {@link next}). */
  inFlight = 0;
  private readonly worker: Worker;
  private readonly queue: ThreadMessage[] = [];
  private waiting: { resolve: () => void } | null = null;
  private failure: Error | null = null;
  private closing = false;

  constructor(rubricId: string | undefined, resourceLimits: ReturnType<typeof heapLimits>) {
    this.worker = new Worker(THREAD_URL, { workerData: { mode: "chunks", rubricId }, resourceLimits });
    this.worker.on("message", (message: ThreadMessage) => {
      this.queue.push(message);
      this.wake();
    });
    this.worker.on("error", (error) => this.fail(new IoError(`a worker thread failed: ${error.message}`)));
    this.worker.on("exit", (code) => {
      if (!this.closing) this.fail(new IoError(`a worker thread stopped early (exit code ${code})`));
    });
    this.ready = this.take().then((message) => {
      if (message.type !== "ready") throw new IoError(`a worker thread sent "${message.type}" before it was ready`);
      return message;
    });
  }

  start(config: { maxChars: number; format: OutputFormat; inputFormat: InputFormat }): void {
    this.worker.postMessage({ type: "config", ...config });
  }

  send(chunk: Uint8Array): void {
    const copy = new Uint8Array(chunk);
    this.inFlight++;
    this.worker.postMessage({ type: "chunk", data: copy }, [copy.buffer]);
  }

  /** Sends a piece of whole records; its buffer is transferred (the piece owns all of it). */
  sendPiece(piece: Piece): void {
    this.inFlight++;
    this.worker.postMessage({ type: "piece", ...piece }, [piece.data.buffer]);
  }

  end(): void {
    this.inFlight++;
    this.worker.postMessage({ type: "end" });
  }

  /** The output of the next chunk sent; rejects with the usage error of a bad CSV header. */
  async next(): Promise<ThreadOutput> {
    const message = await this.take();
    this.inFlight--;
    if (message.type === "usage") throw new UsageError(message.message);
    if (message.type !== "out") throw new IoError(`a worker thread sent "${message.type}" out of turn`);
    return message;
  }

  private async take(): Promise<ThreadMessage> {
    for (;;) {
      const message = this.queue.shift();
      if (message !== undefined) return message;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiting = { resolve }));
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.worker.terminate();
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

  write(data: string | Uint8Array): Promise<void> {
    const stream = this.open();
    if (this.failure) return Promise.reject(this.failure);
    if (stream.write(data)) return Promise.resolve();
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

if (isMainThread && isEntryPoint()) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interview-rubrics: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT_SOME_FAILED;
  },
);
