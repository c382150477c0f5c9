import { describe, expect, it } from "vitest";
import { checkFeedback, composeFeedback, rubrics, score } from "../src/index.js";

const text =
  "We missed the launch by a month and the timeline slipped. I learned that communication is key. " +
  "Next time I would set up a weekly check-in with design.";

describe("composeFeedback", () => {
  const result = score(rubrics["last-job-failure"], { text });
  const feedback = composeFeedback(result, { candidateName: "Sam" });

  it("says which criteria were looked at and how the answer did on each", () => {
    expect(feedback.criteriaLookedAt).toContain("ownership, lesson and momentum");
    expect(feedback.points.map((p) => p.dimension).sort()).toEqual(["lesson", "momentum", "ownership"]);
    for (const point of feedback.points) {
      expect(feedback.text).toContain(`${point.title} (${point.level} of 3)`);
      expect(point.level).toBe(result.dimensions[point.dimension as "ownership"].level);
    }
  });

  it("cites the candidate's own words, exactly", () => {
    const quoted = feedback.points.filter((p) => p.quote !== null);
    expect(quoted.length).toBeGreaterThan(0);
    for (const point of quoted) {
      expect(text.slice(point.quote!.start, point.quote!.end)).toBe(point.quote!.text);
      expect(point.observation).toContain(point.quote!.text.slice(0, 20));
    }
  });

  it("gives one concrete next step for every dimension below the top", () => {
    for (const point of feedback.points) {
      if (point.level < 3) expect(point.nextStep?.length).toBeGreaterThan(30);
      else expect(point.nextStep).toBeNull();
    }
  });

  it("speaks of the answer, never of the person, and says it decides nothing", () => {
    expect(checkFeedback(feedback.text).ok).toBe(true);
    expect(feedback.text).not.toMatch(/\byou are\b|\byou're\b/i);
    expect(feedback.closing).toMatch(/decide nothing/);
    expect(feedback.text.startsWith("Sam,")).toBe(true);
  });

  it("needs the rubric for a result it does not know", () => {
    expect(() => composeFeedback({ ...result, rubric: { id: "unknown", version: "1.0.0" } })).toThrow(/options.rubric/);
  });
});

describe("checkFeedback", () => {
  it.each([
    ["Not a culture fit.", "vague-verdict"],
    ["We went in a different direction.", "vague-verdict"],
    ["You are arrogant and you came across as lazy.", "judges-person"],
    ["Your personality is not right for sales.", "judges-person"],
    ["Your answer on pricing was frankly pathetic.", "disrespectful"],
    ["We felt you were too old for a junior team.", "protected-characteristic"],
    ["Given your plans to start a family, the hours may not suit.", "protected-characteristic"],
    ["Your accent made some answers hard to follow.", "protected-characteristic"],
  ])("flags %j as %s, with evidence", (feedback, code) => {
    const check = checkFeedback(feedback);
    expect(check.ok).toBe(false);
    const issue = check.issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(check.issues)).toBeDefined();
    for (const e of issue!.evidence) expect(feedback.slice(e.start, e.end)).toBe(e.text);
  });

  it("names the protected characteristic", () => {
    expect(checkFeedback("She is pregnant, so the travel would be hard.").issues.map((i) => i.category)).toContain("pregnancy");
    expect(checkFeedback("He mentioned going to the mosque on Fridays.").issues.map((i) => i.category)).toContain("religion");
  });

  it.each([
    "Your answer on the pricing case skipped the margin calculation, so we could not see how you would set the price.",
    "Not a fit for this role because the answers did not show hands-on SQL, which the team needs from day one.",
    "The case study was strong: you structured the problem before answering. The rota question needed a concrete example.",
  ])("passes respectful, specific feedback: %j", (feedback) => {
    expect(checkFeedback(feedback)).toEqual({ ok: true, issues: [] });
  });
});
