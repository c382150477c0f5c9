import { defineSignal, type Signal } from "../define/signal.js";
import { assertedHits } from "../signals/helpers.js";
import { analyze } from "../text/analyze.js";
import { compileLexicon, type Lexicon } from "../text/lexicon.js";

/** What {@link checkFeedback} can find in an interviewer's feedback. */
export type FeedbackIssueCode = "vague-verdict" | "judges-person" | "disrespectful" | "protected-characteristic";

/** A span of the feedback text that raised an issue. */
export interface FeedbackEvidence {
  /** Start offset in the feedback text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
}

/** One problem found in feedback before it is sent. */
export interface FeedbackIssue {
  /** What kind of problem. */
  readonly code: FeedbackIssueCode;
  /** For `protected-characteristic`, which one (e.g. `"age"`). */
  readonly category?: string;
  /** What to change, for the interviewer. */
  readonly message: string;
  /** Where it is. */
  readonly evidence: readonly FeedbackEvidence[];
}

/** The outcome of {@link checkFeedback}. */
export interface FeedbackCheck {
  /** True when no issue was found. */
  readonly ok: boolean;
  /** The issues, in the order of {@link FeedbackIssueCode}. */
  readonly issues: readonly FeedbackIssue[];
}

const REASON_WORDS = new Set(["because", "since", "as", "specifically", "particularly", "example", "eg", "when", "where", "which", "for"]);

const vagueVerdict = defineSignal({
  id: "vague-verdict",
  description: "A verdict with no reason a candidate could act on.",
  cues: {
    verdict: [
      "not|wasn't|isn't a|the good|great|right|strong? culture|cultural|team fit",
      "not the|a right|good fit",
      "not a fit",
      "(did|does) not feel|seem right",
      "not what we are|were looking for",
      "went|go|going with|in another|a different direction|candidate",
      "(did|does) not meet|reach|clear the|our bar|standard|level",
      "not strong|senior|good enough",
      "just not there|quite|it",
      "(did|does) not click|gel|land",
      "something was missing",
      "lacked|lacks|lacking that? something|spark|x|presence|polish|gravitas",
      "we had|have stronger candidates",
      "overall not",
      "bad|wrong vibe|vibes|feeling",
    ],
  },
  detect: ({ doc, cue }) =>
    cue("verdict")
      .filter((m) => {
        // A verdict with a reason in the same sentence is not vague.
        const sentence = doc.sentences[doc.tokens[m.first]!.sentence]!;
        for (let k = m.last + 1; k <= sentence.last; k++) if (REASON_WORDS.has(doc.tokens[k]!.norm) || doc.tokens[k]!.norm === ":") return false;
        return !doc.tokens[m.first]!.quoted;
      })
      .map((m) => ({ first: m.first, last: m.last, strength: 1 })),
});

const judgesPerson = defineSignal({
  id: "judges-person",
  description: "Judges the person rather than what they said or did in the interview.",
  cues: {
    person: [
      "you are|were|'re|seem|seemed|came|come|strike|struck not? too? a? lazy|arrogant|weak|shy|boring|unprofessional|disorganized|naive|immature|cold|abrasive|awkward|introverted|timid|pushy|cocky|smug|dull|unlikeable|difficult|negative|entitled|nervous|insecure|unconfident|dim|slow|odd|weird|strange|intense|aggressive|emotional|bossy|quiet",
      "you are|'re not a|the people|natural|leader|type|kind",
      "you (seem|seemed|seem like|seemed like|come across as|came across as)",
      "your personality|character|attitude|demeanor|energy|manner|vibe",
      "you lack|lacked confidence|personality|charisma|drive|ambition|maturity|presence|intelligence",
      "you are|'re not smart|bright|clever|sharp",
      "as a person",
      "the kind of person",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("person")),
});

const disrespectful = defineSignal({
  id: "disrespectful",
  description: "Wording that belittles the candidate.",
  cues: {
    rude: [
      "terrible|awful|pathetic|stupid|useless|rubbish|clueless|incompetent|embarrassing|ridiculous|laughable|hopeless|dreadful|dire|shambolic|amateurish|idiotic|dumb|lame|garbage|trash|crap|nonsense|sloppy",
      "waste of time|our time",
      "a joke",
      "no idea what",
      "did not have a clue",
      "frankly shocking",
      "what were you thinking",
    ],
  },
  detect: ({ doc, cue }) => cue("rude").filter((m) => !doc.tokens[m.first]!.quoted).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
});

// Any mention counts, negated or not: "we didn't consider your age" still brings age into it.
const PROTECTED: Readonly<Record<string, readonly string[]>> = {
  age: ["age|aged|ageing|aging|older|elderly|youthful|millennial|millennials|boomer|boomers|retirement|retire|overqualified", "years old", "too|so|how old|young", "gen z", "digital native", "fresh|new blood", "younger|young candidate|candidates|person|team|people|man|woman"],
  "sex-or-gender": ["gender|sex|male|female|man|woman|men|women|girl|girls|boy|boys|lady|ladies|feminine|masculine|transgender|nonbinary|guy|gal"],
  pregnancy: ["pregnant|pregnancy|maternity|paternity|baby|babies|newborn", "expecting a baby|child"],
  "race-or-ethnicity": ["race|racial|ethnic|ethnicity|black|asian|hispanic|latino|latina|latinx|caucasian|african|arab|indigenous|aboriginal|roma|gypsy", "skin colour|color|tone", "person|people of colour|color", "white candidate|candidates|person|people|man|woman"],
  "national-origin": ["accent|accents|foreign|foreigner|nationality|immigrant|immigrants|migrant|citizenship", "where you are from", "first language", "mother tongue", "native speaker|english"],
  religion: ["religion|religious|church|mosque|synagogue|temple|christian|muslim|islam|jewish|hindu|sikh|buddhist|hijab|turban|yarmulke|kippah|prayer|pray|praying|sabbath|ramadan|atheist|catholic|protestant"],
  disability: ["disability|disabilities|disabled|wheelchair|deaf|autistic|autism|adhd|dyslexic|dyslexia|depression|illness|impairment|handicap|handicapped|stammer|stutter|neurodivergent", "mental health", "medical|health condition"],
  "sexual-orientation": ["gay|lesbian|bisexual|homosexual|heterosexual|queer", "sexual orientation", "same sex"],
  "marital-or-family-status": ["married|marriage|divorced|divorce|widowed|husband|wife|spouse|fiance|fiancee|children|kids|childcare|mother|father|mum|mom|dad|parents", "family plans", "start|starting a family", "single mother|mum|mom|father|dad|parent", "are you single"],
};

const protectedMention = Object.entries(PROTECTED).map(([category, cues]) =>
  defineSignal({
    id: `protected-${category}`,
    description: `Mentions ${category.replace(/-/g, " ")}, a protected characteristic.`,
    cues: { mention: cues },
    detect: ({ cue }) => cue("mention").map((m) => ({ first: m.first, last: m.last, strength: 1 })),
  }),
);

const ALL: readonly Signal[] = [vagueVerdict, judgesPerson, disrespectful, ...protectedMention];
// Compiled on the first check, not on import: an application that only scores never pays for it.
let lexicon: Lexicon | undefined;

const MESSAGES: Record<FeedbackIssueCode, string> = {
  "vague-verdict": "States a verdict without a reason the candidate could act on; say what in the answers led to it.",
  "judges-person": "Judges the person instead of the answer; describe what they said or did in the interview.",
  disrespectful: "Belittling wording; describe the gap plainly and respectfully.",
  "protected-characteristic": "Mentions a protected characteristic; remove it, since it must play no part in the decision or the feedback.",
};

/**
 * Reviews feedback an interviewer wrote before it is sent to a candidate: flags vague verdicts
 * without reasons ("not a culture fit"), judgements of the person instead of the answer,
 * disrespectful wording, and any mention of a protected characteristic (age, sex or gender,
 * pregnancy, race or ethnicity, national origin, religion, disability, sexual orientation,
 * marital or family status), each with evidence spans.
 *
 * @param text - The feedback as the interviewer wrote it.
 * @returns `ok` and the issues found.
 * @example
 * ```ts
 * checkFeedback("Not a culture fit.").issues[0]?.code; // "vague-verdict"
 * ```
 */
export function checkFeedback(text: string): FeedbackCheck {
  if (typeof text !== "string") throw new TypeError("checkFeedback expects the feedback as a string.");
  const doc = analyze(text, (lexicon ??= compileLexicon(ALL.flatMap((signal) => Object.values(signal.cues)))));
  const issues: FeedbackIssue[] = [];
  for (const signal of ALL) {
    const hits = signal.detect({
      doc,
      cue: (name) => doc.matches(signal.cues[name]!),
      hitsOf: () => [],
    });
    if (hits.length === 0) continue;
    const evidence = hits.map((h) => {
      const start = doc.tokens[h.first]!.start;
      const end = doc.tokens[h.last]!.end;
      return { start, end, text: text.slice(start, end) };
    });
    const isProtected = signal.id.startsWith("protected-");
    const code = (isProtected ? "protected-characteristic" : signal.id) as FeedbackIssueCode;
    issues.push(isProtected ? { code, category: signal.id.slice("protected-".length), message: MESSAGES[code], evidence } : { code, message: MESSAGES[code], evidence });
  }
  return { ok: issues.length === 0, issues };
}
