// Typo correction against the cue vocabulary: one transposed, dropped (inside) or doubled letter in a
// word of TYPO_MIN_LENGTH letters or more.
//
// Building every typo of every long cue word up front cost 8–14 ms in a cold process, all of it
// landing on the first answer scored. Instead each unknown token is asked the other way round:
// which cue words does undoing one edit give? The answer is the same as the up-front map's (a
// token is corrected only when exactly one cue word explains it; tests/typos.test.ts checks
// the two agree). The lexicon caches it per token form, with its cue word's number, so the
// corrector keeps no cache of its own.

/** The shortest cue word that is corrected: shorter words have too many real neighbours. */
export const TYPO_MIN_LENGTH = 7;

/**
 * Builds a corrector for a vocabulary.
 *
 * @param vocabulary - Every word the cue lists can match.
 * @returns A function giving the vocabulary word a token most likely misspells, or the token.
 */
export function typoCorrector(vocabulary: ReadonlySet<string>): (token: string) => string {
  let alphabet: readonly string[] | null = null;
  return (token) => {
    if (token.length < TYPO_MIN_LENGTH - 1 || vocabulary.has(token)) return token;
    // Every letter of the vocabulary (and the space between words), in one native pass: a letter
    // no long word has adds only candidates that match nothing, so the answer is the same.
    alphabet ??= [...new Set([...vocabulary].join(" "))];
    return explain(token, vocabulary, alphabet);
  };
}


// Undoes each kind of typo on the token and keeps the long vocabulary words that come out.
function explain(token: string, vocabulary: ReadonlySet<string>, alphabet: readonly string[]): string {
  let found: string | undefined;
  let ambiguous = false;
  const consider = (word: string) => {
    if (word.length < TYPO_MIN_LENGTH || !vocabulary.has(word) || word === found) return;
    if (found !== undefined) ambiguous = true;
    found = word;
  };
  const n = token.length;
  // Two letters swapped, or one doubled (then the same two letters are one).
  for (let i = 0; i + 1 < n; i++) consider(token.slice(0, i) + token[i + 1] + (token[i] === token[i + 1] ? "" : token[i]) + token.slice(i + 2));
  // A letter dropped, never the first or the last: a word one letter short of a cue word at its
  // end is mostly another inflection ("graduate" of "graduated", "complete"), not a typo. The
  // token has TYPO_MIN_LENGTH - 1 letters or more, so what comes out is long enough.
  for (let i = 1; i < n; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    for (const letter of alphabet) consider(head + letter + tail);
  }
  return ambiguous || found === undefined ? token : found;
}
