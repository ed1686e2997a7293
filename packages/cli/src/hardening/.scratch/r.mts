import { parseOffer } from '@offre/model'
import { renderOffer } from '@offre/render'
import { VFile } from 'vfile'
const v = '<iframe href="javascript:alert(1)"</iframe>'
for (const md of [`---\ntitle: ${JSON.stringify(v)}\n---\n\nTexte.\n`, `---\ntitle: Offre\ndescription: ${JSON.stringify(v)}\n---\n\nTexte.\n`, `---\ntitle: Offre\n---\n\n${v}\n`]) {
const parsed = parseOffer(new VFile({ path: 'page.md', value: md }))
const r = renderOffer(parsed, { url: '/fr/x/' })
console.log(r.fragment.slice(0, 600)); console.log(parsed.file.messages.map(m => m.reason))
}
