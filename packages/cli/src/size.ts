/**
 * Sizes in bytes as people write them on a command line (`16MiB`, `16 Mio`,
 * `500ko`, `2000000`) and as messages show them (`16 Mio`, `10,5 Mio`).
 * Binary units (Kio, Mio, Gio; KiB, MiB, GiB; bare k, M, G) count by 1024,
 * decimal ones (ko, Mo, Go; kB, MB, GB) by 1000.
 */
import { UsageError } from './errors.js'

const UNITS: Record<string, number> = {
  '': 1, o: 1, b: 1, octet: 1, octets: 1, byte: 1, bytes: 1,
  k: 1024, kio: 1024, kib: 1024, ko: 1000, kb: 1000,
  m: 1024 ** 2, mio: 1024 ** 2, mib: 1024 ** 2, mo: 1000 ** 2, mb: 1000 ** 2,
  g: 1024 ** 3, gio: 1024 ** 3, gib: 1024 ** 3, go: 1000 ** 3, gb: 1000 ** 3,
}

/** Parses a size for option `name`; a usage error (exit 2) with examples and the units otherwise. */
export function parseSize(text: string, name: string): number {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text)
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()]
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]!.replace(',', '.')) * unit) : NaN
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(
      `${name} attend une taille positive en octets, avec ou sans unité (\`16777216\`, \`16MiB\`, \`16Mio\`, \`500ko\`), reçu \`${text}\` ; unités : o, ko, Kio, Mo, Mio, Go, Gio (ou B, kB, KiB, MB, MiB, GB, GiB)`,
    )
  }
  return bytes
}

/** A size for a message: bytes below 1 Kio, else the largest binary unit with at most one decimal. */
export function formatSize(bytes: number, locale: 'fr' | 'en' = 'fr'): string {
  const units = locale === 'en' ? ['bytes', 'KiB', 'MiB', 'GiB'] : ['octets', 'Kio', 'Mio', 'Gio']
  let value = bytes
  let index = 0
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024
    index++
  }
  const number = index === 0 ? String(bytes) : (Math.round(value * 10) / 10).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 })
  return `${number} ${units[index]}`
}
