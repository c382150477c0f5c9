import { rubrics } from "../../src/index.js";
import { describeInvariance, perturbations } from "../../src/testing/index.js";

// Answers spanning the scale, with names, pronouns, employers and spellings to perturb.
const answers = [
  "At Acme I ran the warehouse night shift. I agreed to a new picking layout without testing it on a busy night, and we missed forty orders on the first Friday. That was my decision. I learned that a layout is only proven at peak volume. Since then I trial every layout change on a quiet shift first and walk it through with the pickers before it goes live, and we have not missed a Friday dispatch since.",
  "Our launch at Northwind slipped by a month. Sarah, the designer, was late with the assets and the timeline slipped. I think maybe I could have pushed harder on the early milestones. I realised that communication is key. Next time I would organise a weekly check-in with design.",
  "The project failed because the client kept changing the brief and my manager never gave us the resources we asked for. He said it would be fine. Honestly it was out of my control.",
  "I can't really think of a failure. My biggest weakness is probably that I care too much about my work and she always says I should go home earlier.",
  "The audit at the hospital went badly and that was my fault. I dropped the ball on the paperwork. I learned that I need to understand what the auditors expect much earlier in the year, and on the next audit I prioritised the documentation from the first week.",
];

describeInvariance(rubrics["last-job-failure"], answers, perturbations);
