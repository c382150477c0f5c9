/**
 * interview-rubrics: typed structured-interview rubrics that score a candidate's answer for
 * ownership, a concrete lesson and forward momentum, with evidence a person can check.
 *
 * A score is advice to a human interviewer, never a hiring decision: every level comes with
 * the spans of the answer it rests on and a rationale, so a person can see why it was given.
 *
 * @example
 * ```ts
 * import { rubrics, score } from "interview-rubrics";
 *
 * const result = score(rubrics["last-job-failure"], { text: answer });
 * result.dimensions.ownership.level;    // 0 | 1 | 2 | 3
 * result.dimensions.ownership.evidence; // [{ start, end, text, signal }]
 * ```
 *
 * @module
 */
export { rubrics, getRubric, isBuiltInRubricId, lastJobFailure, goalHitAndMiss, interviewDebrief } from "../rubrics/index.js";
export type { BuiltInRubricId } from "../rubrics/index.js";
export { score, safeScore, rubricHash, DEFAULT_MAX_CHARS } from "./score/score.js";
export { detectSignal } from "./score/detect.js";
export type { ScoreOptions, SafeScoreResult, DimensionOf, ScoreResultOf, SafeScoreResultOf } from "./score/score.js";
export { ScoreResultSchema, EvidenceSchema, DimensionScoreSchema } from "./score/result.js";
export type { ScoreResult, DimensionScore, Evidence, FlagResult, Probe, ReviewReason, ReviewReasonCode, ScoreReceipt, Band } from "./score/result.js";
export { RubricInputError } from "./errors.js";
export type { RubricInputErrorCode } from "./errors.js";
export { defineSignal } from "./define/signal.js";
export type { Signal, SignalDefinition, SignalContext, SignalHit, CueLists } from "./define/signal.js";
export { defineCriterion, scopeCriterion, LEVELS } from "./define/criterion.js";
export type { Criterion, CriterionDefinition, CriterionParams, Anchor, Level, LevelDecision, Readout } from "./define/criterion.js";
export { defineFlag } from "./define/flag.js";
export type { Flag, FlagDefinition, FlagContext, Severity } from "./define/flag.js";
export { defineQuestionSet } from "./define/questions.js";
export type { Question, QuestionSet, TimeBox } from "./define/questions.js";
export { defineRubric, DEFAULT_REVIEW_POLICY } from "./define/rubric.js";
export type { Rubric, RubricDefinition, AnswerPart, Sections, ReviewPolicy, Bands, DimensionLink } from "./define/rubric.js";
export { changeIsLesson, criteria, practiceIsIntention } from "./criteria/index.js";
export { signals } from "./signals/index.js";
export { analyze } from "./text/analyze.js";
export type { Document, Token, Segment, Clause, ClauseSubject } from "./text/analyze.js";
export { compileLexicon, inflections } from "./text/lexicon.js";
export { lintCuePatterns } from "./text/cueLint.js";
export type { CueLintCode, CueLintWarning } from "./text/cueLint.js";
export type { Lexicon, CuePattern, CueMatch, MatchableTokens } from "./text/lexicon.js";
export { normalizeText } from "./text/normalize.js";
export type { NormalizedText } from "./text/normalize.js";
export { LIBRARY } from "./version.js";
export { composeFeedback } from "./feedback/index.js";
export type { Feedback, FeedbackPoint, ComposeFeedbackOptions } from "./feedback/compose.js";
export { checkFeedback } from "./feedback/check.js";
export type { FeedbackCheck, FeedbackIssue, FeedbackIssueCode, FeedbackEvidence } from "./feedback/check.js";
export { quadraticWeightedKappa, exactAgreement, adjacentAgreement, confusionMatrix, spearman, rocAuc, precisionRecall } from "./audit/agreement.js";
export type { ConfusionMatrix } from "./audit/agreement.js";
export { evaluateRubric, renderEvaluationMarkdown } from "./audit/evaluate.js";
export type { LabelledAnswer, RubricEvaluation, DimensionAgreement, FlagAgreement, EvaluateOptions } from "./audit/evaluate.js";
export { fitRubricParams } from "./audit/calibrate.js";
export type { FitOptions, FittedDimension } from "./audit/calibrate.js";
export { rubricJsonSchemas, resultSchemaFor } from "./schema/jsonSchema.js";
export type { JsonSchema } from "./schema/jsonSchema.js";
export { renderReport } from "./report/html.js";
export type { ReportOptions } from "./report/html.js";
export { auditImpact, checkInvariance, renderImpactMarkdown } from "./audit/fairness.js";
export type { AuditOptions, AttributeImpact, CategoryImpact, ImpactReport, InvarianceMove } from "./audit/fairness.js";
