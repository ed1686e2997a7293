/**
 * What the rules `offre-typography`, `offre-mailto`, `offre-faq` and
 * `offre-no-presentational-html` share around `lintRule`: options checked when the
 * rule is attached, not when it runs (a bad option throws once, at start-up, naming
 * the valid choices, instead of one fatal message per file), and findings put back
 * in page order when a rule runs several checks one after the other.
 */
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'

/** The options in a rule's setting (`options`, `[severity]` or `[severity, options]`). */
export function optionsOf(config: unknown): unknown {
  if (Array.isArray(config)) {
    const [first, second] = config as unknown[]
    return typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean' ? second : config
  }
  if (config === null || typeof config !== 'object') return undefined
  return config
}

/** `rule`, with `check` run on its options when it is attached. */
export function withCheckedOptions<P extends Plugin<never[], Root>>(rule: P, check: (options: unknown) => void): P {
  const plugin = function (this: unknown, ...parameters: unknown[]) {
    check(optionsOf(parameters[0]))
    return (rule as unknown as (...args: unknown[]) => unknown).apply(this, parameters)
  }
  Object.defineProperty(plugin, 'name', { value: rule.name })
  return plugin as unknown as P
}

/** Throws a readable error for option `key` of rule `id`. */
export function badOption(id: string, key: string, expected: string, received: unknown): never {
  const shown = JSON.stringify(received) ?? String(received)
  throw new Error(`Invalid option \`${key}\` of \`${id}\`: expected ${expected}, received \`${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}\``)
}

/** Throws when `options` holds a key not in `known`. */
export function checkKnownKeys(id: string, options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) badOption(id, 'options', `an object with ${known.map((k) => `\`${k}\``).join(', ')}`, options)
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new Error(`Unknown option \`${key}\` of \`${id}\`, expected one of: ${known.join(', ')}`)
  }
  return options as Record<string, unknown>
}

/** Sorts the messages added to `file` since index `first` by their place in the page. */
export function inPageOrder(file: VFile, first: number): void {
  const offset = (message: VFile['messages'][number]): number => (message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0)
  const found = file.messages.splice(first).sort((a, b) => offset(a) - offset(b))
  file.messages.push(...found)
}
