/** The library's name and version, as written into every score receipt. Kept equal to package.json by a test. */
export const LIBRARY = { name: "interview-rubrics", version: "0.1.0" } as const;
