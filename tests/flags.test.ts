import { describe, expect, it } from "vitest";
import { rubrics, score } from "../src/index.js";

const story = "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late.";

const lastJobFailure: ReadonlyArray<readonly [flag: string, text: string]> = [
  ["no-failure", "Honestly, I can't think of anything that didn't work. My managers were always happy with me and the team hit every target."],
  ["blame-shifting", "The launch failed because the client kept changing the brief and management never gave us the budget. It was out of my control."],
  ["disguised-success", "My biggest failure is that I care too much and I work too hard, so I'm often the last to leave the office."],
  ["minimisation", `${story} Honestly it wasn't a big deal, it all worked out in the end.`],
  ["skips-learning", `${story} Next time I would do it differently.`],
  ["over-apology", `Sorry, this is embarrassing. ${story} I feel terrible about it, I'm so sorry.`],
  ["vague", "Things didn't always go to plan at my last job, but I learned a lot and grew as a person."],
];

const goalHitAndMiss: ReadonlyArray<readonly [flag: string, text: string]> = [
  ["no-example", "I hit my sales target every quarter last year by calling every lapsed account in the first week of the quarter. I can't really think of one I missed."],
  ["too-short", "Hit my sales target. Missed the promotion. Learned a lot."],
  ["trivial-goal", "My goal was to get in on time every day for a week and it went well. The one I missed was my certification, I underestimated the study time."],
];

describe("last-job-failure flags", () => {
  it.each(lastJobFailure)("raises %s", (flag, text) => {
    const result = score(rubrics["last-job-failure"], { text });
    expect(result.flags.map((f) => f.id)).toContain(flag);
    for (const f of result.flags) for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("raises none of them on a strong answer", () => {
    const text = `${story} That was my call. Since then I get written lead times from every supplier before I commit to any date, and all four launches this year went out on time.`;
    expect(score(rubrics["last-job-failure"], { text }).flags).toEqual([]);
  });
});

describe("goal-hit-and-miss flags", () => {
  it.each(goalHitAndMiss)("raises %s", (flag, text) => {
    expect(score(rubrics["goal-hit-and-miss"], { text }).flags.map((f) => f.id)).toContain(flag);
  });
});

describe("interview-debrief flags", () => {
  it("raises no-self-assessment on a read that is only polite", () => {
    expect(score(rubrics["interview-debrief"], { text: "I think it went well? I don't know, you tell me. I really enjoyed meeting everyone today though." }).flags.map((f) => f.id)).toContain("no-self-assessment");
  });

  it("raises blame-shifting when the weak moments are put on the interview", () => {
    const text = "The role-play wasn't fair. The interviewer kept interrupting me and the questions were unclear, so I never got to show what I can do.";
    expect(score(rubrics["interview-debrief"], { text }).flags.map((f) => f.id)).toContain("blame-shifting");
  });
});
