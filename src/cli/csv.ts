// A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, newlines in quotes).
// Records are yielded as they complete, so memory does not grow with the file.

/** Splits CSV text arriving in chunks into records of fields. */
export class CsvReader {
  private field = "";
  private record: string[] = [];
  private quoted = false;
  private afterQuote = false;

  /** Feeds a chunk; returns the records it completed. */
  push(chunk: string): string[][] {
    const done: string[][] = [];
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (this.quoted) {
        if (ch === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          this.field += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
        continue;
      }
      this.afterQuote = false;
      if (ch === ",") {
        this.record.push(this.field);
        this.field = "";
      } else if (ch === "\n") {
        this.record.push(this.field.endsWith("\r") ? this.field.slice(0, -1) : this.field);
        done.push(this.record);
        this.record = [];
        this.field = "";
      } else {
        this.field += ch;
      }
    }
    return done;
  }

  /** Ends the input; returns the last record if the file did not end with a newline. */
  end(): string[][] {
    if (this.field === "" && this.record.length === 0) return [];
    this.record.push(this.field);
    const last = this.record;
    this.record = [];
    this.field = "";
    return [last];
  }
}

/** Quotes a value for CSV output when it needs it. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
