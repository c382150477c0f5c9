import { spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";

// Every example in examples/ runs here, against the built package, as a reader would run it.
describe("examples", () => {
  it("npm start's script scores every bundled answer", () => {
    const run = spawnSync(process.execPath, ["examples/score-answers.mjs"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.match(/━━ /g)?.length).toBe(5);
    expect(run.stdout).toMatch(/never a hiring decision/);
  });

  it("the HTTP endpoint answers 200 with a result and 400 with the zod issues", async () => {
    const example = "../examples/http-endpoint.mjs";
    const { createScoringServer } = (await import(example)) as { createScoringServer: () => import("node:http").Server };
    const server = createScoringServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await fetch(`${base}/score/last-job-failure`, { method: "POST", body: JSON.stringify({ text: "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late. That was my call." }) });
      expect(ok.status).toBe(200);
      expect((await ok.json()).dimensions.ownership.level).toBe(3);
      const bad = await fetch(`${base}/score/last-job-failure`, { method: "POST", body: JSON.stringify({ text: 42 }) });
      expect(bad.status).toBe(400);
      expect((await bad.json()).issues[0].path).toEqual(["text"]);
      expect((await fetch(`${base}/score/nope`, { method: "POST", body: "{}" })).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("the custom rubric example scores with built-in and custom signals", () => {
    const run = spawnSync(process.execPath, ["examples/custom-rubric.mjs"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ownership: 3\/3/);
    expect(run.stdout).toMatch(/process: 3\/3/);
  });

  it("the batch example scores a JSONL file with the CLI", () => {
    const run = spawnSync("bash", ["examples/batch-score.sh"], { encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split("\n");
    expect(rows).toHaveLength(3);
    expect(run.stderr).toMatch(/3 scored, 0 failed/);
    // cand-3 blames others throughout: no level of it may come out high.
    expect(rows[2]).toMatch(/^cand-3 .*ownership [01] .*lesson [01] .*momentum [01]/);
  });
});
