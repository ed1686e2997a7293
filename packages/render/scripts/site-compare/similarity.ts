/**
 * How alike two texts are, on words: 2·LCS / (|a| + |b|), where LCS is the
 * length of the longest common subsequence of the two word sequences (the
 * ratio of Python's difflib, without its junk heuristics, on words). 1 is the
 * same words in the same order; a word added, dropped or changed costs the
 * same wherever it is, and a paragraph moved costs its length. Words, not
 * characters: a page of 2,000 words compares in milliseconds once the common
 * start and end are set aside (the usual case), and at worst in |a|·|b| steps
 * on two rows of integers.
 */

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

export function similarity(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  if (x.length + y.length === 0) return 1
  return (2 * lcsLength(x, y)) / (x.length + y.length)
}

export function lcsLength(x: readonly string[], y: readonly string[]): number {
  let start = 0
  while (start < x.length && start < y.length && x[start] === y[start]) start++
  let endX = x.length
  let endY = y.length
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--
    endY--
  }
  const common = start + (x.length - endX)
  const ids = new Map<string, number>()
  const id = (word: string): number => {
    let value = ids.get(word)
    if (value === undefined) ids.set(word, (value = ids.size))
    return value
  }
  const a = Int32Array.from(x.slice(start, endX), id)
  const b = Int32Array.from(y.slice(start, endY), id)
  if (a.length === 0 || b.length === 0) return common
  let previous = new Uint32Array(b.length + 1)
  let current = new Uint32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      current[j] = ai === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    }
    ;[previous, current] = [current, previous]
  }
  return common + previous[b.length]!
}

/**
 * Where two texts first part, for a report: a few words of what they share,
 * then what each has next (`…shared words ⟨site: next words⟩ ⟨offre: next words⟩`).
 * Empty when they have the same words.
 */
export function firstDifference(a: string, b: string, context = 6, shown = 10): string {
  const x = words(a)
  const y = words(b)
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  if (i === x.length && i === y.length) return ''
  const before = x.slice(Math.max(0, i - context), i).join(' ')
  const tail = (list: string[]): string => {
    const next = list.slice(i, i + shown).join(' ')
    return next === '' ? '(end)' : next + (list.length > i + shown ? ' …' : '')
  }
  return `${i > context ? '…' : ''}${before} ⟨site: ${tail(x)}⟩ ⟨offre: ${tail(y)}⟩`
}
