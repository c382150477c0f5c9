// Writes each built-in rubric's answer and result JSON Schemas to schemas/ (run by npm run build).
import { mkdirSync, writeFileSync } from "node:fs";
import { rubricJsonSchemas, rubrics } from "../dist/index.js";

mkdirSync("schemas", { recursive: true });
for (const [id, rubric] of Object.entries(rubrics)) {
  const { answer, result } = rubricJsonSchemas(rubric);
  writeFileSync(`schemas/${id}.answer.schema.json`, JSON.stringify(answer, null, 2) + "\n");
  writeFileSync(`schemas/${id}.result.schema.json`, JSON.stringify(result, null, 2) + "\n");
}
console.log(`wrote schemas/ for ${Object.keys(rubrics).join(", ")}`);
