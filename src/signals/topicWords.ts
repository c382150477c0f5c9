import { defineSignal, type SignalHit } from "../define/signal.js";
import { ROLE_NOUNS } from "../text/words.js";

/**
 * Words that belong to talk about work, goals, setbacks and interviews. An answer with almost
 * none of them is probably off the question and goes to a person.
 */
export const topicWords = defineSignal({
  id: "topic-words",
  description: "Words that place the answer in work, goals, setbacks or the interview itself.",
  cues: {
    topic: [
      "job~|work|worked|working|role~|position~|career~|company|companies|employer~|team~|manager~|boss~|colleague~|client~|customer~|patient~|student~|staff|shift~|project~|deadline~|target~|goal~|quota~|sales|budget~|launch~|release~|report~|meeting~|office~|store~|ward~|school~|class~|warehouse~|restaurant~|hotel~|kitchen~|business~|department~|task~|responsibility|responsibilities|stakeholder~|plan~|planning|deliver~|delivery|deliveries|rota~|audit~|training|trained|quarter~|supplier~|vendor~|contract~|order~|account~|service~|product~|process~|system~",
      // The people and places of trades, care and service work, not only of offices.
      "resident~|guest~|passenger~|homeowner~|tenant~|pupil~|learner~|nurse~|nursing|doctor~|gp|carer~|caring|site~|trade~|tradesman|apprentice~|apprenticeship~|supervisor~|foreman|crew~|clinic~|surgery|pharmacy|shop~|till~|repair~|install~|installation~|fitting~|inspection~|tracking|tracked|shipment~|stock|inventory|invoice~|payroll|rota~|handover~|listing~|broker~|agent~|tenancy|mortgage~|viewing~",
      "mistake~|fail~|failure~|setback~|wrong|miss~|learned|lesson~|learning~|improve~|change~|feedback|result~|outcome~|achieve~|succeed~|success|successful|problem~|issue~|error~|promotion~|promoted|hired|fired|interview~|question~|answer~|experience~|skill~|asked|explained|exercise~|scenario~|panel~|case~|study|presentation~|example~|nervous|prepared|preparation|today|table|conversation~|chat|enjoyed|rambled|confident",
    ],
  },
  // The people of a workplace (buyers, agents, drivers, the board…) place an answer at work too.
  // Matches come in token order, each starting at its own token, so one pass merges them with the
  // role nouns no match starts at: no set of taken tokens, no sort.
  detect: ({ doc, cue }) => {
    const matches = cue("topic");
    const hits: SignalHit[] = [];
    let next = 0;
    doc.tokens.forEach((t, k) => {
      if (matches[next]?.first === k) hits.push({ first: k, last: matches[next++]!.last, strength: 1 });
      else if (t.kind === "word" && ROLE_NOUNS.has(t.norm)) hits.push({ first: k, last: k, strength: 1 });
    });
    return hits;
  },
});
