import { defineSignal } from "../define/signal.js";

/**
 * Words that belong to talk about work, goals, failure and interviews. An answer with almost
 * none of them is probably off the question and goes to a person.
 */
export const topicWords = defineSignal({
  id: "topic-words",
  description: "Words that place the answer in work, goals, setbacks or the interview itself.",
  cues: {
    topic: [
      "job|jobs|work|worked|working|role|roles|position|career|company|employer|team|teams|manager|boss|colleague|colleagues|client|clients|customer|customers|patient|patients|student|students|staff|shift|project|projects|deadline|deadlines|target|targets|goal|goals|quota|sales|budget|launch|release|report|meeting|meetings|office|store|ward|school|class|warehouse|restaurant|hotel|kitchen|business|department|task|tasks|responsibility|stakeholder|stakeholders|plan|planning|deliver|delivered|delivery",
      "mistake|mistakes|fail|failed|failure|failures|failing|setback|wrong|missed|learned|lesson|lessons|learning|improve|improved|change|changed|feedback|result|results|outcome|achieve|achieved|succeed|success|successful|problem|problems|issue|issues|error|errors|promotion|promoted|hired|fired|interview|question|questions|answer|answers|experience|skills|skill|asked|answered|explained|exercise|scenario|panel|case|study|presentation|example|examples|nervous|prepared|preparation|shift|rota|audit|training|trained|quarter|year|month|week",
    ],
  },
  detect: ({ cue }) => cue("topic").map((m) => ({ ...m, strength: 1 })),
});
