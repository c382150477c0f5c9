import { describe, expect, it } from "vitest";
import { rubrics, score } from "../../src/index.js";
import { addFillers, addTypos, lowerCase, paragraphBreaks, stripPunctuation, swapEmployer, swapNamesAndGenders, toAmerican, toBritish, upperCase } from "./perturb.js";

// Answers spanning the scale, with names, pronouns, employers and spellings to perturb.
const answers: ReadonlyArray<readonly [string, string]> = [
  ["strong", "At Acme I ran the warehouse night shift. I agreed to a new picking layout without testing it on a busy night, and we missed forty orders on the first Friday. That was my decision. I learned that a layout is only proven at peak volume. Since then I trial every layout change on a quiet shift first and walk it through with the pickers before it goes live, and we have not missed a Friday dispatch since."],
  ["mixed", "Our launch at Northwind slipped by a month. Sarah, the designer, was late with the assets and the timeline slipped. I think maybe I could have pushed harder on the early milestones. I realised that communication is key. Next time I would organise a weekly check-in with design."],
  ["blame", "The project failed because the client kept changing the brief and my manager never gave us the resources we asked for. He said it would be fine. Honestly it was out of my control."],
  ["dodge", "I can't really think of a failure. My biggest weakness is probably that I care too much about my work and she always says I should go home earlier."],
  ["owned-thin", "The audit at the hospital went badly and that was my fault. I dropped the ball on the paperwork. I learned that I need to understand what the auditors expect much earlier in the year, and on the next audit I prioritised the documentation from the first week."],
];

const perturbations = { swapNamesAndGenders, swapEmployer, toAmerican, toBritish, addTypos, lowerCase, upperCase, stripPunctuation, addFillers, paragraphBreaks };

describe.each(Object.entries(perturbations))("invariance to %s", (_name, perturb) => {
  it.each(answers)("keeps every level of the %s answer", (_kind, text) => {
    const rubric = rubrics["last-job-failure"];
    const before = score(rubric, { text });
    const after = score(rubric, { text: perturb(text) });
    for (const key of rubric.dimensionIds) {
      expect(after.dimensions[key].level, `${key}: ${before.dimensions[key].rationale} → ${after.dimensions[key].rationale}`).toBe(before.dimensions[key].level);
    }
  });
});
