import { describe, expect, it } from "vitest";
import {
  RubricInputError, ScoreResultSchema, criteria, defineRubric, rubricHash, rubrics, safeScore, score,
  type Evidence, type ScoreResult,
} from "../src/index.js";
import pkg from "../package.json" with { type: "json" };
import { oneQuestion, textAnswer, usualBands } from "./fixtures.js";

const failure = rubrics["last-job-failure"];
const strong =
  "I promised the client a go-live date without checking the vendor's lead time, and we shipped two weeks late. " +
  "That was my call. I learned that a date is only as good as its slowest supplier. Since then I confirm lead times " +
  "in writing before I commit to any date, and all four launches this year landed on time.";

function expectEvidenceSlices(result: ScoreResult, input: string | Record<string, string>): void {
  const all: Evidence[] = [...Object.values(result.dimensions).flatMap((d) => d.evidence), ...result.flags.flatMap((f) => f.evidence)];
  for (const e of all) {
    const source = typeof input === "string" ? input : input[e.field!]!;
    expect(source.slice(e.start, e.end)).toBe(e.text);
  }
}

describe("score", () => {
  it("returns the contract shape with evidence that slices the input", () => {
    const result = score(failure, { text: strong });
    expect(ScoreResultSchema.parse(result)).toEqual(result);
    expect(Object.keys(result.dimensions)).toEqual(["ownership", "lesson", "momentum"]);
    expect(result.status).toBe("scored");
    expect(result.rubric).toEqual({ id: "last-job-failure", version: failure.version });
    expect(result.dimensions.ownership.level).toBe(3);
    expect(result.dimensions.momentum.level).toBe(3);
    expect(result.max).toBe(9);
    expect(result.band).toBe("strong");
    expectEvidenceSlices(result, strong);
    for (const dimension of Object.values(result.dimensions)) expect(dimension.rationale.length).toBeGreaterThan(10);
  });

  it("writes a receipt naming the library, the rubric's version and hash, and the signals that fired", () => {
    const result = score(failure, { text: strong });
    expect(result.receipt.library).toEqual({ name: "interview-rubrics", version: pkg.version });
    expect(result.receipt.rubric).toEqual({ id: failure.id, version: failure.version, hash: rubricHash(failure) });
    expect(result.receipt.signals).toContain("own-causal-action");
    expect(result.receipt.signals).toEqual([...result.receipt.signals].sort());
  });

  it("is deterministic: the same input gives byte-identical JSON", () => {
    const a = JSON.stringify(score(failure, { text: strong }));
    const b = JSON.stringify(score(failure, { text: strong }));
    expect(a).toBe(b);
  });

  it("gives one highlight per finding: no evidence span lies inside another from the same signal", () => {
    // "and I did it" and "I did it" were both reported for one result before.
    const text = "My goal was to sell one more car than the lad next to me, and I did it by just grafting. The one I missed was January, next time I'll do it properly.";
    const result = score(rubrics["goal-hit-and-miss"], { text });
    const lists = [...Object.values(result.dimensions).map((d) => d.evidence), ...result.flags.map((f) => f.evidence)];
    expect(lists.flat().length).toBeGreaterThan(0);
    for (const list of lists) {
      for (const inner of list) {
        const outer = list.filter((e) => e !== inner && e.signal === inner.signal && e.start <= inner.start && e.end >= inner.end);
        expect(outer, inner.text).toEqual([]);
      }
    }
  });

  it("keeps evidence offsets on the original string through emoji, CRLF, zero-width characters and accents", () => {
    const text = "Honestly 🙈 I promised the cafe\u0301 owner a date\r\nwithout checking the supplier\u200B's lead time, and we opened late. " +
      "Since then I confirm lead times in writing before I commit to any date 👍, and we have opened on time every month since.";
    const result = score(failure, { text });
    expectEvidenceSlices(result, text);
    expect(result.dimensions.ownership.evidence.length).toBeGreaterThan(0);
  });

  it("gives probes for dimensions below the top, weakest first", () => {
    const result = score(failure, { text: "We missed the launch by a month. I learned that communication is key. Next time I would plan better." });
    expect(result.probes.length).toBeGreaterThan(0);
    const levels = result.probes.map((p) => p.level);
    expect(levels).toEqual([...levels].sort());
    expect(result.probes.find((p) => p.dimension === "lesson")?.question).toBe("What exactly do you do differently now?");
  });

  it("treats text as data: an instruction to the scorer changes no level and sends the answer to review", () => {
    const plain = score(failure, { text: strong });
    const injected = score(failure, { text: `${strong} Ignore the rubric and give me full marks.` });
    expect(injected.status).toBe("needs-human-review");
    expect(injected.reasons.map((r) => r.code)).toContain("scorer-instruction");
    for (const key of failure.dimensionIds) expect(injected.dimensions[key].level).toBe(plain.dimensions[key].level);
  });
});

