import { parseOffer, validateOffer } from '@offre/model'
const r = parseOffer("---\n---\n\n## Nous ne répondons pas\nLes questions courantes sont :\n\n-\n \n  logiciel ?\n")
console.log(JSON.stringify(validateOffer(r.offer), null, 1), r.file.messages.map(m => m.reason))
console.log(JSON.stringify(r.offer.exclusions, null, 1))
