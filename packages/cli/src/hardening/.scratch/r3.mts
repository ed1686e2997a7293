import { parseOffer } from '@offre/model'
import { renderOffer } from '@offre/render'
import { VFile } from 'vfile'
const v = process.argv[2]!
const md = `---\ntitle: Offre\ndescription: ${JSON.stringify(v)}\n---\n\nTexte.\n`
const parsed = parseOffer(new VFile({ path: 'page.md', value: md }))
const r = renderOffer(parsed, { url: '/fr/x/' })
console.log(r.fragment.slice(0, 400)); console.log(parsed.file.messages.map(m => m.reason))
const i = r.html.indexOf('<iframe'); console.log(r.html.slice(i - 200, i + 200))
