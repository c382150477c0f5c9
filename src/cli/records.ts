// Input records from JSONL or CSV text arriving in chunks. Light on purpose: the scoring threads
// use it, and it needs nothing of the scorer.
import { StringDecoder } from "node:string_decoder";
import { CsvReader } from "./csv.js";
import { UsageError } from "./errors.js";

/** One input record: an id and the answer to score, or why the line could not be read. */
export interface InputRecord {
  readonly id: unknown;
  readonly answer?: unknown;
  readonly error?: string;
}

/** The input formats the command line reads. */
export type InputFormat = "jsonl" | "csv";

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

/**
 * Where a reader starts when it reads one piece of a file cut at record boundaries (--workers):
 * the lines or CSV rows before the piece and the CSV header, so ids and messages that name a line
 * or a row are those of the whole file. The byte-order mark was taken off the file's start by
 * whoever cut it.
 */
export interface ReaderStart {
  readonly lines: number;
  readonly rows: number;
  readonly header: readonly string[] | null;
}

/** Turns chunks of input (bytes or text) into records, in order, as each one completes. */
export class RecordReader {
  private readonly utf8 = new StringDecoder("utf8");
  // A byte-order mark (as spreadsheet exports write) is not part of the first record.
  private first: boolean;
  private pending = "";
  private lineNumber: number;
  private readonly csv = new CsvReader();
  private header: string[] | null;
  private row: number;

  constructor(
    private readonly format: InputFormat,
    start?: ReaderStart,
  ) {
    this.first = start === undefined;
    this.lineNumber = start?.lines ?? 0;
    this.row = start?.rows ?? 0;
    this.header = start?.header ? [...start.header] : null;
  }

  /** Feeds a chunk; returns the records it completed. Throws {@link UsageError} for a CSV without a "text" column. */
  push(chunk: Uint8Array | string): InputRecord[] {
    return this.take(typeof chunk === "string" ? chunk : this.decode(this.utf8.write(chunk as Buffer)), false);
  }

  /** Ends the input; returns the records still pending. */
  end(): InputRecord[] {
    return this.take(this.decode(this.utf8.end()), true);
  }

  private decode(text: string): string {
    if (!this.first || text === "") return text;
    this.first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private take(text: string, last: boolean): InputRecord[] {
    const out: InputRecord[] = [];
    if (this.format === "jsonl") {
      this.pending += text;
      let start = 0;
      let newline = this.pending.indexOf("\n");
      while (newline >= 0) {
        const line = this.pending.slice(start, newline).replace(/\r$/, "");
        this.lineNumber++;
        if (line.trim() !== "") out.push(fromJsonLine(line, this.lineNumber));
        start = newline + 1;
        newline = this.pending.indexOf("\n", start);
      }
      this.pending = this.pending.slice(start);
      if (last && this.pending.trim() !== "") out.push(fromJsonLine(this.pending, this.lineNumber + 1));
      return out;
    }
    for (const fields of this.csv.push(text)) this.addCsv(fields, out);
    if (last) for (const fields of this.csv.end()) this.addCsv(fields, out);
    return out;
  }

  private addCsv(fields: string[], out: InputRecord[]): void {
    // A blank line (often the last one) is no record, as in JSONL.
    if (isBlankCsv(fields)) return;
    if (this.header === null) {
      this.header = csvHeader(fields);
      return;
    }
    this.row++;
    const get = (name: string) => fields[this.header!.indexOf(name)];
    const id = get("id") ?? `row-${this.row}`;
    const text = get("text");
    out.push(text === undefined ? { id, error: `Row ${this.row} has no "text" field.` } : { id, answer: { text } });
  }
}

/**
 * Reads a CSV header record: its column names, trimmed and lower-cased.
 *
 * @param fields - The first non-blank record's fields.
 * @returns The column names. Throws {@link UsageError} when there is no "text" column.
 */
export function csvHeader(fields: readonly string[]): string[] {
  const header = fields.map((f) => f.trim().toLowerCase());
  if (!header.includes("text")) throw new UsageError(`The CSV header needs a "text" column (found: ${header.join(", ")}).`);
  return header;
}

/**
 * Whether a CSV record is blank (every field empty or white space), which is no record.
 *
 * @param fields - The record's fields.
 * @returns True for a blank record.
 */
export function isBlankCsv(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === "");
}