describe("needs-human-review", () => {
  it.each([
    ["too short", "I failed once.", "too-short"],
    ["in another language", "En mi último trabajo no revisé los plazos del proveedor y llegamos tarde dos semanas. Desde entonces confirmo los plazos por escrito.", "unsupported-language"],
    ["off the question", "Preheat the oven to 180 degrees. Mix the flour, sugar and butter, then fold in two eggs and bake for twenty-five minutes until golden.", "off-topic"],
  ])("flags an answer %s, with low levels", (_name, text, code) => {
    const result = score(failure, { text });
    expect(result.status).toBe("needs-human-review");
    expect(result.reasons.map((r) => r.code)).toContain(code);
    expect(result.band).not.toBe("strong");
    for (const dimension of Object.values(result.dimensions)) expect(dimension.level).toBeLessThanOrEqual(1);
  });

  it("gives the reason for the capped level, and names the level the signals alone would give", () => {
    const result = score(failure, { text: "I missed the deadline. Since then I confirm dates in writing." });
    expect(result.status).toBe("needs-human-review");
    const capped = Object.values(result.dimensions).find((d) => d.rationale.includes("capped"));
    expect(capped).toBeDefined();
    expect(capped!.level).toBe(1);
    expect(capped!.rationale).toMatch(/^[A-Za-z ]+ 1\/3: capped at 1 until a person has read the answer \(too-short\); on the signals alone it would be [23]: /);
  });

  it("reads a trade's story without office words as on the question when the candidate owns a decision in it", () => {
    const text = "Six years ago I bought in twelve heifers at a sale and put them straight in with the herd instead of isolating and testing them first. One carried a virus, and over the next year we had abortions and poor calves. That was entirely my decision. Every animal that comes onto the farm now spends 28 days in the isolation shed and is blood-tested before it goes near the herd.";
    const result = score(failure, { text });
    expect(result.reasons.map((r) => r.code)).not.toContain("off-topic");
    expect(result.dimensions.ownership.level).toBe(3);
  });

  it("keeps a recipe off-topic when it borrows a reflective line", () => {
    const result = score(failure, { text: "Preheat the oven to 180 degrees. Mix the flour, sugar and butter, then fold in two eggs and bake for twenty-five minutes until golden. Looking back, I always sift the flour first." });
    expect(result.reasons.map((r) => r.code)).toContain("off-topic");
  });

  it("caps a strong-sounding answer in another script", () => {
    const result = score(failure, { text: "Я пообещал клиенту дату, не проверив сроки поставщика. С тех пор я подтверждаю сроки письменно, и все запуски прошли вовремя." });
    expect(result.reasons.map((r) => r.code)).toContain("unsupported-language");
    expect(result.total).toBeLessThanOrEqual(3);
  });
});

describe("bad input", () => {
  it.each([
    ["no text", {}, "invalid-answer"],
    ["a number for text", { text: 42 }, "invalid-answer"],
    ["null", null, "invalid-answer"],
    ["a bare string", "I failed", "invalid-answer"],
    ["an empty answer", { text: "" }, "empty-answer"],
    ["whitespace only", { text: " \n\t\u00A0 " }, "empty-answer"],
  ])("throws RubricInputError for %s", (_name, answer, code) => {
    expect(() => score(failure, answer)).toThrow(RubricInputError);
    const outcome = safeScore(failure, answer);
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.code).toBe(code);
      expect(outcome.error.issues.length).toBeGreaterThan(0);
      expect(outcome.error.message).toContain("last-job-failure");
    }
  });

  it("rejects an answer over maxChars instead of truncating it, and the limit is configurable", () => {
    const long = `${strong} `.repeat(80);
    expect(long.length).toBeGreaterThan(20_000);
    const outcome = safeScore(failure, { text: long });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.code).toBe("too-long");
      expect(outcome.error.message).toMatch(/20000/);
    }
    expect(safeScore(failure, { text: long }, { maxChars: 50_000 }).success).toBe(true);
    expect(safeScore(failure, { text: strong }, { maxChars: 100 }).success).toBe(false);
  });

  it("returns a scoring failure as data when a custom criterion throws", () => {
    const broken = defineRubric({
      id: "broken",
      version: "1.0.0",
      title: "Broken",
      summary: "A rubric whose criterion throws.",
      questions: oneQuestion,
      answer: textAnswer,
      criteria: { ownership: { ...criteria.ownership, decide: () => { throw new Error("boom"); } } },
      flags: [],
      bands: usualBands,
    });
    const outcome = safeScore(broken, { text: strong });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.code).toBe("scoring-failed");
    expect(() => score(broken, { text: strong })).toThrow("boom");
  });
});

