import { parseOffer } from '@offre/model'
import { renderOffer } from '@offre/render'
import { parse } from 'parse5'
import { VFile } from 'vfile'
const md = '---\ntitle: "\\u0000"\n---\n> \n> \n\n<script>alert(1)</script>\n'
const parsed = parseOffer(new VFile({ path: 'page.md', value: md }))
const r = renderOffer(parsed, { url: '/fr/x/' })
parse(r.html, { onParseError: (e) => console.log(e.code, JSON.stringify(r.html.split('\n')[e.startLine - 1]!.slice(e.startCol - 30, e.startCol + 10))) })
