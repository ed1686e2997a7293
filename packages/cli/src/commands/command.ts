/** The shape of an `offre` subcommand: a name, its help, and what it runs. */
import type { Io } from '../io.js'

export interface Command {
  name: string
  /** One line for `offre --help`. */
  summary: string
  usage: string
  /** Runs the command; returns the exit code or throws an ExitError. */
  run(args: string[], io: Io): Promise<number>
}
