import type { IncomingMessage } from 'node:http'

import { statementKindValues } from '../../../collections/Statements/kinds'
import { defaultLocale, type Locale, localeFromCode } from '../../i18n/locales'

/** A REST read of published statements the read model answers exactly as Payload would (see publicApiStatements.ts). */
export type PublicApiQuery =
  | { shape: 'list'; locale: Locale; limit: number; page: number; filter: PublicApiFilter }
  | { shape: 'count'; locale: Locale; filter: PublicApiFilter }
  | { shape: 'byId'; locale: Locale; id: number }

export type PublicApiFilter = { kind?: string; topicId?: number; personId?: number }

/** Largest page Payload is asked for by readers; a larger one goes Payload's way. */
export const maxPublicLimit = 100
const maxPage = 100_000

const wholeNumber = (value: string | null, { min, max }: { min: number; max: number }): number | undefined => {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined
  const number = Number(value)
  return number >= min && number <= max ? number : undefined
}

/** The parameters each shape may carry, as Payload's REST API spells them. Any other parameter goes Payload's way. */
const filterParams = ['where[kind][equals]', 'where[topics][equals]', 'where[speakers][equals]']
const allowed = {
  list: new Set(['locale', 'depth', 'limit', 'page', 'sort', 'draft', ...filterParams]),
  count: new Set(['locale', 'depth', 'draft', ...filterParams]),
  byId: new Set(['locale', 'depth', 'draft']),
}

/**
 * The anonymous REST reads of statements that the public read model answers:
 * a list (newest first, filtered by kind, topic or speaker, paginated), a
 * count, one statement by id; in one language (en-GB when none is named), at
 * depth 0 (ids for speakers and topics), never a draft. Anything else
 * (`locale=all`, another filter or sort, depth above 0, a session, an Origin
 * whose CORS answer is Payload's) answers `undefined` and goes to Payload.
 */
export const publicApiQueryOf = (req: IncomingMessage): PublicApiQuery | undefined => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (req.headers.authorization !== undefined || req.headers.cookie !== undefined || req.headers.origin !== undefined) return undefined
  const url = req.url ?? ''
  if (!url.startsWith('/api/statements')) return undefined
  const [path = '', search = ''] = url.split('?', 2)
  const match = /^\/api\/statements(?:\/(count|\d{1,15}))?$/.exec(path)
  if (!match) return undefined
  const shape = match[1] === undefined ? 'list' : match[1] === 'count' ? 'count' : 'byId'
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return undefined
  }
  const names = [...params.keys()]
  if (names.some((name) => !allowed[shape].has(name)) || new Set(names).size !== names.length) return undefined
  const locale = params.has('locale') ? localeFromCode(params.get('locale') as string) : defaultLocale
  if (!locale) return undefined
  if (shape !== 'count' && params.get('depth') !== '0') return undefined
  if (params.has('draft') && params.get('draft') !== 'false') return undefined
  if (shape === 'byId') {
    const id = wholeNumber(match[1] as string, { min: 1, max: Number.MAX_SAFE_INTEGER })
    return id === undefined ? undefined : { shape, locale, id }
  }
  const filter: PublicApiFilter = {}
  const kind = params.get('where[kind][equals]')
  if (kind !== null) {
    if (!(statementKindValues as string[]).includes(kind)) return undefined
    filter.kind = kind
  }
  for (const [param, key] of [['where[topics][equals]', 'topicId'], ['where[speakers][equals]', 'personId']] as const) {
    if (!params.has(param)) continue
    const id = wholeNumber(params.get(param), { min: 1, max: Number.MAX_SAFE_INTEGER })
    if (id === undefined) return undefined
    filter[key] = id
  }
  if (shape === 'count') return { shape, locale, filter }
  if (params.has('sort') && params.get('sort') !== '-publishedAt') return undefined
  const limit = params.has('limit') ? wholeNumber(params.get('limit'), { min: 1, max: maxPublicLimit }) : 10
  const page = params.has('page') ? wholeNumber(params.get('page'), { min: 1, max: maxPage }) : 1
  if (limit === undefined || page === undefined) return undefined
  return { shape, locale, limit, page, filter }
}
