import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, normalizeText } from "../src/index.js";
import { foldSpelling } from "../src/text/spelling.js";

const noCues = compileLexicon([]);

describe("normalizeText", () => {
  it("returns ASCII text untouched", () => {
    const n = normalizeText("I missed the deadline.");
    expect(n.text).toBe("I missed the deadline.");
    expect(n.toOriginal(2, 8)).toEqual({ start: 2, end: 8 });
  });

  it.each([
    ["CRLF and tabs", "I\r\n\r\nmissed\tthe  deadline", "missed"],
    ["zero-width characters", "I mi\u200Bssed the dead\u200Dline", "missed"],
    ["combining accents", "I misse\u0301d the cafe\u0301 deadline", "deadline"],
    ["emoji", "I 🙈 missed the 👩‍💻 deadline", "deadline"],
    ["typographic quotes", "I didn\u2019t say \u201Cfine\u201D", "say"],
    ["leading and trailing space", "  \u00A0 I missed it \u3000 ", "missed"],
  ])("maps every normalised span back to the original with %s", (_name, original, word) => {
    const n = normalizeText(original);
    for (let start = 0; start < n.text.length; start++) {
      for (let end = start + 1; end <= n.text.length; end++) {
        const back = n.toOriginal(start, end);
        expect(back.start).toBeGreaterThanOrEqual(0);
        expect(back.end).toBeLessThanOrEqual(original.length);
        expect(back.start).toBeLessThan(back.end);
      }
    }
    const at = n.text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = n.toOriginal(at, at + word.length);
    expect(original.slice(span.start, span.end).replace(/[\u200B\u200D]/g, "")).toBe(word);
  });

  it("composes combining accents (NFC) and folds whitespace, keeping paragraph breaks", () => {
    const n = normalizeText("cafe\u0301\r\n\r\n  next");
    expect(n.text).toBe("caf\u00E9\n\nnext");
  });
});

