/**
 * The content root of a file: the nearest folder above it that holds
 * `offre.config.yml`, else the nearest folder above it named `content`, else none.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { CONFIG_FILE } from '../config/parse.js'

/**
 * Walks up from `filePath` (absolute, or relative to the working directory; a folder
 * is searched itself first) to the nearest folder holding `offre.config.yml`; without
 * one, the nearest ancestor folder named `content`; `undefined` when there is neither.
 */
export function findContentRoot(filePath: string): string | undefined {
  const absolute = path.resolve(filePath)
  let start = path.dirname(absolute)
  try {
    if (statSync(absolute).isDirectory()) start = absolute
  } catch {
    // A file that does not exist (yet): its folder is where to start.
  }
  let named: string | undefined
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir
    if (named === undefined && path.basename(dir) === 'content') named = dir
    if (path.dirname(dir) === dir) return named
  }
}
