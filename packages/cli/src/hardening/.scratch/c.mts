import { fix, lint } from '../../../../remark-lint-offre/src/testing.ts'
import { parseOffer } from '@offre/model'
for (const src of ['\ufeff---\ntitle: Page\n---\n\nUn logciel, notament.\n', '\ufeffUn logciel `contact@code.gouv.fr`.\n']) {
  console.log(JSON.stringify(await fix(src)))
  const r = parseOffer(src); console.log(r.offer.contacts.map(c => [c.position.start, JSON.stringify(src.slice(c.position.start.offset, c.position.end.offset))]))
  console.log(r.tree.children.map(c => c.type + ' ' + JSON.stringify(c.position?.start)))
}
