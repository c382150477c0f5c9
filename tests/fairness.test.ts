import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditImpact, checkInvariance, renderImpactMarkdown, rubrics, score, type Rubric } from "../src/index.js";

const corpus = (id: string) =>
  readFileSync(`tests/corpus/${id}.v1.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });

describe("checkInvariance", () => {
  it.each(["last-job-failure", "goal-hit-and-miss", "interview-debrief"])("finds no level that moves when names, genders and pronouns are swapped across the %s corpus", (id) => {
    const answers = corpus(id);
    const { checked, changed, moves } = checkInvariance(rubrics[id as keyof typeof rubrics] as unknown as Rubric, answers);
    expect(checked).toBe(answers.length);
    // Most answers name nobody; the check means something only on those the swap changed.
    console.info(`${id}: the swap changed ${changed} of ${checked} answers`);
    expect(changed).toBeGreaterThanOrEqual(Math.ceil(answers.length * 0.1));
    expect(moves).toEqual([]);
    // The whole corpus is scored twice; it grows with every merged batch, so the default 5 s
    // timeout measured the machine's load, not the check.
  }, 60_000);

  it("reads 'him' and 'her' alike (\"him\" once counted as a content word and made an omission specific)", () => {
    const rubric = rubrics["last-job-failure"];
    const about = (pronoun: string) => `There was one pupil with a lot going on, and honestly I didn't handle ${pronoun} well. That was my fault, I'd get frustrated with ${pronoun}.`;
    const levels = (pronoun: string) => Object.values(score(rubric, { text: about(pronoun) }).dimensions).map((d) => d.level);
    expect(levels("him")).toEqual(levels("her"));
    expect(levels("him")[0]).toBe(2);
  });

  it("reports a level that does move", () => {
    const rubric = rubrics["last-job-failure"] as unknown as Rubric;
    const text = "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late.";
    const { moves } = checkInvariance(rubric, [{ id: "x", text }], () => "Honestly I can't think of a failure at all in my last job, everything went smoothly.");
    expect(moves).toContainEqual({ id: "x", dimension: "ownership", before: 3, after: 0 });
  });
});

describe("auditImpact", () => {
  const rubric = rubrics["last-job-failure"];
  const strong = "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late. Since then I get written lead times from every supplier before I commit to any date, and all four launches this year went out on time.";
  const weak = "Honestly, I can't really think of a failure. My managers were always happy with my work and the team hit its targets.";
  // 63 candidates: group A 18 of 30 strong, group B 8 of 30, a tiny group C (1 of 61 known), 2 unknown.
  const people = [
    ...Array.from({ length: 30 }, (_, i) => ({ text: i < 18 ? strong : weak, sex: "A", race: i % 2 ? "X" : "Y" })),
    ...Array.from({ length: 30 }, (_, i) => ({ text: i < 8 ? strong : weak, sex: "B", race: i % 2 ? "X" : "Y" })),
    { text: strong, sex: "C", race: "X" },
    { text: weak, sex: undefined, race: "Y" },
    { text: weak, sex: undefined, race: undefined },
  ];
  const report = auditImpact(people, (p) => ({ result: score(rubric, { text: p.text }), categories: { sex: p.sex, race: p.race } }), { intersections: [["sex", "race"]] });

  it("computes scoring and selection rates and impact ratios, flagging ratios under four-fifths", () => {
    const sex = report.attributes.find((a) => a.attribute === "sex")!;
    const a = sex.categories.find((c) => c.category === "A")!;
    const b = sex.categories.find((c) => c.category === "B")!;
    expect(report.median).toBe(score(rubric, { text: weak }).total);
    expect(a.scoringRate).toBeCloseTo(18 / 30);
    expect(b.scoringRate).toBeCloseTo(8 / 30);
    expect(a.scoringImpactRatio).toBe(1);
    expect(b.scoringImpactRatio).toBeCloseTo(8 / 18);
    expect(b.flagged).toBe(true);
    expect(a.flagged).toBe(false);
  });

  it("reports small categories as excluded and counts unknowns, never dropping them", () => {
    const sex = report.attributes.find((a) => a.attribute === "sex")!;
    expect(sex.unknown).toBe(2);
    const c = sex.categories.find((x) => x.category === "C")!;
    expect(c.excluded).toBe(true);
    expect(c.flagged).toBe(false);
    expect(sex.categories.reduce((n, x) => n + x.count, 0)).toBe(61);
  });

  it("audits intersections and renders Markdown", () => {
    const both = report.attributes.find((a) => a.attribute === "sex × race")!;
    expect(both.categories.map((c) => c.category).sort()).toEqual(["A × X", "A × Y", "B × X", "B × Y", "C × X"]);
    expect(both.unknown).toBe(2);
    const md = renderImpactMarkdown(report);
    expect(md).toMatch(/## sex × race/);
    expect(md).toMatch(/\*\*under threshold\*\*/);
    expect(md).toMatch(/\| C \| 1 \| .* \| excluded \|/);
  });
});