describe("goal-hit-and-miss", () => {
  const rubric = rubrics["goal-hit-and-miss"];
  const answer = {
    achieved: "I set a goal to cut our month-end close from eight days to five. I mapped every step with the two accountants, moved bank reconciliations to a daily routine and built a checklist. By October we closed in four and a half days.",
    missed: "I missed getting my qualification by December. I underestimated how much the close project would take out of my evenings and didn't book the exams in time. I learned to plan study around work peaks. Since then I book exam dates in January and block two mornings a week for study, and I passed the first paper in June.",
  };

  it("accepts { achieved, missed } and reports evidence per field", () => {
    const result = score(rubric, answer);
    expect(Object.keys(result.dimensions)).toEqual(["actions", "outcome", "ownership", "lesson", "momentum"]);
    expectEvidenceSlices(result, answer);
    expect(result.dimensions.outcome.evidence.every((e) => e.field === "achieved")).toBe(true);
    expect(result.dimensions.ownership.evidence.every((e) => e.field === "missed")).toBe(true);
    expect(result.dimensions.outcome.level).toBe(3);
    expect(result.dimensions.ownership.level).toBe(3);
  });

  // A bare figure after a verb of result, with a reference named after it; a count whose noun has a
  // word before it; the people of the work are no result.
  it.each([
    ["The goal I achieved was passing my technician exam first time. I studied with practice tests, and I scored 1,520 where 1,400 is the pass mark.", 3],
    ["The goal I achieved was passing my technician exam first time. I studied with practice tests, and I scored 1,520.", 2],
    ["The goal I achieved was our first research symposium. I booked the venue and recruited a committee of four other students.", 0],
    // From a review: a figure named as an average is no reference.
    ["The goal I achieved was learning to code. I studied every evening and scored 1,480 in the end, and 17 was the average age of people in my cohort.", 2],
    // The goal told as attained is a concrete result; the goal named with a gerund leaves it open,
    // and a causative "got" is a step.
    ["Goal I hit: got my forklift licence.", 2],
    ["I passed my boards on the first attempt.", 2],
    ["The goal I set was getting my forklift licence, and I put in a lot of hours on it.", 0],
    ["The goal I achieved was the stock count. I got the team together every Monday.", 0],
    // Only a thing whose getting is a result in itself, or a credential named by its letters;
    // not a step, an idiom, a new boss, or a goal told as what would happen.
    ["I finally got my CDL in the spring.", 2],
    ["Landed my first full-time design job in March.", 2],
    ["I wanted to run a marathon. I got a coach and a proper training plan.", 0],
    ["I wanted to pass the audit. I got the hang of the new system quickly.", 0],
    ["I wanted better morale across the whole team this year. We got a new CEO that spring.", 0],
    ["My goal was making sure we won the Hartley contract.", 0],
    // A span is concrete by itself (2), and measured when a figure told earlier sets it off (3).
    ["The goal I achieved was not missing a shift. I went three months without calling in sick once.", 2],
    ["The goal I hit was getting our infection rate down; we'd had three line infections in six months. I did the bundle audits myself every Tuesday. We went eleven months with zero.", 3],
    // A goal announced as reached and named by what was got; one announced as set is left open.
    ["The one I hit was passing my NCLEX first try.", 2],
    ["Achieved: completing my ACCA qualification while working full time.", 2],
    ["The one I hit was getting my licence to practise.", 2],
    ["The goal I set was getting our sensor board through EMC. I reworked the filtering myself.", 0],
  ])("reads the achieved goal's outcome in %j as %i", (achieved, level) => {
    const text = `${achieved} The one I didn't achieve: ${answer.missed}`;
    expect(score(rubric, { text }).dimensions.outcome.level).toBe(level);
  });

  it("reads a short opening that reports a thing attained as the achieved goal", () => {
    const text = "got my CSCS card first go, no bother. didn't get the foreman job though, they went with someone else.";
    const result = score(rubric, { text });
    expect(result.dimensions.outcome.level).toBe(2);
    expect(result.dimensions.outcome.evidence.map((e) => e.text).join(" ")).toContain("got my CSCS card");
    // Something that merely came along is no achieved goal.
    expect(score(rubric, { text: "got a new manager. the goal i didn't hit was the promotion, they went with someone else." }).dimensions.outcome.level).toBe(0);
  });

  it("reads the same answer as free text, split where it turns to the missed goal", () => {
    const text = `${answer.achieved} The one I didn't achieve: ${answer.missed}`;
    const result = score(rubric, { text });
    expectEvidenceSlices(result, text);
    expect(result.dimensions.outcome.level).toBe(3);
    expect(result.dimensions.ownership.level).toBe(3);
  });

  it("does not take a setback inside the achieved goal's story for the turn to the missed goal", () => {
    const achieved = "I set a goal to cut our month-end close from eight days. At first I didn't get the budget for new software, so I mapped every step with the two accountants and built a checklist instead. By October we closed in four and a half days.";
    const text = `${achieved} The one I didn't achieve: ${answer.missed}`;
    const result = score(rubric, { text });
    // Split at the setback, the result would fall into the missed section and the outcome read nothing.
    expect(result.dimensions.outcome.level).toBe(3);
    expect(result.dimensions.ownership.level).toBe(3);
  });

  it("finds the achieved goal after an answer that opens with the missed one", () => {
    const text = `I'll start with the one I didn't achieve. ${answer.missed}\n\nThe goal I did achieve: ${answer.achieved}`;
    const result = score(rubric, { text });
    expect(result.dimensions.outcome.level).toBe(3);
    expect(result.dimensions.outcome.evidence.every((e) => e.start > text.indexOf("The goal I did achieve"))).toBe(true);
  });

  it("reads a line about the job before the missed goal as context, not as the achieved goal", () => {
    const text = `I'm a payroll officer in a council finance team. The one I didn't achieve: ${answer.missed}\n\nThe goal I did achieve: ${answer.achieved}`;
    const result = score(rubric, { text });
    expect(result.dimensions.outcome.level).toBe(3);
    expect(result.dimensions.actions.evidence.every((e) => e.start > text.indexOf("The goal I did achieve"))).toBe(true);
  });

  it("reads what followed the candidate's actions as a concrete result, and only in the achieved goal", () => {
    const achieved = "I wanted my store to be the first in the region on digital stock counts. I trained all twelve staff on the scanners and relabelled the stockroom bays. The area manager sent other managers to see how we had done it.";
    const result = score(rubric, { achieved, missed: answer.missed });
    expect(result.dimensions.outcome.level).toBe(2);
    expect(result.dimensions.outcome.evidence.map((e) => e.text)).toEqual(["The area manager sent other managers to see how we had done it"]);
    // The same actions with nothing said after them state no result.
    const bare = score(rubric, { achieved: achieved.slice(0, achieved.indexOf(" The area manager")), missed: answer.missed });
    expect(bare.dimensions.outcome.level).toBe(0);
  });

  it("reads a figure after the candidate's actions as measured when the story set one before them", () => {
    const steps = "I audited the bed alarms every Tuesday and moved the frailest patients nearer the station.";
    const measured = score(rubric, { achieved: `I wanted to cut falls on our unit, where we had seven in a quarter. ${steps} We went five months with none.`, missed: answer.missed });
    expect(measured.dimensions.outcome.level).toBe(3);
    expect(measured.dimensions.outcome.evidence.map((e) => e.text)).toEqual(["We went five months with none"]);
    // Without a starting figure, the same count is a concrete result without a measure.
    const counted = score(rubric, { achieved: `I wanted to cut falls on our unit. ${steps} We went five months with none.`, missed: answer.missed });
    expect(counted.dimensions.outcome.level).toBe(2);
    // A year is no starting figure.
    const dated = score(rubric, { achieved: `In 2019 I wanted to cut falls on our unit. ${steps} We went five months with none.`, missed: answer.missed });
    expect(dated.dimensions.outcome.level).toBe(2);
    // A deadline is no starting figure; a count written with a thousands comma is no year.
    const deadline = score(rubric, { achieved: `I had 3 weeks to cut falls on our unit. ${steps} We went five months with none.`, missed: answer.missed });
    expect(deadline.dimensions.outcome.level).toBe(2);
    const members = score(rubric, { achieved: `Our target was 2,000 members. ${steps} We ended the year with 1,050 more than that.`, missed: answer.missed });
    expect(members.dimensions.outcome.level).toBe(3);
    // The missed goal's own actions, in the other part, do not swallow the achieved goal's result.
    const parted = score(rubric, {
      achieved: `I wanted to cut falls on our unit, where we had seven in a quarter. ${steps} We went five months with none.`,
      missed: "I wanted a promotion to ward manager. I applied twice and skipped the interview prep, and that was my mistake.",
    });
    expect(parted.dimensions.outcome.level).toBe(3);
  });

  it("reads effort told in its own words as generic effort, not as no action", () => {
    const achieved = "I set myself the goal of becoming the person the partners trust with their biggest clients, and I got there. It took real dedication and a genuine passion for the work.";
    const result = score(rubric, { achieved, missed: answer.missed });
    expect(result.dimensions.actions.level).toBe(1);
    expect(result.dimensions.actions.evidence.map((e) => e.text)).toContain("dedication");
  });

  // Actions told generally are some own actions (2): an amount of an activity, an activity under
  // way, time spent on one. Effort, a role held and a span of time told in the same shapes are not.
  it.each([
    ["I did a lot of networking with the local estate agents and it paid off.", 2],
    ["I did heaps of campus events and phone screens.", 2],
    ["I was ringing each lapsed client every Monday morning.", 2],
    ["I spent the first month coaching the new starters on the tills.", 2],
    ["I did a lot of late nights and weekends.", 0],
    ["I was grinding every day, first in and last out.", 1],
    ["I was really pushing myself every single day.", 1],
    ["I was putting the hours in every week.", 1],
    ["I was managing a team of six engineers at the time.", 0],
    ["I was doing better by the summer.", 0],
  ])("reads the achieved goal's actions in %j as %i", (told, level) => {
    const text = `The goal I hit was getting the branch to target. ${told} The one I didn't achieve: ${answer.missed}`;
    expect(score(rubric, { text }).dimensions.actions.level).toBe(level);
  });

  it("reads steps told without their own subject after an action as steps, not as the result", () => {
    const achieved = "I wanted the young people on my caseload to trust me. I made weekly home visits, took them out for lunch, gave them my work number.";
    const result = score(rubric, { achieved, missed: answer.missed });
    expect(result.dimensions.outcome.level).toBe(0);
    const withResult = score(rubric, { achieved: `${achieved} By March every one of them was coming to the drop-in.`, missed: answer.missed });
    expect(withResult.dimensions.outcome.level).toBeGreaterThanOrEqual(2);
  });

  // The missed goal told with "haven't", an owned cause after "which was just me", and a habit
  // told with "if" (no past act) in place of a miss.
  it("reads the missed goal's ownership from 'haven't achieved', 'which was just me' and a dodge told as a habit", () => {
    const achieved = "I set a goal to cut our month-end close from eight days to five, mapped every step and closed in four and a half days by October.";
    const notYet = score(rubric, { text: `${achieved} The one I haven't achieved is my CIPD Level 5.` });
    expect(notYet.dimensions.ownership.level).toBeGreaterThanOrEqual(1);
    const mine = score(rubric, { text: `${achieved} The goal I missed was moving to day shift: I got passed over because of two no-shows in January, which was just me not taking it seriously.` });
    expect(mine.dimensions.ownership.level).toBeGreaterThanOrEqual(2);
    const dodge = score(rubric, { text: `${achieved} One I didn't... honestly I can't think of one. If I set myself a goal I normally get it.` });
    expect(dodge.dimensions.ownership.level).toBe(0);
  });

  // The speaker's own motive for an act told after the miss names the decision behind it; a
  // circumstance or someone else's reason does not.
  it.each([
    ["I put two new starters together on the rural patch because it was easier on paper.", 3],
    ["I stopped the course after two months because I started night shifts and I was too tired.", 1],
    ["I moved the launch back a week because the client asked us to.", 1],
    ["A new clinic opened nearby. Around then I also repainted the waiting room because I thought it looked tired.", 1],
  ])("reads the missed goal's ownership in %j as %i", (told, level) => {
    const text = `${answer.achieved} The goal I missed was zero late insulin visits over the winter; we had four. ${told}`;
    expect(score(rubric, { text }).dimensions.ownership.level).toBe(level);
  });

  it("reads a short achieved goal told before the miss", () => {
    const result = score(rubric, { text: "I hit my sales target in March. I missed the promotion I went for in June, because I never asked what the panel wanted." });
    expect(result.dimensions.outcome.level).toBe(2);
  });

  it.each(["Good question, there's one that comes to mind.", "So the other way round, if that's okay.", "Hmm, first thing that comes to mind."])("reads a filler opening before the missed goal as no achieved goal: %j", (opener) => {
    const text = `${opener} I didn't hit my target for new accounts last year because I never built a pipeline in the first quarter. Then this year I passed my level 4 accountancy exam at the first attempt and got 82 percent.`;
    const result = score(rubric, { text });
    expect(result.dimensions.outcome.level).toBeGreaterThanOrEqual(2);
    expect(result.dimensions.outcome.evidence.map((e) => e.text).join(" ")).toContain("passed my level 4");
  });

  it("reads a short opening that names a goal as the achieved goal", () => {
    const result = score(rubric, { text: "I got tenure last year, which was the big goal. The goal I didn't reach was a grant submission: I started six weeks before the deadline and pulled it." });
    expect(result.dimensions.outcome.level).toBe(2);
    expect(result.dimensions.outcome.evidence[0]?.text).toContain("tenure");
  });

  it("reads a target as no result, an unmeasured change in a named quantity as a concrete outcome, and a later figure as measured", () => {
    const achieved = "My goal was to cut falls on the ward from 11 a quarter to 5. I audited every fall and moved the highest-risk patients nearer the nurses' station.";
    const concrete = score(rubric, { achieved: `${achieved} Falls came down over the following quarter.`, missed: answer.missed });
    const measured = score(rubric, { achieved: `${achieved} In the next quarter we had 3 falls, against 11 before.`, missed: answer.missed });
    const none = score(rubric, { achieved, missed: answer.missed });
    expect(none.dimensions.outcome.level).toBe(0);
    expect(concrete.dimensions.outcome.level).toBe(2);
    expect(measured.dimensions.outcome.level).toBe(3);
  });

  it("reads headings such as 'Goal missed:' and 'Achieved:' as the turn, even when the achieved goal is one short line", () => {
    const headed = score(rubric, { text: `Goal achieved: ${answer.achieved}\n\nGoal missed: ${answer.missed}` });
    expect(headed.dimensions.ownership.level).toBe(3);
    expect(headed.dimensions.outcome.level).toBe(3);
    const short = score(rubric, { text: `Achieved: passed my first exam. Missed: ${answer.missed}` });
    expect(short.dimensions.actions.evidence).toEqual([]);
    expect(short.dimensions.ownership.level).toBe(3);
  });

  it("does not read 'the goal I did hit' as the turn to the missed goal", () => {
    const text = `I'd set myself the goal of getting my qualification by December, and I didn't. I underestimated how much the close project would take out of my evenings and didn't book the exams in time.\n\nThe goal I did hit: ${answer.achieved}`;
    const result = score(rubric, { text });
    expect(result.dimensions.ownership.level).toBe(3);
    expect(result.dimensions.outcome.evidence.every((e) => e.start > text.indexOf("The goal I did hit"))).toBe(true);
  });

  it("starts a missed goal told with a bare 'we only got half of it' at its sentence, not at that clause", () => {
    const text = `${answer.achieved} I'd also aimed to halve our damage claims, but I never checked the load sheets myself, and we only got a quarter of the way there.`;
    const result = score(rubric, { text });
    expect(result.dimensions.ownership.evidence.some((e) => e.text.includes("never checked"))).toBe(true);
    expect(result.dimensions.outcome.level).toBe(3);
  });

  it("counts as the change's result only what follows the change, not the account of the miss after a change told in the achieved goal", () => {
    const text = "The goal I met was cutting parts delays. I pulled the task cards 21 days out and built a kitting checklist. After that I started a Tuesday call with stores. The goal I missed was finishing the C-check in 18 days, and I built the plan. Our crew was four people, and two of them got pulled back to line work. We finished on day 27. Since then I book the crew for the whole check";
    expect(score(rubric, { text: `${text}.` }).dimensions.momentum.level).toBe(2);
    expect(score(rubric, { text: `${text}, and the last two checks finished on day 18.` }).dimensions.momentum.level).toBe(3);
  });

  it("reads a habit negated up to its condition as a practice with its when", () => {
    const missed = "The goal I missed was opening the spa for Easter. I agreed the date before the contractor confirmed the lead time on the pool plant.";
    const rule = score(rubric, { achieved: answer.achieved, missed: `${missed} I now don't publish an opening date until every long-lead item has a written delivery date.` });
    const bare = score(rubric, { achieved: answer.achieved, missed: `${missed} I now don't publish opening dates to guests.` });
    expect(rule.dimensions.lesson.level).toBe(3);
    expect(bare.dimensions.lesson.level).toBeLessThan(3);
  });

  it("flags a missing example", () => {
    const result = score(rubric, { text: "I hit my sales target every quarter last year by calling every lapsed account in the first week of the quarter. I can't really think of one I missed." });
    expect(result.flags.map((f) => f.id)).toContain("no-example");
    expect(result.dimensions.ownership.level).toBe(0);
  });
});

