/**
 * Test helper (not published): GitHub Actions expressions, `${{ … }}`, evaluated the way
 * the runner does for the subset our workflows use. Anything outside that subset (an
 * unknown function, context or property, an unparsable expression) throws: a test must
 * never take an expression it does not understand for true.
 *
 * Supported: literals ('string' with '' escapes, numbers, true, false, null), contexts
 * and property access (a.b, a['b'], names with dashes), !, ==, !=, <, <=, >, >=, &&, ||
 * (which return one of their operands, as on GitHub), parentheses, and the functions
 * always(), success(), failure(), cancelled(), contains(), startsWith(), endsWith(),
 * format(), toJSON().
 */

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

export interface Status {
  /** Whether a step of the job (or of the composite action) failed so far. */
  failed: boolean
}

export interface Scope {
  /** The contexts (github, env, matrix, inputs, steps, runner, secrets…). */
  contexts: Record<string, Value>
  status: Status
  /** Where the expression comes from, for the error messages. */
  where: string
}

export class ExpressionError extends Error {}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string }

function tokenize(source: string, where: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (/\s/.test(c)) {
      i++
    } else if (c === "'") {
      let value = ''
      i++
      for (;;) {
        if (i >= source.length) throw new ExpressionError(`${where}: unclosed string in \`${source}\``)
        if (source[i] === "'" && source[i + 1] === "'") {
          value += "'"
          i += 2
        } else if (source[i] === "'") {
          i++
          break
        } else value += source[i++]
      }
      tokens.push({ kind: 'string', value })
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^-?(0x[0-9a-f]+|[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?)/i.exec(source.slice(i))!
      tokens.push({ kind: 'number', value: Number(match[0]) })
      i += match[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!
      tokens.push({ kind: 'name', value: match[0] })
      i += match[0].length
    } else {
      const op = ['==', '!=', '<=', '>=', '&&', '||'].find((o) => source.startsWith(o, i)) ?? ('!<>()[].,*'.includes(c) ? c : undefined)
      if (!op) throw new ExpressionError(`${where}: unexpected character \`${c}\` in \`${source}\``)
      tokens.push({ kind: 'op', value: op })
      i += op.length
    }
  }
  return tokens
}

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; name: string }
  | { kind: 'property'; object: Node; key: Node }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }

function parse(source: string, where: string): Node {
  const tokens = tokenize(source, where)
  let position = 0
  const fail = (what: string): never => {
    throw new ExpressionError(`${where}: ${what} in \`${source}\``)
  }
  const peek = (value: string) => {
    const token = tokens[position]
    return token?.kind === 'op' && token.value === value
  }
  const expect = (value: string) => {
    if (!peek(value)) fail(`expected \`${value}\``)
    position++
  }
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next()
    while (ops.some(peek)) {
      const op = (tokens[position++] as { value: string }).value
      left = { kind: 'binary', op, left, right: next() }
    }
    return left
  }
  const primary = (): Node => {
    const token = tokens[position++]
    if (!token) return fail('unexpected end')
    let node: Node
    if (token.kind === 'string' || token.kind === 'number') node = { kind: 'literal', value: token.value }
    else if (token.kind === 'op' && token.value === '(') {
      node = or()
      expect(')')
    } else if (token.kind === 'op' && token.value === '!') return { kind: 'not', operand: primary() }
    else if (token.kind === 'name') {
      if (token.value === 'true' || token.value === 'false') node = { kind: 'literal', value: token.value === 'true' }
      else if (token.value === 'null') node = { kind: 'literal', value: null }
      else if (peek('(')) {
        position++
        const args: Node[] = []
        while (!peek(')')) {
          args.push(or())
          if (!peek(')')) expect(',')
        }
        position++
        node = { kind: 'call', name: token.value, args }
      } else node = { kind: 'context', name: token.value }
    } else return fail(`unexpected \`${token.value}\``)
    for (;;) {
      if (peek('.')) {
        position++
        const key = tokens[position++]
        if (key?.kind !== 'name') fail('expected a property name')
        node = { kind: 'property', object: node, key: { kind: 'literal', value: (key as { value: string }).value } }
      } else if (peek('[')) {
        position++
        const key = or()
        expect(']')
        node = { kind: 'property', object: node, key }
      } else return node
    }
  }
  const comparison = binary(['==', '!=', '<=', '>=', '<', '>'], primary)
  const and = binary(['&&'], comparison)
  const or = binary(['||'], and)
  const tree = or()
  if (position !== tokens.length) fail('unexpected text after the expression')
  return tree
}

const truthy = (value: Value) => !(value === false || value === null || value === 0 || value === '' || Number.isNaN(value))

function toNumber(value: Value): number {
  if (value === null) return 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value)
  return Number.NaN
}

/** GitHub's loose equality: strings compare ignoring case, other mixed types as numbers. */
function equal(left: Value, right: Value): boolean {
  if (typeof left === 'string' && typeof right === 'string') return left.toLowerCase() === right.toLowerCase()
  if (typeof left === 'object' || typeof right === 'object') return left === right
  if (typeof left === typeof right) return left === right
  return toNumber(left) === toNumber(right)
}

