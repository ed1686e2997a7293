/**
 * Words that say little about what a question asks, dropped before two questions are
 * compared (lower case, accents removed, as the comparison sees them). Interrogatives
 * (`ou` for où, `quand`, `comment`, `pourquoi`, `quel`…) and modal verbs (`puis`,
 * `dois`) are kept: "Où publier" and "Comment publier", "Puis-je" and "Dois-je" ask
 * different things.
 */
export const FAQ_STOP_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'a', 'au', 'aux', 'en', 'et',
  'pour', 'par', 'sur', 'sous', 'dans', 'avec', 'chez', 'vers',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'ce', 'cet', 'cette', 'ces', 'ca', 'cela', 'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles',
  'me', 'm', 'te', 't', 'se', 's', 'y', 'ne', 'n', 'qu', 'que', 'est', 'ai', 'as', 'suis', 'es', 'sont',
])
