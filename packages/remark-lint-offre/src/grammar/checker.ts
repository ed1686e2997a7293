/**
 * What offre-grammar asks of a grammar checker, and what it gets back: plain data.
 * The rule does no I/O; the edge (the `offre` CLI, the language server) puts a
 * checker on each file (`file.data.offreGrammar`), backed by Grammalecte running
 * in a process of its own.
 */

/** One grammar error in a paragraph, with UTF-16 offsets into that paragraph (as JavaScript strings count). */
export interface GrammarError {
  start: number
  end: number
  /** The checker's family of rules: Grammalecte's option (`gn` agreement, `conj` conjugation, `conf` confusions…). */
  family: string
  /** The checker's own rule id (`g3__gn_leur_1m__b2_a1_1`): errors with the same `line` are alternatives of one defect. */
  rule: string
  /** The checker's rule line (`#24566`): two errors of one paragraph with the same line are two ways to fix one defect. */
  line: string
  /** The checker's message, in French. */
  message: string
  /** Replacements of `[start, end)`, best first. */
  suggestions: string[]
}

export interface GrammarChecker {
  /**
   * The grammar errors of each paragraph (text without line breaks), in the order
   * given. A checker may batch paragraphs of many pages into one request.
   */
  check(paragraphs: readonly string[]): Promise<GrammarError[][]>
}

declare module 'vfile' {
  interface DataMap {
    /** The grammar checker offre-grammar uses for this file (none: the rule says nothing). */
    offreGrammar: GrammarChecker
  }
}
