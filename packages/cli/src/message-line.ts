/** One message as one line: `file:line:col: erreur message [rule]`, the form editors and editors' tools read. */
import type { VFileMessage } from 'vfile-message'

/** What the line needs of a message: a `VFileMessage`, or the same fields sent back by a worker. */
export type MessageFields = Pick<VFileMessage, 'reason' | 'line' | 'column' | 'fatal' | 'ruleId' | 'source'>

export function severityOf(message: MessageFields): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

const LABEL = { error: 'erreur', warning: 'avertissement', info: 'info' } as const

export function formatMessageLine(file: string | undefined, message: MessageFields): string {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const rule = message.ruleId ? ` [${message.source ? `${message.source}:` : ''}${message.ruleId}]` : ''
  return `${file ?? '<stdin>'}:${line}:${column}: ${LABEL[severityOf(message)]} ${message.reason}${rule}`
}
