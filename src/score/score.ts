import type { z } from "zod";
import type { Criterion, Level, LevelDecision, Readout } from "../define/criterion.js";
import type { AnswerPart, DimensionLink, Rubric, Sections } from "../define/rubric.js";
import type { Signal, SignalHit } from "../define/signal.js";
import { RubricInputError } from "../errors.js";
import { scorerInstruction } from "../signals/scorerInstruction.js";
import { topicWords } from "../signals/topicWords.js";
import { appliedChange } from "../signals/appliedChange.js";
import { failureMention } from "../signals/failureMention.js";
import { learningMarker } from "../signals/learningMarker.js";
import { ownCausalAction } from "../signals/ownCausalAction.js";
import { ownResponsibility } from "../signals/ownResponsibility.js";
import { selfCritique } from "../signals/selfCritique.js";
import { interviewReference } from "../signals/interviewReference.js";
import { platitude } from "../signals/platitude.js";
import { analyze, type Document } from "../text/analyze.js";
import { runSignals } from "./detect.js";
import { compileLexicon, type Lexicon } from "../text/lexicon.js";
import { ENGLISH_FUNCTION_WORDS } from "../text/words.js";
import { asciiFirst } from "../text/unicode.js";
import { FUNCTION_WORDS } from "../signals/helpers.js";
import { LIBRARY } from "../version.js";
import { DEFAULT_MAX_CHARS } from "./limits.js";
import { canonicalJson, compareCodeUnits, contentHash } from "./hash.js";
import type { Band, DimensionScore, Evidence, FlagResult, Probe, ReviewReason, ScoreResult } from "./result.js";

/** Options for {@link score} and {@link safeScore}. */
export interface ScoreOptions {
  /** Longest answer accepted, in characters; longer answers are rejected, never truncated. Default 20,000. */
  readonly maxChars?: number;
}

export { DEFAULT_MAX_CHARS } from "./limits.js";

/**
 * The dimension ids of a rubric type: `DimensionOf<typeof lastJobFailure>` is
 * `"ownership" | "lesson" | "momentum"`. For a union of rubrics (a rubric chosen at run time),
 * the union of their ids.
 */
export type DimensionOf<R> = R extends Rubric<infer K, any> ? K : never;

/**
 * What {@link score} returns for a rubric type. For a union of rubrics it is the union of their
 * results, so only the dimensions they share can be read without narrowing on `rubric.id`.
 */
export type ScoreResultOf<R> = R extends Rubric<infer K, any> ? ScoreResult<K> : never;

/** What {@link safeScore} returns for a rubric type; distributes over a union like {@link ScoreResultOf}. */
export type SafeScoreResultOf<R> = R extends Rubric<infer K, any> ? SafeScoreResult<K> : never;

/** What {@link safeScore} returns. */
export type SafeScoreResult<K extends string> =
  | {
      /** `true`: the answer was scored; narrows the union to the branch with `data`. */
      readonly success: true;
      /** The result, exactly what {@link score} would have returned. */
      readonly data: ScoreResult<K>;
    }
  | {
      /** `false`: the answer could not be scored; narrows the union to the branch with `error`. */
      readonly success: false;
      /** Why not: the input's problem, or `scoring-failed` when scoring itself threw (e.g. in a custom signal or criterion). */
      readonly error: RubricInputError;
    };

/** Signals every rubric runs, to decide whether an answer needs a person. */
const REVIEW_SIGNALS: readonly Signal[] = [scorerInstruction, topicWords];
const MAX_EVIDENCE_PER_DIMENSION = 8;
// Below this length an answer is judged on its own terms: too few words to call it off the question.
const OFF_TOPIC_MIN_WORDS = 25;

/**
 * Whether a word is written in Latin letters, digits, apostrophes and hyphens, as
 * `/^[\p{Script=Latin}\p{N}'-]+$/u` tests: on ASCII words \p{Script=Latin} is A-Z and a-z and
 * \p{N} is 0-9, and the Unicode pattern is built only for a word outside ASCII (text/unicode.ts).
 *
 * @internal
 */
