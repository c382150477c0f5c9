import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

// Proof that the built core needs no Node built-in: it scores an answer inside a worker thread
// and inside a browser page loading it as an ES module.
const text = "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late. That was my call.";

describe("the built core in other runtimes", () => {
  it("scores inside a worker_threads worker", async () => {
    const code = `import { parentPort } from "node:worker_threads";
      import { rubrics, score } from ${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)};
      parentPort.postMessage(score(rubrics["last-job-failure"], { text: ${JSON.stringify(text)} }).dimensions.ownership.level);`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
    const level = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(level).toBe(3);
  });

  // Worker threads have every Node built-in, so only the browser proves the core needs none (the
  // size test's browser bundle backs it up). Under CI a missing browser fails; locally it skips.
  const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  const haveBrowser = existsSync(CHROMIUM);
  if (!haveBrowser && process.env["CI"]) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get.`);
  if (!haveBrowser) console.warn(`Skipping the Chromium test: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  it.skipIf(!haveBrowser)("scores inside Chromium as an ES module", async () => {
    const root = process.cwd();
    const types: Record<string, string> = { ".js": "text/javascript", ".mjs": "text/javascript", ".html": "text/html" };
    const page = `<!doctype html><script type="importmap">{"imports":{"zod":"/node_modules/zod/index.js","ts-pattern":"/node_modules/ts-pattern/dist/index.js"}}</script>
      <script type="module">import { rubrics, score } from "/dist/index.js"; window.level = score(rubrics["last-job-failure"], { text: ${JSON.stringify(text)} }).dimensions.ownership.level;</script>`;
    const server: Server = createServer((request, response) => {
      const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0]!));
      if (path === "/") {
        response.writeHead(200, { "content-type": "text/html" }).end(page);
        return;
      }
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await tab.waitForFunction(() => (window as unknown as { level?: number }).level !== undefined, undefined, { timeout: 20_000 });
      expect(errors).toEqual([]);
      expect(await tab.evaluate(() => (window as unknown as { level: number }).level)).toBe(3);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
