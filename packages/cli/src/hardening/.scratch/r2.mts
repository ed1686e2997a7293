import { parseOffer } from '@offre/model'
import { renderOffer } from '@offre/render'
import { VFile } from 'vfile'
for (const v of ['<iframe src="https://evil.example/x"></iframe>', '<iframe href="x"</iframe>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>']) {
const md = `---\ntitle: Offre\ndescription: ${JSON.stringify(v)}\n---\n\nTexte.\n`
const parsed = parseOffer(new VFile({ path: 'page.md', value: md }))
const r = renderOffer(parsed, { url: '/fr/x/' })
console.log(r.fragment.slice(0, 300)); console.log(parsed.file.messages.map(m => m.reason))
}
