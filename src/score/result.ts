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
  readonly library: {
    /** The npm package name, so a score from a fork or a renamed build is told apart. */
    readonly name: string;
    /** Package version: a different version may score the same answer differently. */
    readonly version: string;
  };
  /** The rubric, its version and the hash of its definition's content. */
  readonly rubric: {
    /** Which rubric scored the answer. */
    readonly id: string;
    /** The version the rubric's author declared, bumped whenever scoring changes. */
    readonly version: string;
    /** 16 hex digits of the definition's content (see {@link rubricHash}): catches an edited rubric whose version was not bumped. */
    readonly hash: string;
  };
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
  readonly rubric: {
    /** Which rubric the levels and anchors belong to. */
    readonly id: string;
    /** Its version: levels from different versions are not comparable. */
    readonly version: string;
  };
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
  /** {@link Evidence.start}: where the span starts in the answer (or in `field`'s string). */
  start: z.number().int().nonnegative(),
  /** {@link Evidence.end}: where the span ends, exclusive; never before `start`. */
  end: z.number().int().nonnegative(),
  /** {@link Evidence.text}: the quoted span, for display without the answer at hand. */
  text: z.string(),
  /** {@link Evidence.signal}: which detector noticed the span. */
  signal: z.string().min(1),
  /** {@link Evidence.field}: for a structured answer, which field the offsets index. */
  field: z.string().optional(),
}).refine((e) => e.end >= e.start, { message: "end must not be before start" });

/** zod schema of {@link DimensionScore}. */
export const DimensionScoreSchema = z.object({
  /** {@link DimensionScore.level}: the level given, an integer from 0 to 3. */
  level: LevelSchema,
  /** {@link DimensionScore.max}: always 3, so a reader need not know the scale. */
  max: z.literal(3),
  /** {@link DimensionScore.anchor}: the written description the level stands for. */
  anchor: z.string().min(1),
  /** {@link DimensionScore.evidence}: the spans the level rests on. */
  evidence: z.array(EvidenceSchema),
  /** {@link DimensionScore.rationale}: why this level, never empty. */
  rationale: z.string().min(1),
});

/** zod schema of {@link ScoreResult}, for platforms that store or pass results on. */
export const ScoreResultSchema = z.object({
  /** {@link ScoreResult.status}: whether the levels stand on their own or need a person first. */
  status: z.enum(["scored", "needs-human-review"]),
  /** {@link ScoreResult.reasons}: why a person should review the answer; empty when scored. */
  reasons: z.array(z.object({
    /** {@link ReviewReason.code}: one of the {@link ReviewReasonCode}s, for routing by machine. */
    code: z.enum(["too-short", "off-topic", "unsupported-language", "scorer-instruction", "repetitive", "low-substance"]),
    /** {@link ReviewReason.message}: the same reason, worded for the reviewer. */
    message: z.string().min(1),
  })),
  /** {@link ScoreResult.rubric}: which rubric, and which version of it, gave the levels. */
  rubric: z.object({
    /** Which rubric the levels and anchors belong to. */
    id: z.string(),
    /** The rubric's version: levels from different versions are not comparable. */
    version: z.string(),
  }),
  /** {@link ScoreResult.dimensions}: one score per criterion id (a rubric's own schema, `resultSchemaFor`, names the keys). */
  dimensions: z.record(z.string(), DimensionScoreSchema),
  /** {@link ScoreResult.total}: weighted sum of the levels. */
  total: z.number().nonnegative(),
  /** {@link ScoreResult.max}: the highest total the rubric allows, to read `total` against. */
  max: z.number().positive(),
  /** {@link ScoreResult.band}: `total / max` against the rubric's cut-offs; never `strong` while levels are capped for review. */
  band: z.enum(["strong", "mixed", "weak"]),
  /** {@link ScoreResult.flags}: red flags raised, in the rubric's order. */
  flags: z.array(z.object({
    /** {@link FlagResult.id}: which flag (e.g. `"blame-shifting"`), for filtering and counting by machine. */
    id: z.string(),
    /** {@link FlagResult.severity}: how much the flag should weigh with the interviewer. */
    severity: z.enum(["info", "warning", "critical"]),
    /** {@link FlagResult.message}: what the flag means, for the interviewer. */
    message: z.string().min(1),
    /** {@link FlagResult.evidence}: the spans that raised it; empty for a flag about something missing. */
    evidence: z.array(EvidenceSchema),
  })),
  /** {@link ScoreResult.probes}: follow-up questions for dimensions below the top, weakest first. */
  probes: z.array(z.object({
    /** {@link Probe.dimension}: the criterion id the question probes. */
    dimension: z.string(),
    /** {@link Probe.level}: the level that dimension got, which chose the question. */
    level: LevelSchema,
    /** {@link Probe.question}: what the interviewer can ask next. */
    question: z.string().min(1),
  })),
  /** {@link ScoreResult.wordCount}: words in the answer, fillers excluded; the length the review checks use. */
  wordCount: z.number().int().nonnegative(),
  /** {@link ScoreResult.receipt}: what produced the score, so a stored score can be traced. */
  receipt: z.object({
    /** {@link ScoreReceipt.library}: the library name and version that scored. */
    library: z.object({
      /** The npm package name, so a score from a fork or a renamed build is told apart. */
      name: z.string(),
      /** The package version: another version may score the same answer differently. */
      version: z.string(),
    }),
    /** {@link ScoreReceipt.rubric}: the rubric id, version and content hash. */
    rubric: z.object({
      /** Which rubric scored the answer. */
      id: z.string(),
      /** The version the rubric's author declared, bumped whenever scoring changes. */
      version: z.string(),
      /** 16 lower-case hex digits of the definition's content: catches an edit whose version was not bumped. */
      hash: z.string().regex(/^[0-9a-f]{16}$/),
    }),
    /** {@link ScoreReceipt.signals}: ids of the signals that found something, sorted. */
    signals: z.array(z.string()),
  }),
});
