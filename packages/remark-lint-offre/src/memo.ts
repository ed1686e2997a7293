/**
 * A pure function of a string, remembered for the run: the language of a paragraph, a
 * word's place in the dictionary. A page edited in the language server is linted again
 * and again with all its paragraphs but one unchanged, and long pages repeat their link
 * texts and words; the answer is kept instead of worked out again. The memory is
 * bounded: past `max` entries it starts over. Keep `max` small for long keys: a key
 * cut from a page's text may keep that whole text alive (V8's sliced strings), so a
 * memory of paragraphs holds the last few hundred pages of a run, not all of them.
 */
export function memoize<T>(compute: (key: string) => T, max: number): (key: string) => T {
  let answers = new Map<string, T>()
  return (key) => {
    const known = answers.get(key)
    if (known !== undefined || answers.has(key)) return known as T
    const answer = compute(key)
    if (answers.size >= max) answers = new Map()
    answers.set(key, answer)
    return answer
  }
}
