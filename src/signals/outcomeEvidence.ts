import { defineSignal } from "../define/signal.js";
import { appliedChange } from "./appliedChange.js";
import { isAsserted, toClauseEnd } from "./helpers.js";
import { AHEAD_CUES } from "./shared.js";

/**
 * Evidence that the change worked, told after it: a number, a date, "we haven't missed a
 * handover since", "every launch since went out on time". Strength 2 with a figure or a
 * "since" claim, 1 for a plain result.
 */
export const outcomeEvidence = defineSignal({
  id: "outcome-evidence",
  description: "Gives evidence that the change worked (a number, a streak, a result since).",
  uses: [appliedChange],
  cues: {
    measured: [
      // "We've not had a breach from the unit in the two and a half years since."
      "not|never had|missed|lost|slipped|failed|dropped|seen|happened|recurred|repeated|broken|overrun|overran|been ... ...? since",
      "not|never happened|recurred|repeated|missed|slipped|lost|failed again",
      "not once since?",
      "never missed|lost|slipped|failed|dropped another|a|again|one",
      "never had another|a",
      // No repeat of the failure: "we didn't have another racking strike", "we've not had a breach".
      "(did not|have not|has not|had not|have never|has never) (have|had|see|seen) (another|a single|one more|one other)",
      // The new way, repeated and counted: "we've done eleven cutovers that way", "I've run eleven since".
      "i|we (have|had) done|run|changed|made|delivered|completed|shipped|handled|used|trained|onboarded|processed|planned|led|taken|opened|closed|hired|switched|placed|treated|built|written|sent|booked|ordered|cooked|served|checked ...? @num ... ...? (since|that way|like that|without|with no|and none|and not one|with zero)",
      "every|each of the last|past",
      "the last|past @num",
      "on time|schedule|budget|target",
      "under|within budget|target",
      ...AHEAD_CUES,
      "cut|reduced|dropped|halved|lowered|shrank|decreased|brought|slashed|trimmed|fell|fallen ...? by|to|from|down|@num",
      "improved|increased|raised|grew|doubled|tripled|rose|boosted|lifted|climbed|jumped|went ...? by|to|from|up|@num",
      "went|gone|fell|dropped|rose|climbed|moved|came from",
      "halved|doubled|tripled|quadrupled|plummeted|soared",
      "@num point|points|percent rise|increase|jump|improvement|drop|fall|reduction|fewer|less|more|faster|quicker|higher|lower|better",
      "@num fewer|less|more|faster|quicker|times|x",
      "from @num to @num",
      // Under budget, by a figure: "we came in 4% under budget", "6 per cent under the overtime budget".
      "@num percent under|below (the|our|my)? ...? budget|cost|costs|spend|forecast",
      "@num (per cent) under|below (the|our|my)? ...? budget|cost|costs|spend|forecast",
      // Results counted: "we sold 40", "I raised 3,000"; not the new way's own steps ("I set 3
      // reminders", "we hired 2 temps").
      "i|we sold|raised|won @num",
      "i|we|they|it got|scored|reached|hit|made|averaged @num",
      "are|is|were|was down|up|lower|higher @num",
      "all @num",
      "by (week|day|month) @num",
      // A share reached, not one that sets the change ("I cap the increase at 10%", "any haulier
      // above 5% of our volume").
      "to|by|reached|hit|averaged|scored|was|were|is|are|now|of @num percent",
      "to|by|reached|hit|averaged|scored|was|were|is|are|now|of @num (per cent)",
      // "My records scored 96%, up from 68%".
      "up|down from @num",
      "scored|averaged @num",
      // A run kept up: "we've held accreditation for three years running", "eleven audits in a row".
      "@num days|weeks|months|quarters|years|audits|inspections|releases|closes running|straight",
      "@num * (in a row)",
      "@num (of|out of) the|my|our|those? @num?",
      "within @num",
      "back to|up|on|above|below|under target|track|normal|@num",
      "been funded|approved|accepted|renewed|signed|adopted|praised|recognized",
    ],
    // Done early: "it was finished in five months, one month early"; not a lead time the new way
    // sets ("an internal deadline forty-eight hours ahead", "I send the agenda two days early").
    early: ["finished|done|delivered|completed|handed|launched|submitted|opened ... ...? ...? @num * early|sooner"],
    streak: ["(no|zero|no further|no more|no repeat|not a single|not one) *", "(no|zero|no further|no more|not a single|not one) * *"],
    result: [
      "as a result|consequence",
      "the result|results|outcome was|is|has|were",
      "it|that|this worked|paid|helped|stuck",
      "it|that|this has worked|paid|helped|made|stuck",
      "it made a|the difference",
      "the feedback|response|numbers|scores|results|audit|review|inspection|rating|ratings|reviews was|were|has|have|came positive|great|good|excellent|glowing|better|strong|much|clean",
      "got|was|been promoted",
      "a promotion",
      "praised|thanked|commended|recognized",
      "adopted by|across",
      "the (whole|rest of the) team|department|company now",
      "now standard|used",
      "other teams|managers now|use|adopted|copied",
      "i|we have not|never had",
      "hit|met|beat|exceeded every|each|all|the|our|my",
      "i|we|it|they passed|won|qualified|retained|renewed|landed|secured|recovered|regained|hit|met|beat|exceeded|delivered|shipped|launched|closed|succeeded|kept|grew|raised|saved|doubled",
      "recovered|rebounded|improved",
      "first time|try",
      "went|came off|through without a hitch|smoothly|cleanly",
      "better|faster|smoother|calmer|cleaner|quicker|fewer|more|higher|lower than",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const changes = hitsOf(appliedChange);
    if (changes.length === 0) return [];
    const from = changes[0]!.first;
    const fromSentence = doc.tokens[from]!.sentence;
    const after = (first: number) => first >= from || doc.tokens[first]!.sentence === fromSentence;
    // "no further quarantines", "zero aisle blockages": a plural noun after "no" is a streak; "no one" is not.
    // The matcher keeps the longest match at a position, so "zero findings on my kit" arrives as
    // "zero findings on": the noun may be either word after the quantifier.
    const isStreak = (m: { first: number; last: number }) => {
      // "Not one cap reject", "not a single complaint": the count itself says none.
      if (doc.tokens[m.first]!.norm === "not") return true;
      for (let k = m.first + 1; k <= m.last; k++) {
        const noun = doc.tokens[k]!.norm;
        if (noun.length > 3 && noun.endsWith("s") && !noun.endsWith("ss")) return true;
      }
      return false;
    };
    const hits = [
      ...cue("measured").filter((m) => after(m.first) && isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("early").filter((m) => after(m.first) && isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("streak").filter((m) => after(m.first) && isAsserted(doc, m) && isStreak(m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("result").filter((m) => after(m.first) && isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
    ];
    return hits.sort((a, b) => a.first - b.first).map((hit) => toClauseEnd(doc, hit, 10));
  },
});
