import { parseOffer, validateOffer } from '@offre/model'
const inputs = ['', '\ufeff---\ntitle: x\n---\n', '---\ntitle: x\n', 'a: &a [x]\n', '\ud800abc', '---\ntitle: a\ntitle: b\n---\n']
for (const i of inputs) { const r = parseOffer(i); console.log(JSON.stringify(i), r.file.messages.map(m=>`${m.line}:${m.column} ${m.ruleId} ${m.reason}`), validateOffer(r.offer).length) }
const deep = '- '.repeat(10000) + 'x\n'
let t = Date.now(); let r = parseOffer('---\ntitle: x\n---\n' + deep); console.log('lists', Date.now()-t, r.file.messages.map(m=>m.reason))
t = Date.now(); r = parseOffer('---\ntitle: x\n---\n' + '> '.repeat(10000) + 'x\n'); console.log('bq', Date.now()-t, r.file.messages.map(m=>m.reason))
