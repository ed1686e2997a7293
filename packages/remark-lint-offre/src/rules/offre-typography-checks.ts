/** The sub-checks of offre-typography, which its `skip` option names. */
export const TYPOGRAPHY_CHECKS = ['punctuation', 'spaces', 'ligatures', 'capitals', 'euphonic', 'repeated', 'numbers', 'dates', 'abbreviations'] as const
export type TypographyCheck = (typeof TYPOGRAPHY_CHECKS)[number]
