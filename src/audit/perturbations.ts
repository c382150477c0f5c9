// Perturbations for behavioural tests (CheckList style): each returns a changed copy of an
// answer that, by construction, should not change a level.

/** A function that returns a changed copy of an answer's text. */
export type Perturbation = (text: string) => string;

// Names across genders and origins, each paired both ways.
const NAME_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Sarah", "David"], ["Priya", "Tom"], ["James", "Aisha"], ["John", "Mei"], ["Michael", "Fatima"], ["Emma", "Kwame"],
  ["Olivia", "Raj"], ["Ruth", "Omar"], ["Carlos", "Ingrid"], ["Marcus", "Yuki"], ["Rachel", "Ahmed"], ["Chris", "Amara"],
  ["Dan", "Leila"], ["Sam", "Nadia"], ["Mark", "Chen"], ["Laura", "Kofi"], ["Ben", "Sofia"], ["Anna", "Diego"],
];
const NAME_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ...NAME_PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as const), ["Mr", "Ms"], ["Ms", "Mr"],
  ["he", "she"], ["she", "he"], ["him", "her"], ["his", "her"], ["her", "his"], ["He", "She"], ["She", "He"], ["His", "Her"], ["Her", "His"],
  ["husband", "wife"], ["wife", "husband"], ["man", "woman"], ["woman", "man"],
];

function swapWords(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const map = new Map(pairs);
  return text.replace(/[A-Za-z]+/g, (word) => map.get(word) ?? word);
}

/** Swaps names, genders and pronouns of everyone in the story. */
export const swapNamesAndGenders: Perturbation = (text) => swapWords(text, NAME_SWAPS);

/** Swaps the employer and industry words for others of the same kind. */
export const swapEmployer: Perturbation = (text) =>
  swapWords(text, [["Acme", "Northwind"], ["Northwind", "Acme"], ["warehouse", "depot"], ["store", "branch"], ["ward", "unit"], ["bakery", "brewery"], ["hospital", "clinic"]]);

const UK_TO_US: ReadonlyArray<readonly [string, string]> = [
  ["organise", "organize"], ["organised", "organized"], ["prioritise", "prioritize"], ["prioritised", "prioritized"],
  ["realised", "realized"], ["realise", "realize"], ["apologised", "apologized"], ["behaviour", "behavior"],
  ["colour", "color"], ["centre", "center"], ["programme", "program"], ["learnt", "learned"], ["analysed", "analyzed"],
  ["cancelled", "canceled"], ["travelled", "traveled"], ["minimised", "minimized"], ["recognised", "recognized"],
];

/** British to American spelling. */
export const toAmerican: Perturbation = (text) => swapWords(text, UK_TO_US);
/** American to British spelling. */
export const toBritish: Perturbation = (text) => swapWords(text, UK_TO_US.map(([uk, us]) => [us, uk] as const));

/** Swaps two adjacent letters in every fourth word of eight letters or more. */
export const addTypos: Perturbation = (text) => {
  let count = 0;
  return text.replace(/[a-z]{8,}/g, (word) => (count++ % 4 === 1 ? word.slice(0, 3) + word[4] + word[3] + word.slice(5) : word));
};

/** All lower case, as many speech-to-text transcripts come. */
export const lowerCase: Perturbation = (text) => text.toLowerCase();
/** All upper case. */
export const upperCase: Perturbation = (text) => text.toUpperCase();
/** No punctuation at all. */
export const stripPunctuation: Perturbation = (text) => text.replace(/[.,;:!?()"—–-]+/g, " ").replace(/\s+/g, " ").trim();
/** Spoken fillers at the start of every sentence and after some commas. */
export const addFillers: Perturbation = (text) => text.replace(/(^|[.!?]\s+)/g, "$1um, ").replace(/, (?=[a-z])/g, ", you know, ");
/** A paragraph break after every sentence. */
export const paragraphBreaks: Perturbation = (text) => text.replace(/([.!?])\s+/g, "$1\n\n");

/** Every built-in perturbation, by name. */
export const perturbations = Object.freeze({
  swapNamesAndGenders, swapEmployer, toAmerican, toBritish, addTypos, lowerCase, upperCase, stripPunctuation, addFillers, paragraphBreaks,
});
