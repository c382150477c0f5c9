import { z } from "zod";
import type { Level } from "../define/criterion.js";
import type { Severity } from "../define/flag.js";

/** A span of the candidate's answer that a signal noticed. `text === input.slice(start, end)`. */
export interface Evidence {
  /** Start offset in the original answer (or in `field`'s string for a structured answer). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Exactly the slice of the original input. */
  readonly text: string;
  /** Id of the signal that found it. */
  readonly signal: string;
  /** For a structured answer, the field the offsets index. */
  readonly field?: string;
}

/** One dimension's score. */
export interface DimensionScore {
  /** The level given, 0 to 3. */
  readonly level: Level;
  /** The top of the scale. */
  readonly max: 3;
  /** The anchor description of the level given. */
  readonly anchor: string;
  /** Spans that support the level. */
  readonly evidence: readonly Evidence[];
  /** Why this level, in words a person can check against the evidence. Never empty. */
  readonly rationale: string;
}

/** A red flag raised on the answer. */
export interface FlagResult {
  /** Flag id, e.g. `"blame-shifting"`. */
  readonly id: string;
  /** How much it matters. */
  readonly severity: Severity;
  /** What it means for the interviewer. */
  readonly message: string;
  /** Spans that raised it; empty when the flag is about something missing. */
  readonly evidence: readonly Evidence[];
}

/** A follow-up question to ask because a dimension came out below the top. */
export interface Probe {
  /** The dimension it probes. */
  readonly dimension: string;
  /** The level that dimension got. */
  readonly level: Level;
  /** The question to ask. */
  readonly question: string;
}

/** Why an answer needs a person to read it before its levels mean anything. */
export type ReviewReasonCode = "too-short" | "off-topic" | "unsupported-language" | "scorer-instruction" | "repetitive" | "low-substance";

/** A reason for human review. */
export interface ReviewReason {
  /** What was noticed. */
  readonly code: ReviewReasonCode;
  /** The same, for people. */
  readonly message: string;
}

/** What produced a score, so a stored score can be traced to its exact rubric and signals. */
export interface ScoreReceipt {
  /** The library that scored it. */
  readonly library: { readonly name: string; readonly version: string };
  /** The rubric, its version and the hash of its definition's content. */
  readonly rubric: { readonly id: string; readonly version: string; readonly hash: string };
  /** Ids of the signals that found something, sorted. */
  readonly signals: readonly string[];
}

/** Strong, mixed or weak, from the total against the maximum. */
export type Band = "strong" | "mixed" | "weak";

/** The result of scoring one answer against one rubric. Plain JSON. */
export interface ScoreResult<K extends string = string> {
  /** `"scored"`, or `"needs-human-review"` when `reasons` says the levels cannot stand on their own. */
  readonly status: "scored" | "needs-human-review";
  /** Why a person should review it; empty when scored. */
  readonly reasons: readonly ReviewReason[];
  /** The rubric's id and version. */
  readonly rubric: { readonly id: string; readonly version: string };
  /** One score per dimension, keyed by the rubric's criterion ids. */
  readonly dimensions: { readonly [Key in K]: DimensionScore };
  /** Weighted sum of the levels. */
  readonly total: number;
  /** The highest possible total. */
  readonly max: number;
  /** Strong, mixed or weak. */
  readonly band: Band;
  /** Red flags raised, in the rubric's order. */
  readonly flags: readonly FlagResult[];
  /** Follow-up questions for dimensions below the top, weakest first. */
  readonly probes: readonly Probe[];
  /** Words in the answer, fillers excluded. */
  readonly wordCount: number;
  /** What produced the score. */
  readonly receipt: ScoreReceipt;
}

const LevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** zod schema of {@link Evidence}. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  signal: z.string().min(1),
  field: z.string().optional(),
}).refine((e) => e.end >= e.start, { message: "end must not be before start" });

/** zod schema of {@link DimensionScore}. */
export const DimensionScoreSchema = z.object({
  level: LevelSchema,
  max: z.literal(3),
  anchor: z.string().min(1),
  evidence: z.array(EvidenceSchema),
  rationale: z.string().min(1),
});

/** zod schema of {@link ScoreResult}, for platforms that store or pass results on. */
export const ScoreResultSchema = z.object({
  status: z.enum(["scored", "needs-human-review"]),
  reasons: z.array(z.object({
    code: z.enum(["too-short", "off-topic", "unsupported-language", "scorer-instruction", "repetitive", "low-substance"]),
    message: z.string().min(1),
  })),
  rubric: z.object({ id: z.string(), version: z.string() }),
  dimensions: z.record(z.string(), DimensionScoreSchema),
  total: z.number().nonnegative(),
  max: z.number().positive(),
  band: z.enum(["strong", "mixed", "weak"]),
  flags: z.array(z.object({
    id: z.string(),
    severity: z.enum(["info", "warning", "critical"]),
    message: z.string().min(1),
    evidence: z.array(EvidenceSchema),
  })),
  probes: z.array(z.object({ dimension: z.string(), level: LevelSchema, question: z.string().min(1) })),
  wordCount: z.number().int().nonnegative(),
  receipt: z.object({
    library: z.object({ name: z.string(), version: z.string() }),
    rubric: z.object({ id: z.string(), version: z.string(), hash: z.string().regex(/^[0-9a-f]{16}$/) }),
    signals: z.array(z.string()),
  }),
});
