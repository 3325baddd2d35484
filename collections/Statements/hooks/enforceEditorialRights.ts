import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Statement, User } from '../../../src/payload-types'
import { hasRole } from '../../shared/roles'

/** Fields shared by every language: only editors change them. */
export const sharedFields = ['publishedAt', 'kind', 'speakers', 'topics', 'releaseAt', 'sourceLanguage'] as const

const idsOf = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' && 'id' in item ? item.id : item)) : value

const sameValue = (a: unknown, b: unknown): boolean => {
  const [left, right] = [idsOf(a), idsOf(b)]
  if (left instanceof Date || right instanceof Date || typeof left === 'string' || typeof right === 'string') {
    const [l, r] = [left, right].map((v) => (v ? new Date(v as string).getTime() || v : null))
    return l === r
  }
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null)
}

const refuse = (message: string): never => {
  throw new APIError(message, 403, null, true)
}

/**
 * Per-language rights, enforced on every write whatever the route (admin,
 * REST, GraphQL, Local API without overrideAccess): an editor or translator
 * writes only the languages they are assigned; a translator cannot publish and
 * cannot change the fields shared by all languages. Each refusal says why.
 */
export const enforceEditorialRights: CollectionBeforeChangeHook<Statement> = ({ data, originalDoc, req }) => {
  const user = req.user as User | null | undefined
  // Local API calls without a user (seeding, scripts) and administrators are not limited here.
  if (!user || hasRole(user, 'admin')) return data
  const locale = String(req.locale)
  const languages = user.languages ?? []
  if (!languages.includes(locale as never)) {
    refuse(`You may edit only ${languages.join(', ') || 'no languages'}; this save was in ${locale}. Ask an administrator to assign ${locale} to you.`)
  }
  if (hasRole(user, 'editor')) return data
  if (data._status === 'published') {
    refuse(`Translators cannot publish. Save the ${locale} translation as a draft and ask an editor for ${locale} to publish it.`)
  }
  const changed = sharedFields.filter((field) => field in data && !sameValue(data[field], originalDoc?.[field]))
  if (changed.length > 0) {
    refuse(`Translators cannot change ${changed.join(', ')}: these fields are shared by every language and are set by editors.`)
  }
  return data
}