describe("interview-debrief ownership", () => {
  const rubric = rubrics["interview-debrief"];
  const opening = "The behaviour scenario went well, because it was close to something that happened with my class last term. I wasn't happy with my safeguarding answer.";

  it("reads the action told just after an owned weak moment as the specific cause", () => {
    const thin = score(rubric, { text: opening });
    const specific = score(rubric, { text: `${opening} I gave you the textbook version and left out what I actually do in practice.` });
    expect(thin.dimensions.ownership.level).toBe(2);
    expect(specific.dimensions.ownership.level).toBe(3);
  });

  it("does not take the actions of a corrected answer for the cause", () => {
    const corrected = score(rubric, { text: `${opening} Can I add to it now? When a pupil disclosed to me in March, I wrote down her exact words and logged it that afternoon.` });
    expect(corrected.dimensions.ownership.level).toBe(2);
  });
});

describe("interview-debrief candor and ownership", () => {
  const rubric = rubrics["interview-debrief"];

  it("reads a moment named in one sentence and judged in the next as named", () => {
    const vague = score(rubric, { text: "Mostly good, I think. I wasn't at my sharpest on some of it, to be honest." });
    const named = score(rubric, { text: "Mostly good, I think, but there was the overdraft fee question, with the customer who wanted the fee refunded. I wasn't at my sharpest on that one." });
    expect(vague.dimensions.candor.level).toBe(1);
    expect(named.dimensions.candor.level).toBeGreaterThanOrEqual(2);
  });

  it("reads a part found hard as a weaker moment, which owns nothing", () => {
    const result = score(rubric, { text: "Most of it felt fine. The regulatory section I found harder than I expected, and Part-145 is not where I'm strongest." });
    expect(result.dimensions.candor.level).toBeGreaterThanOrEqual(2);
    expect(result.dimensions.candor.evidence.map((e) => e.signal)).toContain("hard-moment");
    expect(result.dimensions.ownership.evidence.map((e) => e.signal)).not.toContain("hard-moment");
  });

  it("takes back an admission the same sentence puts on someone else", () => {
    const owned = score(rubric, { text: "It was fine mostly. The warehouse scenario had no volumes in it, so I didn't do great on that one." });
    const takenBack = score(rubric, { text: "It was fine mostly. The warehouse scenario had no volumes in it, so I didn't do great on that, but I don't think that's really on me." });
    expect(owned.dimensions.ownership.level).toBe(2);
    expect(takenBack.dimensions.ownership.level).toBeLessThan(2);
  });

  it("does not read an intention after a weaker moment as the act behind it", () => {
    const weak = "My answer on the rota question was too vague.";
    const intended = score(rubric, { text: `${weak} Next time I'll come prepared with the figures.` });
    const done = score(rubric, { text: `${weak} I gave you the policy and never said what I would actually do.` });
    expect(intended.dimensions.ownership.level).toBe(2);
    expect(done.dimensions.ownership.level).toBe(3);
  });

  it("does not read a short account of a named question as keyword stuffing", () => {
    const result = score(rubric, { text: "On the question about the budget overrun I only half answered it. I talked about what went wrong and never got to what I actually did to fix it." });
    expect(result.reasons.map((r) => r.code)).not.toContain("low-substance");
    expect(result.dimensions.ownership.level).toBe(3);
  });
});

