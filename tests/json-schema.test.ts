import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { rubricJsonSchemas, rubrics, score, type Rubric } from "../src/index.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const text =
  "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late. " +
  "Since then I get written lead times from every supplier before I commit to any date, and all four launches this year went out on time.";

describe.each(Object.entries(rubrics) as [string, Rubric][])("JSON Schemas of %s", (id, rubric) => {
  const { answer, result } = rubricJsonSchemas(rubric);

  it("accept a real answer and a real result, and match the files written at build time", () => {
    expect(ajv.validate(answer, { text })).toBe(true);
    const payload = JSON.parse(JSON.stringify(score(rubric, { text })));
    expect(ajv.validate(result, payload), JSON.stringify(ajv.errors)).toBe(true);
    expect(JSON.parse(readFileSync(`schemas/${id}.result.schema.json`, "utf8"))).toEqual(result);
    expect(JSON.parse(readFileSync(`schemas/${id}.answer.schema.json`, "utf8"))).toEqual(answer);
  });

  it("reject a bad answer and a result with another rubric's dimensions", () => {
    expect(ajv.validate(answer, { text: 42 })).toBe(false);
    expect(ajv.validate(answer, {})).toBe(false);
    const payload = JSON.parse(JSON.stringify(score(rubric, { text })));
    payload.dimensions.unknown = payload.dimensions[rubric.dimensionIds[0]!];
    expect(ajv.validate(result, payload)).toBe(false);
    const broken = JSON.parse(JSON.stringify(score(rubric, { text })));
    broken.dimensions[rubric.dimensionIds[0]!].level = 7;
    expect(ajv.validate(result, broken)).toBe(false);
  });
});

it("describes both answer shapes of goal-hit-and-miss", () => {
  const { answer } = rubricJsonSchemas(rubrics["goal-hit-and-miss"]);
  expect(ajv.validate(answer, { achieved: "I hit my target.", missed: "I missed the promotion." })).toBe(true);
  expect(ajv.validate(answer, { achieved: "only one half" })).toBe(false);
});
