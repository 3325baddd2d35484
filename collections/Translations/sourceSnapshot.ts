import { bodyText } from '../Statements/hooks/indexSearchText'
import type { Statement } from '../../src/payload-types'

/** The source-language fields a translation follows, as plain text. */
export type SourceSnapshot = { title: string; summary: string; body: string }

export type StaleField = { field: keyof SourceSnapshot; before: string; after: string }

export const trackedFields: (keyof SourceSnapshot)[] = ['title', 'summary', 'body']

export const snapshotOf = (doc: Partial<Pick<Statement, 'title' | 'summary' | 'body'>>): SourceSnapshot => ({
  title: doc.title ?? '',
  summary: doc.summary ?? '',
  body: doc.body ? bodyText(doc.body).trim() : '',
})

const isSnapshot = (value: unknown): value is SourceSnapshot =>
  Boolean(value) && typeof value === 'object' && trackedFields.every((field) => typeof (value as Record<string, unknown>)[field] === 'string')

/** Which source fields differ from what the translation was approved against, with the text before and after. */
export const staleFieldsBetween = (approvedAgainst: unknown, current: SourceSnapshot): StaleField[] => {
  if (!isSnapshot(approvedAgainst)) return []
  return trackedFields
    .filter((field) => approvedAgainst[field] !== current[field])
    .map((field) => ({ field, before: approvedAgainst[field], after: current[field] }))
}
