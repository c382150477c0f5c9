import { describe, expect, it } from "vitest";
import { InputCutter } from "../src/cli/cutter.js";
import { type InputFormat, type InputRecord, RecordReader } from "../src/cli/records.js";

// --workers cuts the input into pieces on the main thread and reads each piece on its own: the
// records (ids, answers, and errors that name a line or a row) must be those of reading the whole
// input as one stream, wherever the chunks and the pieces end.
function whole(format: InputFormat, bytes: Uint8Array): InputRecord[] {
  const reader = new RecordReader(format);
  return [...reader.push(bytes), ...reader.end()];
}

function cutUp(format: InputFormat, bytes: Uint8Array, chunkSizes: number[], target: number): InputRecord[] {
  const cutter = new InputCutter(format, target);
  const pieces = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = chunkSizes[k % chunkSizes.length]!;
    pieces.push(...cutter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  pieces.push(...cutter.end());
  return pieces.flatMap((piece) => {
    const reader = new RecordReader(format, piece);
    return [...reader.push(piece.data), ...reader.end()];
  });
}

const jsonl = [
  "\uFEFF" + JSON.stringify({ id: 1, text: "I missed the date — my fault." }),
  "{not json",
  "",
  "   ",
  JSON.stringify({ text: "no id: the line number is the id" }),
  JSON.stringify({ id: 4, text: "windows line\u2028ending" }) + "\r",
  "[1, 2]",
  JSON.stringify({ id: "ü", answer: { text: "我没有检查交货时间" } }),
  "{broken last line without a newline",
].join("\n");

const csv = [
  "\uFEFF",
  "  ,",
  'ID,Text,extra',
  'r1,"two lines,\nwith a comma and ""quotes""",x\r',
  "",
  "r2",
  ',"no id: the row is the id"',
  '" ",""',
  '"\u00a0",',
  '""""',
  "r3,ünïcödé 我没有",
  'r4,"unterminated\n\nquote',
].join("\n");

describe("InputCutter (--workers)", () => {
  const encoder = new TextEncoder();
  it.each([
    ["jsonl", jsonl],
    ["jsonl", `${jsonl}\n`],
    ["csv", csv],
    ["csv", csv.replace(/"quote$/, '"quote"\n')],
    ["jsonl", ""],
    ["csv", "\n\nid,text"],
    ["jsonl", "\uFEFF\uFEFF{}\n"],
  ] as const)("reads %s pieces as the whole stream, at every cut", (format, text) => {
    const bytes = encoder.encode(text);
    const expected = whole(format, bytes);
    for (const target of [1, 2, 3, 7, 40, 1 << 20]) {
      for (const chunks of [[1], [2, 5], [3], [17, 1, 64], [1 << 20]]) {
        expect(cutUp(format, bytes, chunks, target)).toEqual(expected);
      }
    }
  });

  it("reports a CSV without a text column as the stream does", () => {
    const bytes = encoder.encode("\n\nid,answer\nr1,hello\n");
    expect(() => whole("csv", bytes)).toThrow(/needs a "text" column \(found: id, answer\)/);
    expect(() => cutUp("csv", bytes, [3], 2)).toThrow(/needs a "text" column \(found: id, answer\)/);
  });

  it("cuts pieces that end at record boundaries and own their buffers", () => {
    const cutter = new InputCutter("jsonl", 10);
    const pieces = [...cutter.push(encoder.encode('{"id":1}\n{"id":2}\n{"id":3')), ...cutter.end()];
    expect(pieces.map((p) => new TextDecoder().decode(p.data))).toEqual(['{"id":1}\n{"id":2}\n', '{"id":3']);
    expect(pieces.map((p) => p.lines)).toEqual([0, 2]);
    for (const p of pieces) expect(p.data.buffer.byteLength).toBe(p.data.byteLength);
  });
});
