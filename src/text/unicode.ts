// Regular expressions with Unicode property classes (\p{L}, \p{M}, …) are costly to create:
// V8 builds each property's code point set from ICU when it parses the pattern and again when
// it compiles it, about 45M instructions for the five this package used, at import and on the
// first score, for answers that are nearly always plain ASCII. Their users test ASCII text with
// an ASCII pattern that matches exactly what the Unicode one matches on ASCII input, and build
// the Unicode pattern here, from a string, the first time a non-ASCII character needs it.

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Whether every UTF-16 unit of a string is ASCII (below U+0080).
 *
 * @param text - Any string.
 * @returns `true` when the string has no character outside ASCII.
 */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * A test by a Unicode pattern that tries ASCII text with an ASCII pattern and builds the Unicode
 * one on its first non-ASCII text.
 *
 * @param ascii - A pattern that answers exactly as `unicode` does on every ASCII string.
 * @param unicode - The Unicode-mode pattern, as for `new RegExp(unicode, "u")`.
 * @returns The test.
 */
export function asciiFirst(ascii: RegExp, unicode: string): (text: string) => boolean {
  const built = lazyRegExp(unicode, "u");
  return (text) => (isAscii(text) ? ascii : built()).test(text);
}

/**
 * A regular expression built on first use instead of at import.
 *
 * @param source - The pattern, as for `new RegExp`.
 * @param flags - Its flags.
 * @returns A function that returns the same `RegExp` every time, built on its first call.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
