// Cuts the input's bytes into pieces at record boundaries for --workers, on the main thread: each
// piece is read, scored and formatted on a worker thread on its own, so the main thread never
// parses a record. A JSONL record ends at a newline byte; a CSV record at a newline byte outside
// quotes, which is one after an even number of quote bytes, since every quote byte opens or closes
// a quoted stretch (a doubled quote inside one closes and reopens it). A newline byte is never part
// of a multi-byte UTF-8 character, so each piece decodes as it would within the whole file.
import { StringDecoder } from "node:string_decoder";
import { CsvReader } from "./csv.js";
import { type InputFormat, type ReaderStart, csvHeader, isBlankCsv } from "./records.js";

/** A piece of input: whole records, and where in the file they start. */
export interface Piece extends ReaderStart {
  readonly data: Uint8Array<ArrayBuffer>;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;

// The bytes a blank CSV record (every field empty or white space) can hold: ASCII white space,
// commas, quotes, and the bytes of other characters, some of which are white space. A record with
// any other byte has a field that is not blank; one without is parsed to be sure.
const MAYBE_BLANK = new Uint8Array(256);
for (const byte of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x22, 0x2c]) MAYBE_BLANK[byte] = 1;
MAYBE_BLANK.fill(1, 0x80);

function parseCsvRecord(bytes: Uint8Array): string[] {
  const decoder = new StringDecoder("utf8");
  const csv = new CsvReader();
  const text = decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) + decoder.end();
  return [...csv.push(text), ...csv.end()][0] ?? [];
}

/** Turns chunks of input bytes into pieces of about `target` bytes that end at record boundaries. */
export class InputCutter {
  /** The CSV header, once read (the header record is not part of any piece). */
  header: string[] | null = null;
  // The bytes not cut into a piece yet, as they came (joined only to cut, so a record of many
  // chunks costs no more than its length), and their length.
  private parts: Buffer[] = [];
  private size = 0;
  private bomChecked = false;
  // Lines (JSONL) or CSV rows in the pieces cut so far.
  private lines = 0;
  private rows = 0;
  // The scan, in offsets into the pending bytes: how far it has read, the end of the last complete
  // record, and for CSV whether it is inside quotes, where the record being read started and
  // whether it surely is not blank, the complete rows after the header not yet cut into a piece,
  // and the end of the records up to the header (blank ones, then the header), part of no piece.
  private scanned = 0;
  private boundary = 0;
  private quoted = false;
  private recordStart = 0;
  private surelyFilled = false;
  private rowsPending = 0;
  private preamble = 0;

  constructor(
    private readonly format: InputFormat,
    private readonly target: number,
  ) {}

  /** Feeds a chunk; returns the pieces it completed. Throws {@link UsageError} for a CSV without a "text" column. */
  push(chunk: Uint8Array): Piece[] {
    if (chunk.byteLength === 0) return [];
    this.parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.size += chunk.byteLength;
    if (!this.checkBom(false)) return [];
    this.scan();
    return (this.format === "jsonl" || this.header !== null) && this.boundary >= this.target ? [this.cut(this.boundary)] : [];
  }

  /** Ends the input; returns the last piece, if any. */
  end(): Piece[] {
    this.checkBom(true);
    this.scan();
    if (this.format === "csv" && this.header === null) {
      // No header yet: what is left is at most one record, which would be the header.
      const fields = parseCsvRecord(this.range(0, this.size));
      if (!isBlankCsv(fields)) this.header = csvHeader(fields);
      return [];
    }
    return this.size > 0 ? [this.cut(this.size)] : [];
  }

  // A byte-order mark (as spreadsheet exports write) is not part of the first record.
  private checkBom(last: boolean): boolean {
    if (this.bomChecked) return true;
    if (this.size < 3 && !last) return false;
    this.bomChecked = true;
    const head = this.range(0, 3);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) this.drop(3);
    return true;
  }

  private scan(): void {
    let at = 0;
    for (const part of this.parts) {
      const from = Math.max(this.scanned - at, 0);
      if (from < part.length) {
        if (this.format === "jsonl") {
          const newline = part.lastIndexOf(NEWLINE);
          if (newline >= from) this.boundary = at + newline + 1;
        } else {
          this.scanCsv(part, from, at);
        }
      }
      at += part.length;
    }
    this.scanned = this.size;
    this.drop(this.preamble);
    this.preamble = 0;
  }

  private scanCsv(bytes: Buffer, from: number, at: number): void {
    for (let i = from; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte === QUOTE) this.quoted = !this.quoted;
      else if (byte === NEWLINE && !this.quoted) this.endRecord(at + i + 1);
      else if (MAYBE_BLANK[byte] === 0) this.surelyFilled = true;
    }
  }

  private endRecord(end: number): void {
    const filled = this.surelyFilled || !isBlankCsv(parseCsvRecord(this.range(this.recordStart, end)));
    if (this.header === null) {
      if (filled) this.header = csvHeader(parseCsvRecord(this.range(this.recordStart, end)));
      this.preamble = end;
    } else if (filled) {
      this.rowsPending++;
    }
    this.recordStart = end;
    this.surelyFilled = false;
    this.boundary = end;
  }

  // A copy of the pending bytes from start to end.
  private range(start: number, end: number): Buffer {
    const out: Buffer[] = [];
    let at = 0;
    for (const part of this.parts) {
      if (at >= end) break;
      const from = Math.max(start - at, 0);
      const to = Math.min(end - at, part.length);
      if (from < to) out.push(part.subarray(from, to));
      at += part.length;
    }
    return Buffer.concat(out);
  }

  private cut(end: number): Piece {
    // A copy of its own, so its buffer can be transferred to a worker whole.
    const data = new Uint8Array(end);
    let at = 0;
    for (const part of this.parts) {
      if (at >= end) break;
      data.set(part.subarray(0, end - at), at);
      at += part.length;
    }
    const piece: Piece = { data, lines: this.lines, rows: this.rows, header: this.header };
    if (this.format === "jsonl") {
      for (let i = data.indexOf(NEWLINE); i >= 0; i = data.indexOf(NEWLINE, i + 1)) this.lines++;
    }
    this.rows += this.rowsPending;
    this.rowsPending = 0;
    this.drop(end);
    return piece;
  }

  private drop(count: number): void {
    if (count === 0) return;
    let left = count;
    while (left > 0 && left >= this.parts[0]!.length) left -= this.parts.shift()!.length;
    if (left > 0) this.parts[0] = this.parts[0]!.subarray(left);
    this.size -= count;
    this.scanned = Math.max(0, this.scanned - count);
    this.recordStart = Math.max(0, this.recordStart - count);
    this.boundary = Math.max(0, this.boundary - count);
  }
}
