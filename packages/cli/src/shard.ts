/**
 * `--shard i/n`: a stable split of the file set for a CI matrix of n jobs. Each
 * file goes to one shard by a hash of its path relative to the content root, so
 * adding or removing a page moves no other page, and n jobs cover every file
 * exactly once.
 */
import { UsageError } from './errors.js'

export interface Shard {
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard attend \`i/n\` avec 1 ≤ i ≤ n (par exemple \`2/4\`), reçu \`${text}\``)
  }
  return { index, count }
}

/** FNV-1a, 32 bits: fast, stable across machines and Node versions. */
export function pathHash(path: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export function inShard(relativePath: string, shard: Shard): boolean {
  return pathHash(relativePath.split('\\').join('/')) % shard.count === shard.index - 1
}
