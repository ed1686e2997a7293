import { readFileSync } from 'node:fs'
import { seedPath, sitePages } from '@offre/fixtures'
import { markdownProcessor, walk, walkType } from '@offre/model'
import type { Nodes, Parents, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { eachNode, eachOfType } from './tree-index.js'

const trees = [seedPath, ...sitePages()].map((page) => markdownProcessor.parse(readFileSync(page, 'utf8')) as Root)
const TYPES = ['text', 'link', 'html', 'heading', 'emphasis', 'definition', 'root'] as const

/** What a visit saw: each node with the types of its ancestors. */
type Seen = Array<[Nodes, string]>
const record = (seen: Seen) => (node: Nodes, ancestors: readonly Parents[]) => {
  seen.push([node, ancestors.map((parent) => parent.type).join('>')])
}

describe('eachOfType and eachNode', () => {
  it('visit the nodes of walkType and walk, in the same order, with the same ancestors, on the real pages', () => {
    for (const tree of trees) {
      for (const type of TYPES) {
        const expected: Seen = []
        const actual: Seen = []
        walkType(tree, type, record(expected))
        eachOfType(tree, type, record(actual))
        expect(actual).toEqual(expected)
      }
      const all: Nodes[] = []
      walk(tree, (node) => void all.push(node))
      const listed: Nodes[] = []
      eachNode(tree, (node) => void listed.push(node))
      expect(listed).toEqual(all)
    }
  })

  it("skip the descendants of a node whose visitor says 'skip', for one type and for several", () => {
    for (const tree of trees) {
      const visitOnly = (types: readonly string[]) => (node: Nodes, ancestors: readonly Parents[]) => {
        if (!types.includes(node.type)) return undefined
        expectedSeen.push([node, ancestors.map((parent) => parent.type).join('>')])
        return node.type === 'listItem' || node.type === 'emphasis' ? 'skip' : undefined
      }
      let expectedSeen: Seen = []
      const several = ['emphasis', 'text', 'listItem', 'tableCell'] as const
      walk(tree, visitOnly(several))
      const expected = expectedSeen
      const actual: Seen = []
      eachOfType(tree, several, (node, ancestors) => {
        actual.push([node, ancestors.map((parent) => parent.type).join('>')])
        return node.type === 'listItem' || node.type === 'emphasis' ? 'skip' : undefined
      })
      expect(actual).toEqual(expected)
      expectedSeen = []
      walkType(tree, 'emphasis', (node, ancestors) => {
        expectedSeen.push([node, ancestors.map((parent) => parent.type).join('>')])
        return 'skip'
      })
      const nested: Seen = []
      eachOfType(tree, 'emphasis', (node, ancestors) => {
        nested.push([node, ancestors.map((parent) => parent.type).join('>')])
        return 'skip'
      })
      expect(nested).toEqual(expectedSeen)
    }
  })

  it('give a visitor that does not ask for ancestors none', () => {
    const tree = trees[0] as Root
    let calls = 0
    eachOfType(tree, 'text', function (this: unknown) {
      // A visitor of one parameter: arguments[1] is the empty array.
      calls += (arguments[1] as unknown[]).length === 0 ? 1 : 0
    })
    expect(calls).toBeGreaterThan(10)
  })
})
