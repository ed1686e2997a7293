/**
 * The offer model of the file being linted, built once from the tree remark already
 * parsed and shared by every rule that needs it. The model's own messages (front
 * matter errors) are kept aside for the `offre-front-matter` rule to report.
 */
import { offerFromTree, type Offer } from '@offre/model'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { localeOf } from './settings.js'

export interface ModelResult {
  offer: Offer
  messages: VFileMessage[]
}

const cache = new WeakMap<Root, ModelResult>()

export function modelOf(tree: Root, file: VFile): ModelResult {
  const cached = cache.get(tree)
  if (cached) return cached
  const scratch = new VFile({ path: file.path, value: file.value })
  const offer = offerFromTree(tree, scratch, { locale: localeOf(file) })
  const result = { offer, messages: scratch.messages }
  cache.set(tree, result)
  return result
}