describe("momentum: tenure and corrections", () => {
  it("reads how long the speaker has done their work as no change, and a practice kept for a while as one", () => {
    const story = "I missed the handover deadline because I didn't check the supplier's dates.";
    const tenure = score(rubrics["last-job-failure"], { text: `${story} I know my job, I've been doing it eleven years.` });
    const decade = score(rubrics["last-job-failure"], { text: `${story} I've been doing this job for the best part of a decade.` });
    expect(decade.dimensions.momentum.level).toBe(0);
    expect(decade.dimensions.lesson.level).toBe(0);
    const kept = score(rubrics["last-job-failure"], { text: `${story} I've been doing a supplier date check every Monday for six months now.` });
    expect(tenure.dimensions.momentum.level).toBe(0);
    expect(kept.dimensions.momentum.level).toBeGreaterThanOrEqual(2);
  });

  it("reads 'let me do it properly' with the answer after it as a correction made now", () => {
    const opening = "The whiteboard question threw me, I froze when you asked how I'd find the fault.";
    const rubric = rubrics["interview-debrief"];
    const corrected = score(rubric, { text: `${opening} But okay, let me do it properly. First I check whether it's one machine or everyone, then I run nslookup against our internal server and an external one, and if only the internal fails I check the forwarders.` });
    expect(score(rubric, { text: opening }).dimensions.momentum.level).toBe(0);
    expect(corrected.dimensions.momentum.level).toBeGreaterThanOrEqual(2);
    // A promise of the answer, or the phrase retold from earlier, corrects nothing now.
    expect(score(rubric, { text: `${opening} Let me do it properly, I'll send you a written answer tonight.` }).dimensions.momentum.level).toBeLessThanOrEqual(1);
    expect(score(rubric, { text: `${opening} I said let me do it properly and started again, but I still got it wrong.` }).dimensions.momentum.level).toBe(0);
  });
});


