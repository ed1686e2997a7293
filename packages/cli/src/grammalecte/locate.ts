/**
 * Where Grammalecte is: its HTTP server program, `grammalecte-server`, from the
 * Debian and Ubuntu package `grammalecte-cli` (with `python3-grammalecte`). offre
 * runs it as a separate process and never links or ships it: Grammalecte is GPL-3,
 * offre MIT. `OFFRE_GRAMMALECTE` names another program (a path), or is `off`: then
 * Grammalecte counts as missing, and `grammar: auto` checks no grammar, silently.
 */
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

export const SERVER_PROGRAM = 'grammalecte-server'

/** How to install it, in one French line (the notice of `grammar: auto`, the error of `grammar: on`). */
export const INSTALL_HINT = 'installez-le pour vérifier la grammaire : `sudo apt-get install python3-grammalecte grammalecte-cli` (Debian, Ubuntu)'

export interface Grammalecte {
  /** The server program, absolute. */
  executable: string
  /** What identifies this installation for the lint cache: the program and its modification time. */
  stamp: string
}

/** The installed Grammalecte, or `undefined`. */
export function locateGrammalecte(env: NodeJS.ProcessEnv): Grammalecte | undefined {
  const given = env.OFFRE_GRAMMALECTE
  if (given === 'off') return undefined
  const candidates = given ? [given] : (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((folder) => path.join(folder, SERVER_PROGRAM))
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK)
      const stat = statSync(candidate)
      if (stat.isFile()) return { executable: path.resolve(candidate), stamp: `${path.resolve(candidate)}@${stat.mtimeMs}` }
    } catch {
      // Not there: the next folder of PATH.
    }
  }
  return undefined
}
