import { lazyRegExp } from "./unicode.js";

/**
 * A normalised copy of an answer, with the map back to the original string.
 *
 * Signals read the normalised text; evidence is reported on the original, so a UI can
 * highlight exactly what the candidate wrote, emoji, CRLF and combining accents included.
 */
export interface NormalizedText {
  /** The string the candidate sent, untouched. */
  readonly original: string;
  /** NFC, zero-width and control characters removed, typographic quotes folded, whitespace folded and trimmed. */
  readonly text: string;
  /**
   * Maps a half-open range of {@link NormalizedText.text} to the half-open range of
   * {@link NormalizedText.original} it came from.
   */
  toOriginal(start: number, end: number): {
    /** Offset in {@link NormalizedText.original} where the range starts. */
    start: number;
    /** Offset in {@link NormalizedText.original} where it ends (exclusive), so `original.slice(start, end)` is the source text. */
    end: number;
  };
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const SPACES = new Set([0x09, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);
const QUOTE_FOLD: Record<number, string> = {
  0x2018: "'",
  0x2019: "'",
  0x201a: "'",
  0x02bc: "'",
  0x2032: "'",
  0x201c: '"',
  0x201d: '"',
  0x201e: '"',
  0x00ab: '"',
  0x00bb: '"',
};
// Anything outside printable ASCII, or whitespace that folding would change, needs the slow path.
const NEEDS_WORK = /[^\n\x20-\x7e]|[ \n] |\n\n\n|\n \n| \n|^[ \n]|[ \n]$/;
// Built on first use (see unicode.ts): only text with a character from U+0300 up reaches it.
const combining = lazyRegExp("\\p{M}", "u");

function isSpace(code: number): boolean {
  return SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);
}

function isDropped(code: number): boolean {
  return ZERO_WIDTH.has(code) || code < 0x09 || (code > 0x0d && code < 0x20) || code === 0x7f || (code >= 0x80 && code < 0xa0 && code !== 0x85);
}

const identity = (original: string): NormalizedText => ({
  original,
  text: original,
  toOriginal: (start, end) => ({ start, end }),
});

/**
 * Normalises an answer for analysis and keeps an offset map back to the original.
 *
 * @param original - The answer as the candidate wrote it.
 * @returns The normalised text with {@link NormalizedText.toOriginal}.
 */
export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return identity(original);

  const out: string[] = [];
  // starts[i] / ends[i]: the original range the i-th normalised UTF-16 unit came from. Typed
  // arrays, grown on the rare occasion composition makes the text longer.
  let starts = new Int32Array(original.length + 8);
  let ends = new Int32Array(original.length + 8);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra <= starts.length) return;
    const size = Math.max(starts.length * 2, length + extra);
    const grownStarts = new Int32Array(size);
    const grownEnds = new Int32Array(size);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  const emit = (piece: string, from: number, to: number) => {
    reserve(piece.length);
    out.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts[length] = from;
      ends[length] = to;
      length++;
    }
  };
  // A run of plain ASCII copied as is: one slice, offsets one to one.
  const emitRun = (from: number, to: number) => {
    reserve(to - from);
    out.push(original.slice(from, to));
    for (let k = from; k < to; k++) {
      starts[length] = k;
      ends[length] = k + 1;
      length++;
    }
  };

  let i = 0;
  const n = original.length;
  // Whitespace runs fold to one space, one line break, or a paragraph break (two or more lines).
  // The pending run of whitespace: where it starts (-1 for none), where it ends, its line breaks.
  let spaceFrom = -1;
  let spaceTo = 0;
  let breaks = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (isSpace(code) || LINE_BREAKS.has(code)) {
      if (spaceFrom < 0) {
        spaceFrom = i;
        breaks = 0;
      }
      // "\r\n" is one line break, not two.
      if (LINE_BREAKS.has(code) && !(code === 0x0d && original.charCodeAt(i + 1) === 0x0a)) breaks++;
      spaceTo = ++i;
      continue;
    }
    if (isDropped(code)) {
      i++;
      continue;
    }
    if (spaceFrom >= 0) {
      if (out.length > 0) emit(breaks >= 2 ? "\n\n" : breaks === 1 ? "\n" : " ", spaceFrom, spaceTo);
      spaceFrom = -1;
    }
    const folded = QUOTE_FOLD[code];
    if (folded !== undefined) {
      emit(folded, i, i + 1);
      i++;
      continue;
    }
    // ASCII fast path, unless a combining mark follows ("e" + U+0301 composes to "é"): copy the
    // whole run of printable ASCII up to the next special character. A single space between two
    // printable characters stays as it is, so one run usually spans many words.
    if (code < 0x80 && !(i + 1 < n && original.charCodeAt(i + 1) >= 0x300 && combining().test(original[i + 1]!))) {
      let j = i + 1;
      while (j < n) {
        const c = original.charCodeAt(j);
        if (c === 0x20 ? !(j + 1 < n && original.charCodeAt(j + 1) > 0x20 && original.charCodeAt(j + 1) < 0x7f) : c < 0x20 || c >= 0x7f) break;
        j++;
      }
      // Leave the last character for the slow check when something non-ASCII follows it.
      if (j < n && original.charCodeAt(j) >= 0x300 && j - 1 > i) j--;
      emitRun(i, j);
      i = j;
      continue;
    }
    // A non-ASCII cluster: one code point plus its combining marks, composed as a unit,
    // so every unit of the composed form maps back to the whole cluster.
    const from = i;
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n) {
      const cp = original.codePointAt(i)!;
      if (isDropped(cp) && !ZERO_WIDTH.has(cp)) break;
      const ch = String.fromCodePoint(cp);
      if (!combining().test(ch)) break;
      i += ch.length;
    }
    const cluster = original.slice(from, i);
    let composed = "";
    for (const ch of cluster) if (!ZERO_WIDTH.has(ch.codePointAt(0)!)) composed += ch;
    emit(composed.normalize("NFC"), from, i);
  }

  const text = out.join("");
  if (text === original) return identity(original);
  return {
    original,
    text,
    toOriginal(start, end) {
      if (end <= start) {
        const at = start < length ? starts[start]! : original.length;
        return { start: at, end: at };
      }
      return { start: starts[start]!, end: ends[end - 1]! };
    },
  };
}
