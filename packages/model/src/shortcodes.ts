/**
 * Nunjucks shortcodes written in the site's markdown (`{% imageContent "./x.png", "…" %}`,
 * `{{ page.url }}`, `{# … #}`): where they are in a text, and what a tag whose
 * arguments are literals says. One reading for the renderer, which renders
 * `imageContent`, and the link checker, which checks that its image exists.
 */

/** A shortcode of a text: where it starts and its whole text, marks included. */
export interface ShortcodeSpan {
  index: number
  text: string
}

/** Opening mark → closing mark: a tag, an expression, a comment. */
const MARKS: Record<string, string> = { '{%': '%}', '{{': '}}', '{#': '#}' }

/**
 * The shortcodes of a text, each ending at the first closing mark. A scanner
 * rather than a regular expression, to stay linear on hostile text (`{%` a
 * hundred thousand times): once a closing mark is missing, no later opening
 * of that kind is tried again.
 */
export function scanShortcodes(text: string): ShortcodeSpan[] {
  const spans: ShortcodeSpan[] = []
  const exhausted = new Set<string>()
  let from = 0
  for (let open = text.indexOf('{', from); open !== -1 && open < text.length - 1; open = text.indexOf('{', from)) {
    const mark = text.slice(open, open + 2)
    const close = MARKS[mark]
    const end = close === undefined || exhausted.has(mark) ? -1 : text.indexOf(close, open + 2)
    if (close !== undefined && end === -1) exhausted.add(mark)
    if (end === -1) {
      from = open + 1
      continue
    }
    spans.push({ index: open, text: text.slice(open, end + 2) })
    from = end + 2
  }
  return spans
}

/** A literal argument of a tag: a string, a number, `true`/`false`/`null`, or a list of them. */
export type ShortcodeValue = string | number | boolean | null | ShortcodeValue[]

export interface ShortcodeCall {
  name: string
  args: ShortcodeValue[]
}

/**
 * The name and arguments of a tag (`{% imageContent "./x.png", "Texte", [1000] %}`),
 * or null when it is not a tag or an argument is not a literal (`image.path`: the
 * template's data, which only the site's generator knows).
 */
export function parseShortcodeCall(shortcode: string): ShortcodeCall | null {
  const match = /^\{%-?\s*([A-Za-z_]\w*)([\s\S]*?)-?%\}$/.exec(shortcode)
  if (match === null) return null
  const reader = new Reader(match[2] ?? '')
  const args: ShortcodeValue[] = []
  reader.skipSpaces()
  while (!reader.done()) {
    const value = reader.value()
    if (value === undefined) return null
    args.push(value)
    reader.skipSpaces()
    if (reader.done()) break
    if (!reader.eat(',')) return null
    reader.skipSpaces()
  }
  return { name: match[1] as string, args }
}

/** What `{% imageContent src, alt, widths, sizes, class %}` asks for, as the site's shortcode reads it. */
export interface ImageContentCall {
  /** The image, relative to the page (`./capture.png`). */
  src: string
  alt: string
  /** Output widths (`[1000]`); absent: the image's own width. */
  widths?: Array<number | null>
  sizes?: string
  className?: string
}

/** The `imageContent` call of a shortcode, or null when it is another one or its arguments are not literals. */
export function imageContentOf(shortcode: string): ImageContentCall | null {
  const call = parseShortcodeCall(shortcode)
  if (call === null || call.name !== 'imageContent') return null
  const [src, alt, widths, sizes, className] = call.args
  if (typeof src !== 'string' || src.trim() === '' || typeof alt !== 'string') return null
  const result: ImageContentCall = { src, alt }
  if (Array.isArray(widths)) {
    const valid = widths.map((width) => (width === 'auto' || width === null ? null : typeof width === 'number' ? width : Number.NaN))
    if (valid.some((width) => width !== null && (!Number.isInteger(width) || width <= 0))) return null
    if (valid.length > 0) result.widths = valid
  } else if (widths !== undefined && widths !== null) return null
  if (typeof sizes === 'string' && sizes !== '') result.sizes = sizes
  if (typeof className === 'string' && className.trim() !== '') result.className = className.trim()
  return result
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' }

/** Reads Nunjucks literals, as its lexer does: strings in `"` or `'` with `\` escapes, numbers, lists. */
class Reader {
  #at = 0
  constructor(readonly text: string) {}

  done(): boolean {
    return this.#at >= this.text.length
  }

  skipSpaces(): void {
    while (/\s/.test(this.text[this.#at] ?? '')) this.#at++
  }

  eat(char: string): boolean {
    if (this.text[this.#at] !== char) return false
    this.#at++
    return true
  }

  value(depth = 0): ShortcodeValue | undefined {
    const char = this.text[this.#at]
    if (char === '"' || char === "'") return this.string(char)
    if (char === '[' && depth < 8) return this.list(depth)
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null|none)(?![\w.])/.exec(this.text.slice(this.#at))
    if (word === null) return undefined
    this.#at += word[0].length
    if (word[0] === 'true' || word[0] === 'false') return word[0] === 'true'
    if (word[0] === 'null' || word[0] === 'none') return null
    return Number(word[0])
  }

  string(quote: string): string | undefined {
    let value = ''
    for (this.#at++; this.#at < this.text.length; this.#at++) {
      const char = this.text[this.#at] as string
      if (char === quote) {
        this.#at++
        return value
      }
      if (char === '\\' && this.#at + 1 < this.text.length) {
        this.#at++
        const next = this.text[this.#at] as string
        value += ESCAPES[next] ?? next
      } else value += char
    }
    return undefined
  }

  list(depth: number): ShortcodeValue[] | undefined {
    const items: ShortcodeValue[] = []
    this.#at++
    this.skipSpaces()
    if (this.eat(']')) return items
    for (;;) {
      const item = this.value(depth + 1)
      if (item === undefined) return undefined
      items.push(item)
      this.skipSpaces()
      if (this.eat(']')) return items
      if (!this.eat(',')) return undefined
      this.skipSpaces()
    }
  }
}
