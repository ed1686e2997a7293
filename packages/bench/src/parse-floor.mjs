#!/usr/bin/env node
/**
 * The parse-only floor: reads and parses every .md file under the given folders
 * with unified + remark-parse + remark-frontmatter, one file after the other on
 * one thread, and does nothing else: what any linter built on remark-parse alone
 * pays, so the benchmark expresses every tool's time as a ratio to it. (offre reads
 * the common pages with its own fast path, on worker threads, and goes under it on
 * large trees.)
 * Usage: node parse-floor.mjs DIR...
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const dirs = process.argv.slice(2)
if (dirs.length === 0) {
  console.error('usage: node parse-floor.mjs DIR...')
  process.exit(2)
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? walk(full) : entry.name.endsWith('.md') ? [full] : []
    })
}

const processor = unified().use(remarkParse).use(remarkFrontmatter)
let files = 0
let nodes = 0
for (const file of dirs.flatMap(walk)) {
  const tree = processor.parse(readFileSync(file, 'utf8'))
  nodes += tree.children.length // keeps the tree observable so the parse cannot be skipped
  files++
}
console.log(JSON.stringify({ files, nodes }))