export function toText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value, null, 2)
  return String(value)
}

/** Whether the expression calls one of the status functions (otherwise `success() &&` is implied in `if:`). */
function usesStatus(node: Node): boolean {
  switch (node.kind) {
    case 'call':
      return ['always', 'success', 'failure', 'cancelled'].includes(node.name) || node.args.some(usesStatus)
    case 'property':
      return usesStatus(node.object) || usesStatus(node.key)
    case 'not':
      return usesStatus(node.operand)
    case 'binary':
      return usesStatus(node.left) || usesStatus(node.right)
    default:
      return false
  }
}

function evaluateNode(node: Node, scope: Scope): Value {
  const fail = (what: string): never => {
    throw new ExpressionError(`${scope.where}: ${what}`)
  }
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'context':
      if (!(node.name in scope.contexts)) return fail(`unknown context \`${node.name}\``)
      return scope.contexts[node.name]!
    case 'property': {
      const object = evaluateNode(node.object, scope)
      const key = toText(evaluateNode(node.key, scope))
      if (object === null || typeof object !== 'object' || Array.isArray(object)) return fail(`\`${key}\` of a value that is not an object`)
      if (!Object.hasOwn(object, key)) {
        // env, steps' outputs and secrets may lack a name (GitHub gives ''); anything else is a test's blind spot.
        if (object[OPEN] === true) return null
        return fail(`unknown property \`${key}\` (known: ${Object.keys(object).join(', ')})`)
      }
      return object[key]!
    }
    case 'not':
      return !truthy(evaluateNode(node.operand, scope))
    case 'binary': {
      const left = evaluateNode(node.left, scope)
      if (node.op === '&&') return truthy(left) ? evaluateNode(node.right, scope) : left
      if (node.op === '||') return truthy(left) ? left : evaluateNode(node.right, scope)
      const right = evaluateNode(node.right, scope)
      switch (node.op) {
        case '==':
          return equal(left, right)
        case '!=':
          return !equal(left, right)
        case '<':
          return toNumber(left) < toNumber(right)
        case '<=':
          return toNumber(left) <= toNumber(right)
        case '>':
          return toNumber(left) > toNumber(right)
        default:
          return toNumber(left) >= toNumber(right)
      }
    }
    case 'call': {
      const args = node.args.map((arg) => evaluateNode(arg, scope))
      const arity = (n: number) => args.length === n || fail(`${node.name}() takes ${n} argument(s)`)
      switch (node.name) {
        case 'always':
          arity(0)
          return true
        case 'success':
          arity(0)
          return !scope.status.failed
        case 'failure':
          arity(0)
          return scope.status.failed
        case 'cancelled':
          arity(0)
          return false
        case 'contains': {
          arity(2)
          const [haystack, needle] = args as [Value, Value]
          if (Array.isArray(haystack)) return haystack.some((item) => equal(item, needle))
          return toText(haystack).toLowerCase().includes(toText(needle).toLowerCase())
        }
        case 'startsWith':
          arity(2)
          return toText(args[0]!).toLowerCase().startsWith(toText(args[1]!).toLowerCase())
        case 'endsWith':
          arity(2)
          return toText(args[0]!).toLowerCase().endsWith(toText(args[1]!).toLowerCase())
        case 'format':
          return toText(args[0] ?? null).replace(/\{(\d+)\}/g, (_, n: string) => toText(args[Number(n) + 1] ?? null))
        case 'toJSON':
          arity(1)
          return JSON.stringify(args[0], null, 2)
        default:
          return fail(`unknown function \`${node.name}()\``)
      }
    }
  }
}

/** Marks an object of a context whose missing properties are null (env, outputs, secrets), as on GitHub. */
export const OPEN = '\u0000open'
export function open(values: Record<string, Value>): Record<string, Value> {
  return { ...values, [OPEN]: true }
}

export function evaluate(expression: string, scope: Scope): Value {
  return evaluateNode(parse(expression, scope.where), scope)
}

/** A string with `${{ … }}` parts replaced by their values (a string that is one whole expression keeps the value's type). */
export function interpolate(text: string, scope: Scope): Value {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text)
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, scope)
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => toText(evaluate(expression, scope)))
}

/** The value of an `if:` (a bare expression or `${{ … }}`), with the implied `success() &&`. */
export function condition(text: string | boolean | number | undefined, scope: Scope): boolean {
  if (text === undefined) return !scope.status.failed
  if (typeof text !== 'string') return truthy(text)
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text)
  const source = whole ? whole[1]! : text
  if (!whole && source.includes('${{')) throw new ExpressionError(`${scope.where}: \`if: ${text}\` mixes text and \${{ }}`)
  const tree = parse(source, scope.where)
  const value = truthy(evaluateNode(tree, scope))
  return usesStatus(tree) ? value : !scope.status.failed && value
}
