import { markdownProcessor } from '@offre/model'
const t = markdownProcessor.parse('\ufeff---\na: 1\n---\n\nab *c*\n')
console.log(JSON.stringify(t.position), JSON.stringify(t.children.map(c => c.position)))