describe("analyze", () => {
  it("expands contractions, with and without apostrophes", () => {
    const norms = (text: string) => analyze(text, noCues).tokens.map((t) => t.norm);
    expect(norms("I didn't check")).toEqual(["i", "did", "not", "check"]);
    expect(norms("i didnt check")).toEqual(["i", "did", "not", "check"]);
    expect(norms("I\u2019ve learned")).toEqual(["i", "have", "learned"]);
    expect(norms("It's on me")).toEqual(["it", "is", "on", "me"]);
  });

  it("reads a name only in the first part of a contraction: the 'have' of \"I've\" is no name", () => {
    const names = (text: string) => analyze(text, noCues).tokens.filter((t) => t.name).map((t) => t.norm);
    expect(names("Since then I've been doing a set every night, and I'll keep at it.")).toEqual([]);
    expect(names("Then Sam's team took over.")).toEqual(["sam"]);
  });

  it("keeps a.m. and p.m. whole, and ends the sentence at their dot only before a capital", () => {
    const doc = analyze("We started at 9 a.m. Nobody had the keys. We left at 5 p.m. and went home. Dr. Patel agreed.", noCues);
    expect(doc.sentences).toHaveLength(4);
    expect(doc.tokens.filter((t) => t.norm === "am" || t.norm === "pm").map((t) => t.norm)).toEqual(["am", "pm"]);
  });

  it("scopes negation to the words after the negator, up to a new subject", () => {
    const doc = analyze("I didn't blame anyone, but what didn't work is that I gave too much.", noCues);
    const byWord = (w: string) => doc.tokens.find((t) => t.norm === w)!;
    expect(byWord("blame").negated).toBe(true);
    expect(byWord("gave").negated).toBe(false);
  });

  it("reads 'd before a past participle as \"had\", in the tokens signals read as in cue matching", () => {
    const doc = analyze("I'd set the target before you'd said a word.", noCues);
    expect(doc.tokens.filter((t) => t.norm === "had")).toHaveLength(2);
    expect(doc.tokens.some((t) => t.norm === "would")).toBe(false);
  });

  it("carries negation through a verb of opinion into the clause it introduces", () => {
    const doc = analyze("I don't think I need to change anything, and I didn't see why I should.", noCues);
    expect(doc.tokens.find((t) => t.norm === "need")!.negated).toBe(true);
    // "see" is not a verb of opinion: the new subject ends the scope as usual.
    expect(doc.tokens.find((t) => t.norm === "should")!.negated).toBe(false);
    // The clause may be about "that" or "it": "I don't think that's on me" does not own it.
    const owned = analyze("I don't think that's really on me.", noCues);
    expect(owned.tokens.find((t) => t.norm === "me")!.negated).toBe(true);
  });

  it("marks quoted speech in double and single quotes, but not possessive apostrophes", () => {
    const doc = analyze("My manager said \"this is your fault\" and the nurses' station said 'hurry up'.", noCues);
    const fault = doc.tokens.find((t) => t.norm === "fault")!;
    const station = doc.tokens.find((t) => t.norm === "station")!;
    const hurry = doc.tokens.find((t) => t.norm === "hurry")!;
    expect(fault.quoted).toBe(true);
    expect(station.quoted).toBe(false);
    expect(hurry.quoted).toBe(true);
  });

  it("finds who each clause is about", () => {
    const doc = analyze("The client changed the brief, but I never pushed back. We missed the date.", noCues);
    expect(doc.clauses.map((c) => c.subject)).toEqual(["others", "self", "group"]);
  });

  it("reads a possessive's noun phrase by its head: a role is someone else, a team is the group", () => {
    const doc = analyze("My line manager set the date. Our team lead signed it off. My team missed it. My plan was thin.", noCues);
    expect(doc.clauses.map((c) => c.subject)).toEqual(["others", "others", "group", "self"]);
  });

  it("reads a demonstrative after a preposition as part of an adverbial, not the subject", () => {
    const doc = analyze("After that one I started calling every vendor. That was the fix.", noCues);
    expect(doc.clauses.map((c) => c.subject)).toEqual(["self", "neutral"]);
  });

  it("treats fillers as invisible to cue matching", () => {
    const lexicon = compileLexicon([["i underestimated"]]);
    const list = lexicon.lists[0]!;
    expect(analyze("so um I, you know, underestimated it", lexicon).matches(list)).toHaveLength(1);
  });

  it("lets a gap follow a gap, so '... ...?' skips up to six words within a clause", () => {
    const lexicon = compileLexicon([["i let ... ...? slide"], ["i let ... slide"]]);
    const [twoGaps, oneGap] = lexicon.lists;
    const doc = analyze("I let my buyer follow up slide. I let it slide.", lexicon);
    expect(doc.matches(twoGaps!)).toHaveLength(2);
    expect(doc.matches(oneGap!)).toHaveLength(1);
  });

  it("reads gaps written in a row as one gap of their summed length", () => {
    const lexicon = compileLexicon([["a ... ... b"]]);
    const list = lexicon.lists[0]!;
    expect(analyze("a one two three four five six b", lexicon).matches(list)).toHaveLength(1);
    expect(analyze("a one two three four five six seven b", lexicon).matches(list)).toHaveLength(0);
  });

  it("keeps token offsets on the original string", () => {
    const text = "Ok\u200B… I\r\nmisse\u0301d it 🙈 — sorry";
    const doc = analyze(text, noCues);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end).length).toBeGreaterThan(0);
    const missed = doc.tokens.find((t) => t.norm.startsWith("miss"))!;
    expect(text.slice(missed.start, missed.end)).toBe("misse\u0301d");
  });
});

describe("foldSpelling", () => {
  it.each([
    ["apologised", "apologized"], ["prioritise", "prioritize"], ["behaviour", "behavior"], ["learnt", "learned"],
    ["organisation", "organization"], ["analysed", "analyzed"], ["travelled", "traveled"], ["colour", "color"],
  ])("folds %s to %s", (uk, us) => expect(foldSpelling(uk)).toBe(us));

  it.each(["advise", "promise", "exercise", "surprised", "otherwise", "raised", "four", "hour", "precise"])("leaves %s alone", (word) => {
    expect(foldSpelling(word)).toBe(word);
  });
});