export const isLatinWord = asciiFirst(/^[A-Za-z0-9'-]+$/, "^[\\p{Script=Latin}\\p{N}'-]+$");

interface Compiled {
  readonly lexicon: Lexicon;
  readonly signals: readonly Signal[];
  readonly hash: string;
}

const compiledRubrics = new WeakMap<Rubric<string, z.ZodType>, Compiled>();

function describeRubric(rubric: Rubric<string, z.ZodType>, signals: readonly Signal[]): unknown {
  return {
    id: rubric.id,
    version: rubric.version,
    questions: rubric.questions.questions,
    criteria: rubric.dimensionIds.map((key) => {
      const criterion = rubric.criteria[key] as Criterion;
      return { key, title: criterion.title, anchors: criterion.anchors, probes: criterion.probes, section: criterion.section, signals: criterion.signals.map((s) => s.id), params: rubric.params[key] };
    }),
    flags: rubric.flags.map((flag) => ({ id: flag.id, severity: flag.severity, message: flag.message, signals: flag.signals.map((s) => s.id) })),
    signals: signals.map((signal) => ({ id: signal.id, cues: signal.cues, uses: signal.uses.map((s) => s.id) })),
    weights: rubric.weights,
    bands: rubric.bands,
    review: rubric.reviewPolicy,
  };
}

function compile(rubric: Rubric<string, z.ZodType>): Compiled {
  let compiled = compiledRubrics.get(rubric);
  if (!compiled) {
    const signals = [...rubric.signals, ...REVIEW_SIGNALS.filter((s) => !rubric.signals.includes(s))];
    const lexicon = compileLexicon(signals.flatMap((signal) => Object.values(signal.cues)));
    compiled = { lexicon, signals, hash: contentHash(canonicalJson(describeRubric(rubric, signals))) };
    compiledRubrics.set(rubric, compiled);
  }
  return compiled;
}

/**
 * The content hash of a rubric's definition: its questions, anchors, parameters, flags and
 * every signal's cue lists. Two rubrics with the same hash score the same way.
 *
 * @param rubric - The rubric.
 * @returns 16 hex digits.
 */
export function rubricHash<K extends string, S extends z.ZodType>(rubric: Rubric<K, S>): string {
  return compile(rubric as unknown as Rubric<string, z.ZodType>).hash;
}

function readoutFor(doc: Document, hits: Map<Signal, readonly SignalHit[]>, range: { first: number; last: number } | undefined): Readout {
  const inRange = (hit: SignalHit) => range === undefined || (hit.first >= range.first && hit.first <= range.last);
  const cache = new Map<Signal, readonly SignalHit[]>();
  const hitsOf = (signal: Signal): readonly SignalHit[] => {
    let found = cache.get(signal);
    if (!found) {
      const all = hits.get(signal);
      if (!all) throw new Error(`Signal "${signal.id}" is read but not listed by the criterion or flag.`);
      found = range === undefined ? all : all.filter(inRange);
      cache.set(signal, found);
    }
    return found;
  };
  let wordCount = doc.wordCount;
  if (range !== undefined) {
    wordCount = 0;
    for (let i = range.first; i <= range.last && i < doc.tokens.length; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== "punct" && !token.filler) wordCount++;
    }
  }
  return {
    doc,
    wordCount,
    hits: hitsOf,
    count: (signal, minStrength = 1) => {
      let n = 0;
      for (const h of hitsOf(signal)) if (h.strength >= minStrength) n++;
      return n;
    },
    strongest: (signal) => hitsOf(signal).reduce((top, h) => Math.max(top, h.strength), 0),
  };
}

interface PartOffset {
  readonly part: AnswerPart;
  readonly offset: number;
}

