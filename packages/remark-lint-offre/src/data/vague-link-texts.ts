/**
 * Link texts that say nothing about their destination out of context, which RGAA
 * criterion 6.1 forbids ("Chaque lien est-il explicite ?"): a screen-reader user
 * listing the links of a page hears "ici, ici, cette page". Written normalised
 * (lower case, no accents, straight apostrophes, single spaces): the rule compares
 * the normalised link text, whole, so "cette page de documentation du SILL" passes.
 * Extend with the `vagueTexts` option of `offre-links`.
 */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  // "here", in every form
  'ici',
  'par ici',
  'cliquez ici',
  'cliquer ici',
  'clique ici',
  'voir ici',
  'cliquez',
  'cliquer',
  // the page, the article, the link
  'cette page',
  'la page',
  'page',
  'cette page web',
  'voir cette page',
  'voir la page',
  'la page dediee',
  'notre page dediee',
  'voir la page dediee',
  'page dediee',
  'cet article',
  "l'article",
  'article',
  'ce lien',
  'le lien',
  'lien',
  'ce site',
  'le site',
  'site',
  'ce document',
  'document',
  // lists and details
  'voir la liste',
  'la liste',
  'liste',
  'details',
  'plus de details',
  'voir',
  'voir plus',
  'plus',
  'en plus',
  // "read more"
  'en savoir plus',
  'pour en savoir plus',
  'savoir plus',
  'en lire plus',
  'lire la suite',
  // Not `la suite` alone: La Suite is the name of the State's collaborative suite.
  "plus d'infos",
  "plus d'information",
  "plus d'informations",
  'consulter',
  'telecharger',
  'acceder',
  'revoir',
  // English
  'here',
  'click here',
  'this page',
  'read more',
  'more',
  'learn more',
  'link',
]
