// The command line's worker thread (built to dist/cli-thread.js): it loads the scorer and the
// rubrics, which the main thread never does, and scores chunks of a stream or pieces of input cut
// at record boundaries, or runs "report" or "rubrics", as the main thread asks.
import { parentPort, workerData } from "node:worker_threads";
import * as engine from "./engine.js";
import type { Piece } from "./cutter.js";
import type { CommandReply, OutputFormat } from "./engine.js";
import { IoError, UsageError } from "./errors.js";
import { type InputFormat, type InputRecord, RecordReader } from "./records.js";

type ThreadData =
  | { readonly mode: "command"; readonly command: "report" | "rubrics"; readonly argv: string[]; readonly help: string }
  | { readonly mode: "chunks"; readonly rubricId: string | undefined };

// A scoring thread: loads the scorer, then answers the main thread's messages.
function runThread(data: ThreadData): void {
  const port = parentPort!;
  if (data.mode === "command") {
    let reply: CommandReply;
    try {
      reply = (data.command === "report" ? engine.commandReport : engine.commandRubrics)(data.argv, data.help);
    } catch (error) {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) reply = { code: 2, usage: (error as Error).message };
      else if (error instanceof IoError) reply = { code: 3, io: error.message };
      else throw error;
    }
    port.postMessage(reply);
    return;
  }
  const found = engine.findRubric(data.rubricId);
  port.postMessage({ type: "ready", problem: typeof found === "string" ? found : null, dimensionIds: typeof found === "string" ? [] : found.dimensionIds });
  if (typeof found === "string") return;
  const encoder = new TextEncoder();
  let config: { maxChars: number; format: OutputFormat; inputFormat: InputFormat } | null = null;
  let reader: RecordReader | null = null;
  // Chunks of a stream go through one reader, in order; a piece (whole records, --workers) is read
  // on its own, from where it starts in the file.
  port.on("message", (message: { type: "config"; maxChars: number; format: OutputFormat; inputFormat: InputFormat } | { type: "chunk"; data: Uint8Array } | { type: "end" } | ({ type: "piece" } & Piece)) => {
    if (message.type === "config") {
      config = message;
      reader = new RecordReader(message.inputFormat);
      return;
    }
    let records: InputRecord[];
    try {
      if (message.type === "piece") {
        const own = new RecordReader(config!.inputFormat, message);
        records = [...own.push(message.data), ...own.end()];
      } else {
        records = message.type === "chunk" ? reader!.push(message.data) : reader!.end();
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      port.postMessage({ type: "usage", message: error.message });
      return;
    }
    let text = "";
    let scored = 0;
    for (const outcome of engine.scoreRecords(found, config!.maxChars, config!.format, records)) {
      text += `${outcome.line}\n`;
      if (outcome.ok) scored++;
    }
    const bytes = encoder.encode(text);
    port.postMessage({ type: "out", data: bytes, scored, failed: records.length - scored }, [bytes.buffer]);
  });
}

runThread(workerData as ThreadData);
