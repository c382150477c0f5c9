// One import registers the matchers (or list the module in vitest's setupFiles).
import "interview-rubrics/testing/setup";
import { expect, it } from "vitest";
import { rubrics } from "interview-rubrics";

it("registers the matchers with a single import", () => {
  expect({ rubric: rubrics["last-job-failure"], answer: { text: "Honestly I can't think of a real failure, everything went smoothly." } }).toHaveLevel("ownership", 0);
});
