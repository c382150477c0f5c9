import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport, rubrics, score, type Rubric } from "../../src/index.js";

// The HTML report in a real browser: Debian's Chromium (installed by .ci/run). Without it, the
// suite is skipped with a reason locally; under CI a missing browser is a failure.
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env["CI"]) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get.`);
if (!haveBrowser) console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);

const text =
  "At my last job I ran the stock system for three branches. Last spring I agreed to move our supplier's delivery day to Friday without checking how that hit weekend staffing, so for six weeks pallets blocked the aisles. " +
  "That was my call. What I learned is that a change to one schedule is a change to every schedule it touches. Since then, before I agree any change to a delivery slot, I walk it through with each branch manager, " +
  "and we have had no aisle blockages since. 🙂";

describe.skipIf(!haveBrowser)("HTML report in Chromium", () => {
  let browser: Browser;
  const artifacts = join("tests", "artifacts");
  const file = join(artifacts, "report.html");

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const rubric = rubrics["last-job-failure"] as unknown as Rubric;
    writeFileSync(file, renderReport(rubric, score(rubric, { text }), text, { candidate: "Example A" }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads with no console errors, highlights slice the answer, keyboard reaches every highlight", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    expect(errors).toEqual([]);

    const marks = await page.$$eval("mark.ev", (nodes) =>
      nodes.map((node) => {
        const clone = node.cloneNode(true) as HTMLElement;
        clone.querySelectorAll("sup, .tip").forEach((child) => child.remove());
        return { start: Number(node.getAttribute("data-start")), end: Number(node.getAttribute("data-end")), text: clone.textContent ?? "" };
      }),
    );
    expect(marks.length).toBeGreaterThan(2);
    for (const mark of marks) expect(mark.text).toBe(text.slice(mark.start, mark.end));

    const focused = new Set<string>();
    for (let i = 0; i < marks.length + 5; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => (document.activeElement?.matches("mark.ev") ? document.activeElement.getAttribute("data-start") : null));
      if (at !== null) focused.add(at);
    }
    expect(focused.size).toBe(marks.length);
    const tooltipShown = await page.evaluate(() => {
      const tip = document.activeElement?.querySelector(".tip");
      return tip ? getComputedStyle(tip).display !== "none" : false;
    });
    expect(tooltipShown).toBe(true);

    await page.screenshot({ path: join(artifacts, "report.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
