/**
 * Errors that end a command with a given exit code. Commands throw them; only
 * `main` turns them into a message on stderr and a code (as changesets' bin does).
 */
import type { ProjectProblem as KernelProblem } from 'remark-lint-offre/project'

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

/**
 * A problem of the project's own files (configuration, vocabulary, site-pages list), at
 * its place: the loader's problem, with `file` as shown to the user (relative to the
 * working directory).
 */
export type ProjectProblem = KernelProblem

/**
 * The project cannot be linted or built: every problem at its place. Exit 2; the
 * reporters still speak their formats (SARIF notification, `::error`, rdjson).
 */
export class ConfigError extends ExitError {
  constructor(
    message: string,
    readonly problems: ProjectProblem[],
  ) {
    super(message, EXIT.usage)
    this.name = 'ConfigError'
  }
}