function toEvidence(doc: Document, parts: readonly PartOffset[], signal: string, hit: SignalHit): Evidence {
  const start = doc.tokens[hit.first]!.start;
  let end = doc.tokens[hit.last]!.end;
  let owner = parts[0]!;
  for (const candidate of parts) if (candidate.offset <= start) owner = candidate;
  end = Math.min(end, owner.offset + owner.part.text.length);
  const local = { start: start - owner.offset, end: end - owner.offset };
  const evidence: Evidence = { start: local.start, end: local.end, text: owner.part.text.slice(local.start, local.end), signal };
  return owner.part.field === null ? evidence : { ...evidence, field: owner.part.field };
}

// One span of one signal, wherever it was read from.
function evidenceKey(e: Evidence): string {
  return `${e.field ?? ""}:${e.start}:${e.end}:${e.signal}`;
}

function collectEvidence(doc: Document, parts: readonly PartOffset[], readout: Readout, signals: readonly Signal[], limit: number): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const signal of signals) {
    for (const hit of readout.hits(signal)) {
      const evidence = toEvidence(doc, parts, signal.id, hit);
      const key = evidenceKey(evidence);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(evidence);
      }
    }
  }
  // A span inside a longer one from the same signal shows nothing new ("did it by grafting"
  // inside "and I did it by grafting"), so only the longer is kept: one highlight per finding.
  out.sort((a, b) => compareCodeUnits(a.field ?? "", b.field ?? "") || a.start - b.start || b.end - a.end || compareCodeUnits(a.signal, b.signal));
  const reach = new Map<string, number>();
  const outermost = out.filter((e) => {
    const key = `${e.field ?? ""}:${e.signal}`;
    if (e.end <= (reach.get(key) ?? -1)) return false;
    reach.set(key, e.end);
    return true;
  });
  outermost.sort((a, b) => compareCodeUnits(a.field ?? "", b.field ?? "") || a.start - b.start || a.end - b.end || compareCodeUnits(a.signal, b.signal));
  return outermost.slice(0, limit);
}

// The level a dimension takes under the rubric's links, and the link that set it (the first that
// moved it, in the rubric's order). Raising bounds are applied before lowering ones.
function applyLinks<K extends string>(links: readonly DimensionLink<K>[] | undefined, key: K, own: Level, levelOf: (dimension: K) => Level): { level: Level; link?: DimensionLink<K> } {
  let level = own;
  let moved: DimensionLink<K> | undefined;
  for (const link of links ?? []) {
    if (link.target !== key || !link.sourceLevels.includes(levelOf(link.source))) continue;
    if (link.atLeast !== undefined && level < link.atLeast) {
      level = link.atLeast;
      moved ??= link;
    }
  }
  for (const link of links ?? []) {
    if (link.target !== key || !link.sourceLevels.includes(levelOf(link.source))) continue;
    if (link.atMost !== undefined && level > link.atMost) {
      level = link.atMost;
      moved ??= link;
    }
  }
  return moved === undefined || level === own ? { level } : { level, link: moved };
}

// Evidence from a second reading appended after the first, without repeats, up to the limit.
function mergeEvidence(first: readonly Evidence[], second: readonly Evidence[], limit: number): Evidence[] {
  const seen = new Set(first.map(evidenceKey));
  return [...first, ...second.filter((e) => !seen.has(evidenceKey(e)))].slice(0, limit);
}

