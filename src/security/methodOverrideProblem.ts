import { jsonBodyProblem } from './jsonBodyProblem'

/**
 * Why Payload would fail on a POST that asks to be read as a GET
 * (X-Payload-HTTP-Method-Override: GET, which its admin uses for long
 * relationship queries), or null. Payload parses the JSON form without a
 * guard (an empty or invalid body was a 500), pastes its `locale` into the
 * URL (an object there was a 500), and appends the form-encoded query after a
 * second `?` when the URL has one already, so `?locale=en-GB` became the
 * locale `en-GB?depth=1` and reached the database (a 500 on PostgreSQL).
 * `contentType` is compared whole, as Payload compares it.
 */
export const methodOverrideProblem = ({ contentType, hasQuery, text }: { contentType: string; hasQuery: boolean; text: string }): string | null => {
  if (contentType === 'application/x-www-form-urlencoded') {
    return hasQuery ? 'A query sent in the body (X-Payload-HTTP-Method-Override) cannot also have one in the URL' : null
  }
  if (contentType !== 'application/json') return null
  if (text.trim() === '') return 'A query sent in the body (X-Payload-HTTP-Method-Override) must be a JSON object'
  const problem = jsonBodyProblem(text)
  if (problem) return problem
  const query: unknown = JSON.parse(text)
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return 'A query sent in the body (X-Payload-HTTP-Method-Override) must be a JSON object'
  const { locale, fallbackLocale } = query as { locale?: unknown; fallbackLocale?: unknown }
  for (const value of [locale, fallbackLocale]) {
    if (value !== undefined && value !== null && typeof value !== 'string') return 'locale and fallbackLocale must be text'
  }
  if (hasQuery && (locale || fallbackLocale)) return 'A locale sent in the body (X-Payload-HTTP-Method-Override) cannot go with a query in the URL'
  return null
}
