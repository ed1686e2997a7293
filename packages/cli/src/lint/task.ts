/** What the lint runner sends to whoever lints a page, and what comes back: plain, cloneable data. */
import type { OffreSettings, PresetOptions } from 'remark-lint-offre'
import type { GrammarSetup } from '../grammalecte/run.js'
import type { Finding } from '../reporters/finding.js'

export interface LintSetup {
  presetOptions: PresetOptions
  fix: boolean
  /** Settings shared by every page of the run (the site's pages, the vocabulary…). */
  settings: OffreSettings
  /** Largest page read, in bytes (`--max-file-size`; default 16 MiB). */
  maxFileSize?: number | undefined
  /** Whether findings carry their byte columns and fixes (`Finding.bytes`, `Finding.fix`), for the formats that edit. */
  editPlaces?: boolean
  /** Grammalecte's servers for offre-grammar (none: grammar is not checked). */
  grammar?: GrammarSetup | undefined
}

export interface LintTask {
  index: number
  absolute: string
  shown: string
  contentPath: string
  bytes?: Uint8Array
  /** An outcome known without linting (from the cache): passed through in order. */
  known?: LintOutcome
}

export interface LintOutcome {
  index: number
  findings: Finding[]
  fixes: number
  /** Whether the findings came from the cache. */
  cached?: boolean
}
