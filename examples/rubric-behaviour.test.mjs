// A vitest suite for a team's own rubric, using interview-rubrics/testing.
// Run: npx vitest run examples/rubric-behaviour.test.mjs
import { expect, it } from "vitest";
import { describeInvariance, describeMinimumFunctionality, installRubricMatchers, perturbations } from "interview-rubrics/testing";
import { incidentRubric } from "./custom-rubric.mjs";

installRubricMatchers();

const strong = "I pushed a config change without a canary and took checkout down for ten minutes. We ran a post-mortem the next day, and now I roll out every config change to one region for an hour before the rest.";

it("gives the strong answer full marks on both dimensions, citing the decision", () => {
  const scorable = { rubric: incidentRubric, answer: { text: strong } };
  expect(scorable).toHaveLevel("ownership", 3);
  expect(scorable).toHaveLevel("process", 3);
  expect(scorable).toCite("ownership", "without a canary");
});

describeMinimumFunctionality(incidentRubric, [
  { dimension: "process", level: 0, answer: { text: "I pushed a bad config change and took checkout down for ten minutes. We fixed it and moved on quickly." } },
  { dimension: "process", level: 1, answer: { text: "I pushed a bad config change and took checkout down for ten minutes. We held a retrospective about it the next week." } },
]);

describeInvariance(incidentRubric, [strong], { lowerCase: perturbations.lowerCase, addFillers: perturbations.addFillers, swapNamesAndGenders: perturbations.swapNamesAndGenders });
