/** How long an answer should take when spoken. */
export interface TimeBox {
  /** Shortest expected answer, in minutes, per example asked for. */
  readonly minMinutes: number;
  /** Longest expected answer, in minutes, per example asked for. */
  readonly maxMinutes: number;
  /** How many examples the question asks for (two for "one achieved, one missed"). */
  readonly examples: number;
}

/** One interview question. */
export interface Question {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The question as the interviewer asks it. */
  readonly prompt: string;
  /** Other ways of asking the same thing. */
  readonly variants: readonly string[];
  /** What the question probes, and why it is asked. */
  readonly probes: string;
  /** Follow-ups to ask whatever the answer. */
  readonly followUps: readonly string[];
  /** The time box for the answer. */
  readonly timeBox: TimeBox;
}

/** A set of questions a rubric scores answers to. */
export interface QuestionSet {
  /** Marks the object as a question set. */
  readonly kind: "question-set";
  /** The questions, main question first. */
  readonly questions: readonly [Question, ...Question[]];
}

/**
 * Defines the questions a rubric scores. The first question is the main one.
 *
 * @param questions - At least one question.
 * @returns The question set.
 */
export function defineQuestionSet(questions: readonly [Question, ...Question[]]): QuestionSet {
  const ids = new Set<string>();
  for (const question of questions) {
    if (ids.has(question.id)) throw new Error(`Question id "${question.id}" is used twice.`);
    if (question.timeBox.minMinutes > question.timeBox.maxMinutes) {
      throw new Error(`Question "${question.id}": the time box's minimum is above its maximum.`);
    }
    ids.add(question.id);
  }
  return Object.freeze({ kind: "question-set" as const, questions });
}
