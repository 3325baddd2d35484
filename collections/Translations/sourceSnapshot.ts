import { diffArrays } from 'diff'

import { bodyParts, type LexicalBody } from '../../src/components/SideBySide/alignBody'
import type { Statement } from '../../src/payload-types'

/** The source-language fields a translation follows, as plain text; the body part by part (paragraphs, Q&A blocks). */
export type SourceSnapshot = { title: string; summary: string; body: string[] }

/** One changed field, or for the body one run of changed parts; `part` counts from 1 in the current source. */
export type StaleField = { field: 'title' | 'summary' | 'body'; before: string; after: string; part?: number }

export const snapshotOf = (doc: Partial<Pick<Statement, 'title' | 'summary' | 'body'>>): SourceSnapshot => ({
  title: doc.title ?? '',
  summary: doc.summary ?? '',
  body: bodyParts(doc.body as LexicalBody).filter((part) => part.trim() !== ''),
})

const isSnapshot = (value: unknown): value is SourceSnapshot => {
  const v = value as Record<string, unknown> | null
  return Boolean(v) && typeof v?.title === 'string' && typeof v?.summary === 'string' && Array.isArray(v?.body)
}

/**
 * Which source fields differ from what the translation was approved
 * against, with the text before and after. The body is compared part by
 * part (aligned, so an inserted paragraph is one change, not a shift of
 * everything after it), and only the changed parts are reported.
 */
export const staleFieldsBetween = (approvedAgainst: unknown, current: SourceSnapshot): StaleField[] => {
  if (!isSnapshot(approvedAgainst)) return []
  const stale: StaleField[] = (['title', 'summary'] as const)
    .filter((field) => approvedAgainst[field] !== current[field])
    .map((field) => ({ field, before: approvedAgainst[field], after: current[field] }))
  let part = 1
  let pending: StaleField | null = null
  const flush = () => {
    if (pending) stale.push(pending)
    pending = null
  }
  for (const change of diffArrays(approvedAgainst.body, current.body)) {
    const text = change.value.join('\n\n')
    if (!change.added && !change.removed) {
      flush()
      part += change.value.length
      continue
    }
    pending ??= { field: 'body', before: '', after: '', part }
    if (change.removed) pending.before = text
    else {
      pending.after = text
      part += change.value.length
    }
  }
  flush()
  return stale
}
