/**
 * Lints one page: reads it as bytes, checks it can be a page (encoding, size,
 * binary), runs the remark-lint preset on one parse, and with `fix` applies the
 * safe fixes pass after pass until nothing changes (as ESLint does), then writes
 * the file atomically unless it changed on disk meanwhile.
 */
import { readFileSync } from 'node:fs'
import { inspectInput } from '@offre/model'
import remarkParse from 'remark-parse'
import { applyFixes, createPreset, type OffreSettings, type PresetOptions } from 'remark-lint-offre'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { writeFileAtomic } from '../write.js'

/** Fix passes before giving up on a file whose fixes keep producing new findings. */
const MAX_FIX_PASSES = 10

export interface PageResult {
  /** The file as reported (path relative to the working directory), with the final messages. */
  file: VFile
  /** Whether `--fix` rewrote the file. */
  fixed: boolean
  /** Number of fixes applied over all passes. */
  fixes: number
}

export interface Linter {
  /** Lints the page at `absolute`; `bytes` saves a read when the caller has them already. */
  lintPage(absolute: string, shown: string, settings: OffreSettings, bytes?: Uint8Array): Promise<PageResult>
}

export function createLinter(options: PresetOptions, fix: boolean): Linter {
  const processor = unified().use(remarkParse).use(createPreset(options)).freeze()

  async function lintValue(value: string | Uint8Array, shown: string, settings: OffreSettings): Promise<VFile> {
    const file = new VFile({ path: shown, value })
    file.data.offre = settings
    if (inspectInput(file, { locale: settings.locale ?? 'fr' })) return file
    await processor.run(processor.parse(file), file)
    return file
  }

  return {
    async lintPage(absolute, shown, settings, given) {
      const bytes = given ?? readFileSync(absolute)
      let file = await lintValue(bytes, shown, settings)
      if (!fix || typeof file.value !== 'string' || file.messages.some(isInputRejection)) return { file, fixed: false, fixes: 0 }
      const original = file.value
      let fixes = 0
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const { output, applied } = applyFixes(String(file.value), file.messages)
        if (applied.length === 0 || output === file.value) break
        fixes += applied.length
        file = await lintValue(output, shown, settings)
      }
      if (file.value === original) return { file, fixed: false, fixes: 0 }
      const current = readFileSync(absolute)
      if (Buffer.compare(current, bytes) !== 0) {
        const message = file.message('Fichier modifié sur le disque pendant la correction : il n’a pas été réécrit, relancez `offre lint --fix`', {
          ruleId: 'changed-on-disk',
          source: 'offre',
        })
        message.fatal = true
        return { file, fixed: false, fixes: 0 }
      }
      writeFileAtomic(absolute, String(file.value))
      return { file, fixed: true, fixes }
    },
  }
}

function isInputRejection(message: VFileMessage): boolean {
  return message.source === 'offre-model' && ['binary-file', 'too-large', 'empty-file', 'invalid-utf8'].includes(message.ruleId ?? '')
}
