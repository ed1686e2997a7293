/** A progress line on a terminal (stderr) for long runs; nothing when output is piped. */
import type { Io } from './io.js'

const MIN_FILES = 50
const INTERVAL_MS = 100

export interface Progress {
  tick(done: number): void
  end(): void
}

export function progress(io: Io, total: number, label: string): Progress {
  if (!io.stderr.isTTY || total <= MIN_FILES || io.env.CI) return { tick() {}, end() {} }
  let last = 0
  return {
    tick(done) {
      const now = Date.now()
      if (now - last < INTERVAL_MS && done < total) return
      last = now
      io.stderr.write(`\r${label} : ${done}/${total} fichiers (${Math.floor((done / total) * 100)} %)`)
    },
    end() {
      io.stderr.write('\r\u001b[2K')
    },
  }
}
