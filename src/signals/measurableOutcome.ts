import { defineSignal } from "../define/signal.js";
import { isAsserted, toClauseEnd } from "./helpers.js";

/**
 * The result of an achieved goal. Strength 3 when measured (a figure, a target met with a
 * number), 2 when concrete but unmeasured ("we launched on the agreed date"), 1 when vague
 * ("it went well", "people were happy").
 */
export const measurableOutcome = defineSignal({
  id: "measurable-outcome",
  description: "States the result of an achieved goal, measured (3), concrete (2) or vague (1).",
  cues: {
    measured: [
      "@num percent|currency|points|per|pounds|dollars|euros|k|grand|customers|clients|users|sales|deals|accounts|students|patients|people|orders|units|hours|days|weeks|minutes|stores|sites|members|subscribers|signups|leads|calls|visits|bookings|covers|rooms|nights|books|pages|marks|stars|calls|tickets|cases|shipments|pallets|deliveries|beds|new",
      "currency @num",
      "from @num to|down|up",
      "by @num",
      "@num (of|out of) @num",
      "top @num",
      "number one|1",
      "first|second|third place",
      "ranked|placed|came|finished first|top|second|third|@num",
      "@num x|times",
      "@num ...? ahead|early|under|over",
    ],
    concrete: [
      "hit|met|beat|exceeded|smashed|surpassed|reached|achieved|made|doubled|tripled the|my|our|that|this? target|targets|goal|quota|number|numbers|budget|deadline|plan|forecast|kpi|kpis",
      "on time|schedule",
      "under|within budget",
      "ahead of schedule|time|plan|target|deadline",
      "passed|qualified|certified|graduated|won|promoted|published|launched|shipped|opened|signed|closed|completed|finished|delivered|awarded|accepted|selected|approved|adopted",
      "got the|a promotion|job|role|contract|certificate|certification|qualification|award|place|deal|grade",
      "went live",
      "the result was",
      "as a result",
    ],
    vague: [
      "went|going really|very|pretty|quite? well|great|smoothly|fine",
      "it was a|an big|great|huge|real? success|win|hit",
      "(people|everyone|they|the team|customers|clients|my manager|my boss) were|was really|very? happy|pleased|impressed|thrilled|delighted",
      "good|great|positive|nice|lovely feedback|reviews|response",
      "it worked out?",
      "it paid off",
      "got|made it there",
      "i did it",
      "i achieved|managed|nailed it",
      "proud of",
    ],
  },
  detect: ({ doc, cue }) => {
    const hits = [
      ...cue("measured").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 3 })),
      ...cue("concrete").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("vague").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
    ];
    return hits.sort((a, b) => a.first - b.first || b.strength - a.strength).map((hit) => toClauseEnd(doc, hit, 8));
  },
});
