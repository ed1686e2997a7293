/**
 * Lints one page: reads it as bytes (never more than the size limit), checks it
 * can be a page (encoding, size, binary, nesting), runs the remark-lint preset on
 * one parse, and with `fix` applies the safe fixes pass after pass until nothing
 * changes (as ESLint does), then writes the file atomically unless it changed on
 * disk meanwhile. `lintSource` and `fixSource` do the same in memory.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { DEFAULT_MAX_FILE_SIZE, inspectInput } from '@offre/model'
import remarkParse from 'remark-parse'
import { applyFixes, createPreset, type GrammarChecker, type OffreSettings, type PresetOptions } from 'remark-lint-offre'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { formatSize } from '../size.js'
import { writeFileAtomic } from '../write.js'

/** Fix passes before giving up on a file whose fixes keep producing new findings. */
const MAX_FIX_PASSES = 10

/** What the model refuses to parse: no rule runs, no fix is written. */
const INPUT_REJECTIONS = ['binary-file', 'too-large', 'too-deep', 'empty-file', 'invalid-utf8']

export interface PageResult {
  /** The file as reported (path relative to the working directory), with the final messages. */
  file: VFile
  /** Whether `--fix` rewrote the file. */
  fixed: boolean
  /** Number of fixes applied over all passes. */
  fixes: number
}

export interface SourceResult {
  /** The last lint of the text, with its messages. */
  file: VFile
  /** The fixed text, or undefined when nothing changed or the input cannot be rewritten (binary, invalid UTF-8…). */
  output: string | undefined
  /** Number of fixes applied over all passes. */
  fixes: number
}

export interface LintLimits {
  /** Largest page read, in bytes (default 16 MiB, as the model's `DEFAULT_MAX_FILE_SIZE`). */
  maxFileSize?: number | undefined
}

export interface LinterServices {
  /** The grammar checker offre-grammar asks (none: the rule says nothing). */
  grammar?: GrammarChecker | undefined
}

export interface Linter {
  /** Lints a page's content (bytes or text) in memory. */
  lintSource(value: string | Uint8Array, shown: string, settings: OffreSettings): Promise<VFile>
  /** Lints, then applies the safe fixes pass after pass until stable, in memory. */
  fixSource(value: string | Uint8Array, shown: string, settings: OffreSettings): Promise<SourceResult>
  /** Lints the page at `absolute`; `bytes` saves a read when the caller has them already. */
  lintPage(absolute: string, shown: string, settings: OffreSettings, bytes?: Uint8Array): Promise<PageResult>
}

export function createLinter(options: PresetOptions, fix: boolean, limits: LintLimits = {}, services: LinterServices = {}): Linter {
  const processor = unified().use(remarkParse).use(createPreset(options)).freeze()
  const maxFileSize = limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE

  async function lintSource(value: string | Uint8Array, shown: string, settings: OffreSettings): Promise<VFile> {
    const file = new VFile({ path: shown, value })
    file.data.offre = settings
    if (services.grammar !== undefined) file.data.offreGrammar = services.grammar
    if (inspectInput(file, { locale: settings.locale ?? 'fr', maxFileSize })) return file
    try {
      await processor.run(processor.parse(file), file)
    } catch (error) {
      // `file.fail` stops the run with a message already on the file, at its place:
      // remark-lint does so on a malformed `<!--lint …-->` comment, after the rules
      // ran but before it applies the comments. Not a crash: a finding.
      const message = file.messages.find((m) => m === error)
      if (message === undefined) throw error
      describeStop(message, settings.locale ?? 'fr')
    }
    return file
  }

  async function fixSource(value: string | Uint8Array, shown: string, settings: OffreSettings): Promise<SourceResult> {
    let file = await lintSource(value, shown, settings)
    if (typeof file.value !== 'string' || file.messages.some(isInputRejection)) return { file, output: undefined, fixes: 0 }
    const original = file.value
    let fixes = 0
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { output, applied } = applyFixes(String(file.value), file.messages)
      if (applied.length === 0 || output === file.value) break
      fixes += applied.length
      file = await lintSource(output, shown, settings)
    }
    return file.value === original ? { file, output: undefined, fixes: 0 } : { file, output: String(file.value), fixes }
  }

  return {
    lintSource,
    fixSource,
    async lintPage(absolute, shown, settings, given) {
      const bytes = given ?? readBounded(absolute, maxFileSize)
      if (typeof bytes === 'number' || bytes.byteLength > maxFileSize) {
        return { file: tooLarge(shown, typeof bytes === 'number' ? bytes : bytes.byteLength, maxFileSize, settings), fixed: false, fixes: 0 }
      }
      if (!fix) return { file: await lintSource(bytes, shown, settings), fixed: false, fixes: 0 }
      const { file, output, fixes } = await fixSource(bytes, shown, settings)
      if (output === undefined) return { file, fixed: false, fixes: 0 }
      const current = readFileSync(absolute)
      if (Buffer.compare(current, bytes) !== 0) {
        const message = file.message('Fichier modifié sur le disque pendant la correction : il n’a pas été réécrit, relancez `offre lint --fix`', {
          ruleId: 'changed-on-disk',
          source: 'offre',
        })
        message.fatal = true
        return { file, fixed: false, fixes: 0 }
      }
      writeFileAtomic(absolute, output)
      return { file, fixed: true, fixes }
    },
  }
}

/** The file's bytes, or its size when it is larger than `limit` (then it is not read at all). */
function readBounded(absolute: string, limit: number): Uint8Array | number {
  const fd = openSync(absolute, 'r')
  try {
    const { size } = fstatSync(fd)
    return size > limit ? size : readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

function tooLarge(shown: string, size: number, limit: number, settings: OffreSettings): VFile {
  const file = new VFile({ path: shown, value: '' })
  const reason =
    settings.locale === 'en'
      ? `File too large (${formatSize(size, 'en')}): the limit is ${formatSize(limit, 'en')}, the file is not read (option \`--max-file-size\`)`
      : `Fichier trop gros (${formatSize(size)}) : la limite est de ${formatSize(limit)}, le fichier n’est pas lu (option \`--max-file-size\`)`
  const message = file.message(reason, { ruleId: 'too-large', source: 'offre' })
  Object.assign(message, { fatal: true, actual: String(size), expected: [`≤ ${limit}`] })
  return file
}

/** Says in the editor's language what stopped the run, when it is a malformed control comment. */
function describeStop(message: VFileMessage, locale: 'fr' | 'en'): void {
  message.fatal = true
  const keyword = /^Unknown keyword `(.*)`: expected/s.exec(message.reason)?.[1]
  if (keyword === undefined) return
  message.reason =
    locale === 'en'
      ? `Invalid \`<!--lint …-->\` comment: unknown keyword \`${keyword}\`, expected \`enable\`, \`disable\` or \`ignore\`; no \`<!--lint …-->\` comment of this file is applied`
      : `Commentaire \`<!--lint …-->\` invalide : mot-clé \`${keyword}\` inconnu, attendu \`enable\`, \`disable\` ou \`ignore\` ; aucun commentaire \`<!--lint …-->\` de ce fichier n’est appliqué`
  Object.assign(message, { ruleId: 'lint-comment', source: 'offre', actual: keyword, expected: ['enable', 'disable', 'ignore'] })
}

function isInputRejection(message: VFileMessage): boolean {
  return message.source === 'offre-model' && INPUT_REJECTIONS.includes(message.ruleId ?? '')
}
