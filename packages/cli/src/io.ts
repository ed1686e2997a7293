/**
 * The CLI's view of the outside world, injected so that commands can be run and
 * tested in-process: output streams, working directory, environment.
 */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined }
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined }
  cwd: string
  env: Record<string, string | undefined>
  /** What `--stdin` reads: the process's standard input, or text given by a test. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | undefined
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, stdin: process.stdin }
}
