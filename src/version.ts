/** The library's name and version, as written into every score receipt. Kept equal to package.json by a test. */
export const LIBRARY = {
  /** The npm package name, so a receipt names which library (or fork) produced a score. */
  name: "interview-rubrics",
  /** The package version: another version may score the same answer differently. */
  version: "0.1.0",
} as const;
