// British and American spellings fold to one form, so a cue written once matches both
// and a spelling swap never moves a level.

// Looked up through a Map of the literal's own entries: a word such as "constructor" must not
// find Object.prototype's members.
const IRREGULAR = new Map(Object.entries({
  learnt: "learned",
  spelt: "spelled",
  burnt: "burned",
  dreamt: "dreamed",
  spoilt: "spoiled",
  programme: "program",
  programmes: "programs",
  judgement: "judgment",
  judgements: "judgments",
  acknowledgement: "acknowledgment",
  practise: "practice",
  practised: "practiced",
  practising: "practicing",
  licence: "license",
  defence: "defense",
  offence: "offense",
  grey: "gray",
  enrol: "enroll",
  enrolment: "enrollment",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  instil: "instill",
  catalogue: "catalog",
  analogue: "analog",
  cheque: "check",
  cheques: "checks",
  towards: "toward",
  amongst: "among",
  whilst: "while",
  mum: "mom",
  centre: "center",
  centres: "centers",
  centred: "centered",
  metre: "meter",
  metres: "meters",
  litre: "liter",
  litres: "liters",
  theatre: "theater",
  fibre: "fiber",
  manoeuvre: "maneuver",
  storey: "story",
  tyre: "tire",
  tyres: "tires",
}));

// Roots where "-ise" is the only spelling in both varieties.
const ISE_ROOTS = new Set([
  "advis", "revis", "devis", "supervis", "televis", "exercis", "franchis", "merchandis",
  "compromis", "overpromis", "underpromis", "compris", "enterpris", "expertis", "premis", "promis", "surpris", "disguis",
  "despis", "chastis", "prais", "apprais", "precis", "concis", "incis", "excis", "otherwis",
  "likewis", "clockwis", "paradis", "pois", "turquois", "tortois", "porpois", "treatis",
  "cruis", "bruis", "demis", "improvis", "circumcis", "advertis", "mortis", "denis", "louis",
  "elis", "rais", "aris", "cris", "apris", "sunris", "wis", "nois", "chais", "repris", "valis", "poncis",
]);
const ISE = /^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const YSE = /^(anal|paral|catal|dial|electrol|hydrol)ys(e|es|ed|ing|er|ers)$/;
const OUR = /^(behavi|col|fav|hon|lab|neighb|hum|endeav|rig|flav|cand|harb|sav|rum|vig|arm|od|clam|glam|val|parl)our/;
const DOUBLE_L = /^(travel|cancel|label|model|signal|counsel|fuel|level|channel|total|tunnel|marshal|quarrel|shovel|dial|jewel)l(ed|ing|er|ers|ery)$/;

/**
 * Folds a lower-case word to its American spelling where the two varieties differ.
 *
 * @param word - A lower-case word.
 * @returns The folded word (the same string when nothing applies).
 */
export function foldSpelling(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length < 5) return word;
  const ise = ISE.exec(word);
  if (ise && !ISE_ROOTS.has(ise[1]! + "is") && !ise[1]!.endsWith("w")) {
    return `${ise[1]}iz${ise[2]}`;
  }
  if (YSE.test(word)) return word.replace(YSE, "$1yz$2");
  if (OUR.test(word)) return word.replace(OUR, "$1or");
  if (DOUBLE_L.test(word)) return word.replace(DOUBLE_L, "$1$2");
  return word;
}