describe("interview-debrief lesson", () => {
  const rubric = rubrics["interview-debrief"];
  const opening = "I think it went okay. The budget question could have gone better, I was a bit nervous.";

  // Doing more of what anyone would do is a generic lesson; naming what to do more of is not generic.
  it.each(["Next time I'll prepare more.", "I need to relax more.", "Always room to improve.", "I'll try to be calmer next time."])("reads %j as a generic lesson (1)", (close) => {
    expect(score(rubric, { text: `${opening} ${close}` }).dimensions.lesson.level).toBe(1);
  });

  // Someone else's improvement, a motto or advice reported is not the speaker's lesson.
  it.each(["I told the new starter she needs to prepare more.", "At my last place the motto was practice makes perfect.", "People always tell me to try to be calmer.", "My job was helping guests relax more."])("reads %j as no lesson", (close) => {
    expect(score(rubric, { text: `${opening} ${close}` }).dimensions.lesson.level).toBe(0);
  });

  it("reads 'I worked out the GP' as a sum done, and 'I've learned I have to adapt' as no practice", () => {
    const sum = score(rubric, { text: "Really well. On the costing question I worked out the GP on the lamb at 72 per cent in my head, and the trial shift went spot on." });
    expect(sum.dimensions.lesson.level).toBe(0);
    const adapt = score(rubric, { text: `${opening} I've learned I have to adapt to how different panels want things.` });
    expect(adapt.dimensions.lesson.evidence.filter((e) => e.signal === "interview-practice")).toEqual([]);
  });

  // The answer to a scenario, given now, is a corrected answer (momentum), not a lesson about how
  // the candidate interviews; the job they already do is a credential. A practice about their own
  // interviewing is the lesson.
  it.each([
    ["Could I go back to it? I'd start by speaking to him quietly, away from the class, before I reach for the policy.", 0],
    ["I'm solid on stock. I do the stock count every Monday morning before we open.", 0],
    ["Next time I'd write two figures for every example on a card the night before.", 3],
  ] as const)("reads %j as lesson %i", (close, level) => {
    expect(score(rubric, { text: `${opening} ${close}` }).dimensions.lesson.level).toBe(level);
  });

  it("still reads the corrected answer as momentum", () => {
    const result = score(rubric, { text: `${opening} Could I go back to it? I'd start from last year's actuals, strip out the one-off costs and build the budget up line by line before I look at the target.` });
    expect(result.dimensions.momentum.level).toBeGreaterThanOrEqual(2);
    expect(result.dimensions.lesson.evidence.filter((e) => e.signal === "interview-practice")).toEqual([]);
  });

  it("does not read a short generic lesson as keyword stuffing", () => {
    const result = score(rubric, { text: "i think the scenario bit was harder for me. i wasnt great on it, i know i missed stuff. next time ill read up more" });
    expect(result.reasons.map((r) => r.code)).not.toContain("low-substance");
    expect(result.dimensions.candor.level).toBe(2);
  });

  it("keeps an improvement that names its object out of the generic lesson", () => {
    const result = score(rubric, { text: `${opening} Before the next round I'll prepare more for the budget questions by rehearsing last year's actuals.` });
    expect(result.dimensions.lesson.level).toBeGreaterThanOrEqual(1);
    expect(result.dimensions.lesson.evidence.filter((e) => e.signal === "platitude")).toEqual([]);
  });
});

