/**
 * Errors that end a command with a given exit code. Commands throw them; only
 * `main` turns them into a message on stderr and a code (as changesets' bin does).
 */

/** Exit codes of every `offre` command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message)
    this.name = 'ExitError'
  }
}

/** Bad command line or configuration: exit 2 with a one-line explanation. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.usage)
    this.name = 'UsageError'
  }
}
