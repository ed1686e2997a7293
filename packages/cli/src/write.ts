/**
 * Writing files so that nothing is ever half-written: the new content goes to a
 * temporary file beside the target, then a rename replaces the target in one step
 * (atomic on POSIX filesystems). A reader, or a run killed midway, sees the old
 * file or the new one, never a mix.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  let mode: number | undefined
  try {
    mode = statSync(target).mode & 0o777
  } catch {
    mode = undefined
  }
  const fd = openSync(temp, 'w', mode ?? 0o644)
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
  closeSync(fd)
  try {
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
