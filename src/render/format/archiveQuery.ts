import { isSlug } from '../../../collections/shared/fields/slugField'
import { statementKindValues } from '../../../collections/Statements/kinds'

/** The archive's query string, checked: what a reader may filter by. */
export type ArchiveQuery = {
  kind?: string
  topic?: string
  person?: string
  /** YYYY-MM-DD, as typed in the form. */
  from?: string
  to?: string
  page: number
}

/** A problem names the parameter; `textKey` (with `params`) says more than "cannot be used" where a reader can fix it. */
export type ArchiveQueryResult = { ok: true; query: ArchiveQuery } | { ok: false; problem: string; textKey?: string; params?: Record<string, string> }

const dateShape = /^(\d{4})-(\d{2})-(\d{2})$/
export const maxPage = 10_000

const single = (value: unknown): string | undefined | null => {
  if (value === undefined) return undefined
  if (typeof value !== 'string') return null // repeated or nested parameters
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

const isRealDate = (text: string): boolean => {
  const match = dateShape.exec(text)
  if (!match) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

/** Parses `kind, topic, person, from, to, page`; anything malformed is a problem, never a guess. */
export const parseArchiveQuery = (raw: Record<string, unknown>): ArchiveQueryResult => {
  const values: Record<string, string | undefined> = {}
  for (const name of ['kind', 'topic', 'person', 'from', 'to', 'page']) {
    const value = single(raw[name])
    if (value === null) return { ok: false, problem: name }
    values[name] = value
  }
  const { kind, topic, person, from, to, page } = values
  if (kind && !statementKindValues.includes(kind as never)) return { ok: false, problem: 'kind' }
  if (topic && !isSlug(topic)) return { ok: false, problem: 'topic' }
  if (person && !isSlug(person)) return { ok: false, problem: 'person' }
  if (from && !isRealDate(from)) return { ok: false, problem: 'from' }
  if (to && !isRealDate(to)) return { ok: false, problem: 'to' }
  if (from && to && from > to) return { ok: false, problem: 'to', textKey: 'errors.rangeReversed', params: { from, to } }
  const pageNumber = page === undefined ? 1 : /^\d{1,5}$/.test(page) ? Number(page) : Number.NaN
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > maxPage) return { ok: false, problem: 'page' }
  return { ok: true, query: { kind, topic, person, from, to, page: pageNumber } }
}

/** The query string for a page of the same filtered archive. */
export const archiveHref = (base: string, query: ArchiveQuery, page: number): string => {
  const params = new URLSearchParams()
  for (const name of ['kind', 'topic', 'person', 'from', 'to'] as const) {
    const value = query[name]
    if (value) params.set(name, value)
  }
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `${base}?${text}` : base
}

/** Start of `from` and end of `to`, as instants in the site's time zone. */
export const dayBounds = (query: ArchiveQuery, timeZone: string): { from?: Date; to?: Date } => ({
  from: query.from ? zonedMidnight(query.from, timeZone, 0) : undefined,
  to: query.to ? new Date(zonedMidnight(query.to, timeZone, 1).getTime() - 1) : undefined,
})

/** Midnight at the start of `day` (+ `addDays`) in `timeZone`, as a UTC instant. */
const zonedMidnight = (day: string, timeZone: string, addDays: number): Date => {
  const utc = new Date(`${day}T00:00:00Z`)
  utc.setUTCDate(utc.getUTCDate() + addDays)
  // The zone's offset at that moment, read back through Intl.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' }).formatToParts(utc)
  const offset = parts.find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '') || '+00:00'
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
  return new Date(utc.getTime() - minutes * 60_000)
}
