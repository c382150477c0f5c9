// The command line's two kinds of failure, shared by its main thread and its scoring threads.

/** A mistake in the command line: the message names the fix; exit code 2. */
export class UsageError extends Error {}

/** A file, a stream or a worker thread failed: the run cannot finish, whatever the records hold. */
export class IoError extends Error {}

/**
 * Tells an error from the file system or a stream in one line: "cannot open /no/dir/x: ENOENT".
 *
 * @param error - The error thrown or emitted.
 * @param what - What was being done, e.g. "open out.jsonl for writing".
 * @returns The error to report, with exit code 3.
 */
export function ioError(error: unknown, what: string): IoError {
  const e = error as NodeJS.ErrnoException;
  return new IoError(`cannot ${what}: ${e.code ?? e.message}${e.code && e.message ? ` (${e.message})` : ""}`);
}