function sectionsFor(rubric: Rubric<string, z.ZodType>, doc: Document, parts: readonly PartOffset[], hits: Map<Signal, readonly SignalHit[]>): Sections {
  const fromParts: Record<string, { first: number; last: number }> = {};
  for (const { part, offset } of parts) {
    if (part.section === undefined) continue;
    const end = offset + part.text.length;
    let first = -1;
    let last = -1;
    doc.tokens.forEach((token, i) => {
      if (token.start >= offset && token.start < end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first >= 0) fromParts[part.section] = { first, last };
  }
  if (Object.keys(fromParts).length > 0) return fromParts;
  return rubric.sections?.(doc, (signal) => hits.get(signal) ?? []) ?? {};
}

// A candidate owning a decision or drawing a lesson is on the question whatever their trade's
// words are ("I put the heifers straight in with the herd… That was entirely my decision"), and one
// judging a moment of the interview is on it too ("I got flustered on the safeguarding part"), so the
// story signals a rubric already ran count with the topic words. None of them is run for this.
// The lesson and change signals count only beside one that tells a failure or a moment of the
// interview: a recipe with "looking back, I always sift the flour first" is still a recipe.
const STORY_SIGNALS: readonly Signal[] = [failureMention, ownResponsibility, ownCausalAction, selfCritique, interviewReference];
const REFLECTION_SIGNALS: readonly Signal[] = [learningMarker, appliedChange];
function onQuestionHits(hits: Map<Signal, readonly SignalHit[]>): number {
  let story = 0;
  for (const signal of STORY_SIGNALS) story += hits.get(signal)?.length ?? 0;
  let reflection = 0;
  if (story > 0) for (const signal of REFLECTION_SIGNALS) reflection += hits.get(signal)?.length ?? 0;
  return (hits.get(topicWords)?.length ?? 0) + story + reflection;
}

function reviewReasons(rubric: Rubric<string, z.ZodType>, doc: Document, hits: Map<Signal, readonly SignalHit[]>, lexicon: Lexicon): ReviewReason[] {
  const policy = rubric.reviewPolicy;
  const reasons: ReviewReason[] = [];
  const words: string[] = [];
  let latinWords = 0;
  let english = 0;
  for (const t of doc.tokens) {
    if (t.kind === "punct" || t.filler) continue;
    words.push(t.norm);
    if (isLatinWord(t.norm)) latinWords++;
    if (ENGLISH_FUNCTION_WORDS.has(t.norm)) english++;
  }
  const isEnglish = words.length === 0 || (latinWords / words.length >= 0.5 && (words.length < 6 || english / words.length >= policy.minEnglishShare));
  if (!isEnglish) {
    reasons.push({ code: "unsupported-language", message: "The answer does not appear to be in English, the only language this rubric supports; a person who reads the language should assess it." });
  } else if (doc.wordCount < policy.minWords) {
    reasons.push({ code: "too-short", message: `The answer has ${doc.wordCount} words, fewer than the ${policy.minWords} needed to judge it; ask the candidate to say more.` });
  } else if (doc.wordCount >= OFF_TOPIC_MIN_WORDS && (onQuestionHits(hits) * 100) / doc.wordCount < policy.minTopicPer100Words) {
    reasons.push({ code: "off-topic", message: "The answer says almost nothing about work, goals, setbacks or the interview; check that it answers the question asked." });
  }
  if (isRepetitive(words)) {
    reasons.push({ code: "repetitive", message: "Much of the answer repeats itself word for word; a person should judge what it actually says." });
  } else if (doc.wordCount >= policy.minWords && isLowSubstance(doc, lexicon)) {
    reasons.push({ code: "low-substance", message: "The answer is mostly the words the scorer looks for, with almost no story around them; a person should check it." });
  }
  if ((hits.get(scorerInstruction)?.length ?? 0) > 0) {
    reasons.push({ code: "scorer-instruction", message: "The answer contains text addressed to the scorer; it was ignored for scoring and a person should read the answer." });
  }
  return reasons;
}

// One good sentence pasted twenty times must not score twenty times better: share of repeated
// five-word sequences.
function isRepetitive(words: readonly string[]): boolean {
  if (words.length < 40) return false;
  // Words as small integers, five-word sequences as one number: no strings built per position.
  const ids = new Map<string, number>();
  const codes = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = ids.get(words[i]!);
    if (id === undefined) ids.set(words[i]!, (id = ids.size + 1));
    codes[i] = id;
  }
  // The sequences seen so far, in an open-addressing table at least twice the size needed: a
  // Set of numbers cost a hash-table insert, and a boxed number, per position.
  const mask = (1 << (33 - Math.clz32(codes.length))) - 1;
  const table = new Int32Array(mask + 1);
  const used = new Uint8Array(mask + 1);
  let repeats = 0;
  for (let i = 0; i + 5 <= codes.length; i++) {
    let h = 0;
    // Signed, as the table stores it.
    for (let k = i; k < i + 5; k++) h = Math.imul(h, 0x01000193) ^ codes[k]!;
    let slot = h & mask;
    while (used[slot] && table[slot] !== h) slot = (slot + 1) & mask;
    if (used[slot]) {
      repeats++;
    } else {
      used[slot] = 1;
      table[slot] = h;
    }
  }
  return repeats / (codes.length - 4) > 0.5;
}

// Keyword stuffing: content words outside every cue the signals found are the story; an answer
// with almost none is a list of cues.
const MIN_CONTENT_FOR_SUBSTANCE = 10;
const MAX_STORY_WORDS_WHEN_STUFFED = 2;
// Topic words are the subject, not scoring words; a platitude lifts no level above 1, so a
// stuffed answer is not made of them, and a short honest one ("I'll prepare more") may be. A
// reference to a moment of the interview ("the question about the budget overrun") is the
// debrief's own story.
const NOT_STUFFING_LISTS = new Set<readonly string[]>([...Object.values(topicWords.cues), ...Object.values(platitude.cues), ...Object.values(interviewReference.cues)]);
function isLowSubstance(doc: Document, lexicon: Lexicon): boolean {
  const covered = new Uint8Array(doc.tokens.length);
  for (const list of lexicon.lists) {
    if (NOT_STUFFING_LISTS.has(list)) continue;
    for (const match of doc.matches(list)) for (let k = match.first; k <= match.last; k++) covered[k] = 1;
  }
  let story = 0;
  let content = 0;
  doc.tokens.forEach((t, k) => {
    if (t.kind === "punct" || t.filler || FUNCTION_WORDS.has(t.norm)) return;
    content++;
    if (!covered[k]) story++;
  });
  return content >= MIN_CONTENT_FOR_SUBSTANCE && story <= MAX_STORY_WORDS_WHEN_STUFFED;
}

function bandOf(total: number, max: number, bands: { strong: number; mixed: number }): Band {
  const share = total / max;
  return share >= bands.strong ? "strong" : share >= bands.mixed ? "mixed" : "weak";
}

function fail(rubricId: string, code: RubricInputError["code"], message: string, path: PropertyKey[] = []): never {
  throw new RubricInputError(code, rubricId, [{ code: "custom", message, path, input: undefined } as z.core.$ZodIssue]);
}

/**
 * Scores an answer against a rubric: levels per dimension with evidence and rationale,
 * red flags, follow-up probes, a band and a receipt. Pure, synchronous and deterministic.
 *
 * A score is advice to a human interviewer, never a hiring decision.
 *
 * @param rubric - The rubric, e.g. `rubrics["last-job-failure"]`.
 * @param answer - The candidate's answer; validated with the rubric's answer schema.
 * @param options - Limits, see {@link ScoreOptions}.
 * @returns The {@link ScoreResult}.
 * @throws {@link RubricInputError} when the answer is invalid, empty or too long. With a custom
 * rubric, an exception thrown by one of its signals, criteria or flags (or by a `parts` or
 * `sections` function) propagates unchanged; {@link safeScore} returns it instead as a
 * `RubricInputError` with code `scoring-failed`.
 * @example
 * ```ts
 * import { rubrics, score } from "interview-rubrics";
 *
 * const result = score(rubrics["last-job-failure"], {
 *   text: "I promised the client a date without checking the vendor's lead time, and we shipped two weeks late. " +
 *     "Since then I confirm lead times in writing before I commit to any date, and all four launches this year landed on time.",
 * });
 * result.dimensions.ownership.level; // 3
 * result.dimensions.ownership.evidence[0]?.text; // "I promised the client a date…"
 * ```
 */
export function score<R extends Rubric<any, any>>(rubric: R, answer: unknown, options: ScoreOptions = {}): ScoreResultOf<R> {
  return scoreRubric(rubric as Rubric<string, z.ZodType>, answer, options) as ScoreResultOf<R>;
}

// The work of score, typed by the rubric's dimension ids.
function scoreRubric<K extends string>(rubric: Rubric<K, z.ZodType>, answer: unknown, options: ScoreOptions): ScoreResult<K> {
  const anyRubric = rubric as unknown as Rubric<string, z.ZodType>;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const parsed = rubric.answer.safeParse(answer);
  if (!parsed.success) throw new RubricInputError("invalid-answer", rubric.id, parsed.error.issues);
  const rawParts: readonly AnswerPart[] = rubric.parts ? rubric.parts(parsed.data) : [{ field: null, text: (parsed.data as { text: string }).text }];
  const length = rawParts.reduce((sum, part) => sum + part.text.length, 0);
  if (length > maxChars) fail(rubric.id, "too-long", `The answer is ${length} characters long; the limit is ${maxChars}. Send a shorter answer or raise maxChars.`, rawParts.length === 1 && rawParts[0]!.field === null ? ["text"] : []);
  if (rawParts.every((part) => part.text.trim() === "")) fail(rubric.id, "empty-answer", "The answer is empty or only whitespace.", rawParts.length === 1 && rawParts[0]!.field === null ? ["text"] : []);

  // Structured answers are read as one text with paragraph breaks, so analysis runs once.
  const parts: PartOffset[] = [];
  let offset = 0;
  for (const part of rawParts) {
    parts.push({ part, offset });
    offset += part.text.length + 2;
  }
  const joined = rawParts.map((part) => part.text).join("\n\n");

  const compiled = compile(anyRubric);
  const doc = analyze(joined, compiled.lexicon);
  const hits = runSignals(doc, compiled.signals);
  const sections = sectionsFor(anyRubric, doc, parts, hits);
  const reasons = reviewReasons(anyRubric, doc, hits, compiled.lexicon);
  // Short, off-topic and foreign-language answers are never scored above 1 on lexical evidence.
  const cap: Level = reasons.some((r) => r.code !== "scorer-instruction") ? 1 : 3;

  const dimensions = {} as Record<K, DimensionScore>;
  const levels: Record<string, Level> = {};
  let total = 0;
  let max = 0;
  const probes: Probe[] = [];
  // Each criterion decides on its own signals first; links between dimensions then bound those
  // levels, all read from the levels decided on their own, so no link sees another's effect.
  const decided = {} as Record<K, { readout: Readout; decision: LevelDecision }>;
  for (const key of rubric.dimensionIds) {
    const criterion: Criterion = rubric.criteria[key];
    const readout = readoutFor(doc, hits, criterion.section === undefined ? undefined : sections[criterion.section] ?? { first: 1, last: 0 });
    decided[key] = { readout, decision: criterion.decide(readout, rubric.params[key]) };
  }
  for (const key of rubric.dimensionIds) {
    const criterion: Criterion = rubric.criteria[key];
    const { readout, decision } = decided[key];
    const linked = applyLinks(rubric.links, key, decision.level, (dimension) => decided[dimension].decision.level);
    const level = Math.min(linked.level, cap) as Level;
    let because = decision.because;
    let evidence = collectEvidence(doc, parts, readout, decision.cites, MAX_EVIDENCE_PER_DIMENSION);
    if (linked.link !== undefined) {
      because = `${linked.link.because} On its own signals it would be ${decision.level}: ${decision.because}`;
      // A level raised by another dimension shows that dimension's evidence too, so a person can
      // see what lifted it.
      if (linked.level > decision.level) {
        const source = decided[linked.link.source];
        const shown = linked.link.cites;
        const cites = shown === undefined ? source.decision.cites : source.decision.cites.filter((signal) => shown.includes(signal.id));
        evidence = mergeEvidence(evidence, collectEvidence(doc, parts, source.readout, cites, MAX_EVIDENCE_PER_DIMENSION), MAX_EVIDENCE_PER_DIMENSION);
      }
    }
    // A capped level keeps the reading it was capped from, labelled as such: the reason given must
    // be the reason for the level shown, not for the level the signals alone would give.
    if (level < linked.level) because = `capped at ${level} until a person has read the answer (${reasons.map((r) => r.code).join(", ")}); on the signals alone it would be ${linked.level}: ${because}`;
    const anchor = criterion.anchors[level].description;
    dimensions[key] = {
      level,
      max: 3,
      anchor,
      evidence,
      rationale: `${criterion.title} ${level}/3: ${because}`,
    };
    levels[key] = level;
    const weight = rubric.weights?.[key] ?? 1;
    total += level * weight;
    max += 3 * weight;
    const question = level < 3 ? criterion.probes[level as Exclude<Level, 3>]?.[0] : undefined;
    if (question !== undefined) probes.push({ dimension: key, level, question });
  }
  probes.sort((a, b) => a.level - b.level);

  const flags: FlagResult[] = [];
  const base = readoutFor(doc, hits, undefined);
  for (const flag of rubric.flags) {
    const raised = flag.raise({ ...base, levels, sections });
    if (raised === null) continue;
    const evidence = collectEvidence(doc, parts, base, raised, MAX_EVIDENCE_PER_DIMENSION);
    flags.push({ id: flag.id, severity: flag.severity, message: flag.message, evidence });
  }

  const fired = compiled.signals.filter((signal) => (hits.get(signal)?.length ?? 0) > 0).map((signal) => signal.id).sort();
  const status = reasons.length > 0 ? "needs-human-review" : "scored";
  const band = bandOf(total, max, rubric.bands);
  return {
    status,
    reasons,
    rubric: { id: rubric.id, version: rubric.version },
    dimensions,
    total,
    max,
    // Waiting for a person with capped levels, an answer is shown as mixed at best.
    band: status === "needs-human-review" && band === "strong" && cap < 3 ? "mixed" : band,
    flags,
    probes,
    wordCount: doc.wordCount,
    receipt: {
      library: { name: LIBRARY.name, version: LIBRARY.version },
      rubric: { id: rubric.id, version: rubric.version, hash: compiled.hash },
      signals: fired,
    },
  };
}

/**
 * Like {@link score}, but never throws: returns `{ success: true, data }` or
 * `{ success: false, error }` with a {@link RubricInputError}.
 *
 * @param rubric - The rubric.
 * @param answer - Any value.
 * @param options - Limits, see {@link ScoreOptions}.
 * @returns The result or the input error.
 * @example
 * ```ts
 * const outcome = safeScore(rubrics["last-job-failure"], requestBody);
 * if (!outcome.success) return respond(400, outcome.error.issues);
 * ```
 */
export function safeScore<R extends Rubric<any, any>>(rubric: R, answer: unknown, options: ScoreOptions = {}): SafeScoreResultOf<R> {
  return safeScoreRubric(rubric as Rubric<string, z.ZodType>, answer, options) as SafeScoreResultOf<R>;
}

function safeScoreRubric(rubric: Rubric<string, z.ZodType>, answer: unknown, options: ScoreOptions): SafeScoreResult<string> {
  try {
    return { success: true, data: scoreRubric(rubric, answer, options) };
  } catch (error) {
    if (error instanceof RubricInputError) return { success: false, error };
    // Anything else is a bug in the library or a custom rubric; report it as data, never throw.
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, error: new RubricInputError("scoring-failed", rubric.id, [{ code: "custom", message: `Internal error while scoring: ${message}`, path: [], input: undefined } as z.core.$ZodIssue]) };
  }
}
