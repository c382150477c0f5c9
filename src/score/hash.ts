/**
 * A 64-bit FNV-1a hash as 16 hex digits: stable across platforms and runtimes, no crypto needed.
 * It identifies content; it is not a security measure.
 */
export function contentHash(text: string): string {
  // Two independent 32-bit FNV-1a lanes with different offset bases make a 64-bit digest.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/**
 * Orders strings by UTF-16 code units. Unlike `localeCompare` it gives the same order in every
 * runtime and locale, and it does not load the ICU collator on first use (about 5 ms).
 */
export function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** JSON with object keys sorted, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== "function")
    .sort(([x], [y]) => compareCodeUnits(x, y));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