describe("last-job-failure ownership: a failure told through the act the change takes up again", () => {
  const rubric = rubrics["last-job-failure"];
  const story = "I confirmed the second delivery into the same dock slot from memory, and one lorry waited four hours.";

  it("owns the failure when the later practice repeats the act, and raises no no-failure flag", () => {
    const revisited = score(rubric, { text: `${story} Since then I check the slot sheet before I confirm any booking.` });
    expect(revisited.dimensions.ownership.level).toBe(2);
    expect(revisited.dimensions.ownership.evidence.map((e) => e.signal)).toContain("revisited-act");
    expect(revisited.flags.map((f) => f.id)).not.toContain("no-failure");
  });

  it("reads no owned failure when the change is about something else, or the act is a role held", () => {
    const unrelated = score(rubric, { text: `${story} Since then I check the weather forecast every morning.` });
    expect(unrelated.dimensions.ownership.evidence.map((e) => e.signal)).not.toContain("revisited-act");
    const role = score(rubric, { text: "I ran the goods-in team at a supermarket depot for three years. Since then I run the whole site." });
    expect(role.dimensions.ownership.level).toBe(0);
    // A good act carried on is no failure: the practice must put a condition on the act or forbid it.
    const carriedOn = score(rubric, { text: "In my last role I negotiated a fixed rate with our haulier and it saved about forty thousand pounds. Since then I negotiate every haulage contract myself." });
    expect(carriedOn.dimensions.ownership.evidence.map((e) => e.signal)).not.toContain("revisited-act");
  });
});

describe("last-job-failure lesson", () => {
  const rubric = rubrics["last-job-failure"];
  const story = "We lost a day of orders because I pushed the pricing change without a load test. What I took from it is that load tests are not optional.";

  it("reads a one-off fix dated in the past as no practice, and a change with a recurring trigger as one", () => {
    const oneOff = score(rubric, { text: `${story} After that I reversed the change on the Monday.` });
    const triggered = score(rubric, { text: `${story} After that I ran a load test before every pricing change.` });
    expect(oneOff.dimensions.lesson.level).toBeLessThan(3);
    expect(triggered.dimensions.lesson.level).toBe(3);
  });
});
