/**
 * Writing files so that nothing is ever half-written: the new content goes to a
 * temporary file beside the target, then a rename replaces the target in one step
 * (atomic on POSIX filesystems). A reader, or a run killed midway, sees the old
 * file or the new one, never a mix. A run killed between the two steps leaves its
 * temporary file (`.<name>.<pid>.<time>.tmp`, hidden, never linted); the next
 * write of the same file removes it.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  removeStaleTemporaries(target)
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

/** Removes the temporary files that runs no longer alive left beside `target`. */
export function removeStaleTemporaries(target: string): void {
  const folder = path.dirname(target)
  const prefix = `.${path.basename(target)}.`
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) rmSync(path.join(folder, name), { force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
