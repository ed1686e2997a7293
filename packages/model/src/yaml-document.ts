/**
 * The YAML document of a page's front matter, parsed once per markdown tree: the
 * model, the front-matter rule and the rules that read its prose each need it, and
 * parsing it three times was a tenth of a page's lint. Keyed by the tree's `yaml`
 * node, so a new parse of the page gives a new document. Read it, never change it.
 *
 * Parsed with `uniqueKeys: true` (a repeated key is an error, `DUPLICATE_KEY`) and
 * plain error messages (`prettyErrors: false`): what wants to read a page with a
 * repeated key anyway ignores that error.
 */
import type { Yaml } from 'mdast'
import { parseDocument, type Document } from 'yaml'

const documents = new WeakMap<Yaml, Document.Parsed>()

export function yamlDocument(node: Yaml): Document.Parsed {
  let doc = documents.get(node)
  if (doc === undefined) {
    doc = parseDocument(node.value, { uniqueKeys: true, prettyErrors: false })
    documents.set(node, doc)
  }
  return doc
}
