import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

const SETTLED = new Set(["in", "fine", "well", "ok", "okay", "alright", "all", "anyway", "for", "ultimately", "eventually", "and", "so", "but"]);
const WH_WORDS = new Set(["what", "who", "how", "when", "whether", "if", "which", "where", "why"]);

/** Plays the setback down: "it wasn't a big deal", "only a small hiccup", "it all worked out". */
export const minimisation = defineSignal({
  id: "minimisation",
  description: "Plays the setback down (\"not a big deal\", \"it all worked out in the end\").",
  cues: {
    playsDown: [
      "not|no such? a? big|huge|major deal",
      "not that|so|really|too big|bad|serious|important|terrible|dramatic|costly",
      "only|just a|one small|minor|little|tiny|slight|few",
      "minor|small|little|tiny|slight hiccup|hiccups|blip|blips|slip|slips|thing|things|issue|issues|setback|glitch|wobble|bump|bumps",
      "nothing major|serious|big|dramatic|too|much|terrible",
      // "It all turned out fine", "everything worked out"; not "it turned out the report was wrong".
      "it|everything|things all worked|turned|panned out",
      "it|things worked|panned out",
      "everything worked|turned out",
      "worked|turned out fine|ok|okay|alright in the end",
      "worked|turned out fine|ok|okay|alright anyway",
      "no harm|damage done",
      "did|does not really? matter",
      "not really a failure|mistake",
      "everyone|everybody makes mistakes",
      "these|such things|it happen|happens",
      "not the end of the world",
      "in the grand scheme",
      "(no one|nobody) really? noticed|cared|minded",
      "barely|hardly noticed|mattered",
      "it was|turned fine|okay|ok",
      "at least it|we|nobody|no|nothing|they|the|everyone",
      "it could have been worse",
      "easily|quickly fixed|sorted|recovered",
      "in hindsight it was nothing",
    ],
  },
  // "doesn't matter what the departure time is" states a rule, not that the failure was small.
  detect: ({ doc, cue }) =>
    assertedHits(
      doc,
      cue("playsDown").filter((m) => {
        const last = doc.tokens[m.last]!.norm;
        const next = doc.tokens[m.last + 1];
        if (last === "matter" && WH_WORDS.has(next?.norm ?? "")) return false;
        // "It worked out in the end" plays it down; "it worked out at forty hours of rework" adds it up.
        if (last === "out" && next !== undefined && next.kind !== "punct" && !SETTLED.has(next.norm)) return false;
        return true;
      }),
    ),
});
