// Scoring in an HTTP endpoint: POST /score/:rubric with a JSON answer; 200 with the result,
// 400 with the zod issues for a bad body, 404 for an unknown rubric.
// Run: node examples/http-endpoint.mjs   then   curl -d '{"text":"..."}' localhost:8080/score/last-job-failure
import { createServer } from "node:http";
import { getRubric, safeScore } from "interview-rubrics";

const MAX_BODY = 64 * 1024;

export function createScoringServer() {
  return createServer((request, response) => {
    const send = (status, body) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const match = /^\/score\/([a-z-]+)$/.exec(request.url ?? "");
    if (request.method !== "POST" || !match) return send(404, { error: "POST /score/:rubric" });
    const rubric = getRubric(match[1]);
    if (!rubric) return send(404, { error: `Unknown rubric "${match[1]}"` });
    let raw = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => {
      raw += chunk;
      if (raw.length > MAX_BODY) request.destroy();
    });
    request.on("end", () => {
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { error: "The body is not valid JSON." });
      }
      const outcome = safeScore(rubric, body);
      if (!outcome.success) return send(400, { error: outcome.error.message, issues: outcome.error.issues });
      return send(200, outcome.data);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  createScoringServer().listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}/score/last-job-failure`));
}
