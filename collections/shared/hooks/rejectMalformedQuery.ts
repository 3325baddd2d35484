import { APIError, type CollectionBeforeOperationHook, type SanitizedCollectionConfig } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import { operatorProblem } from '../operatorProblem'

// Payload's own operator list (not exported from its entry point). Unknown operators are
// not refused by Payload: `constructor` reached the database adapter and failed as a 500.
const operators = new Set([
  'equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal',
  'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near',
])
const maxNesting = 10

type Fields = SanitizedCollectionConfig['flattenedFields']
type FieldsOf = { fields: Fields; numericIds: boolean; sql: boolean; fieldsOf: (slug: string) => Fields | undefined }

/**
 * The field a where path names: `title`, or through a link (`speakers.name`,
 * the name of the linked person) or a group or array (`seo.title`). The
 * document id is a number on SQL databases. Undefined where the path cannot
 * be followed (a link to several collections, a block's field): those are
 * left to Payload.
 */
const fieldAt = (fields: Fields, path: string, of: FieldsOf): Fields[number] | undefined => {
  const [head = '', ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return fields.find((each) => each.name === 'id') ?? ({ name: 'id', type: of.numericIds ? 'number' : 'text' } as Fields[number])
  const field = fields.find((each) => each.name === head)
  if (!field || rest.length === 0) return field
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const linked = of.fieldsOf(field.relationTo)
    return linked && fieldAt(linked, rest.join('.'), of)
  }
  if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) return fieldAt(field.flattenedFields, rest.join('.'), of)
  return undefined
}

const whereProblem = (where: unknown, depth: number, of: FieldsOf): string | null => {
  if (where === null || typeof where !== 'object' || Array.isArray(where)) return 'each where condition must be an object'
  if (depth > maxNesting) return `where conditions nest deeper than ${maxNesting} levels`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return `where[${key}] must be a list`
      for (const part of value) {
        const problem = whereProblem(part, depth + 1, of)
        if (problem) return problem
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `where[${key}] needs an operator`
    const unknown = Object.keys(value).find((operator) => !operators.has(operator))
    if (unknown !== undefined) return `unknown where operator: ${unknown.slice(0, 40)}`
    const field = fieldAt(of.fields, key, of)
    for (const [operator, operand] of Object.entries(value)) {
      const problem = operatorProblem(field, key, operator, operand, of)
      if (problem) return problem
    }
  }
  return null
}

const hasLocalizedField = (collection: SanitizedCollectionConfig) => collection.flattenedFields.some((field) => 'localized' in field && field.localized)

const sortsByLocalizedField = (collection: SanitizedCollectionConfig, sort: unknown): boolean => {
  const paths = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return paths.some((path) => {
    const name = String(path).trim().replace(/^-/, '').split('.')[0]
    const field = collection.flattenedFields.find((each) => each.name === name)
    return Boolean(field && 'localized' in field && field.localized)
  })
}

// A repeated ?limit= arrives as a list, which Payload passes on to SQL.
const whole = (value: unknown, min: number) => value === undefined || value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= min)

/**
 * Refuses with 400 and a reason the query shapes Payload would otherwise
 * carry to the database and fail on with a 500: unknown operators, where
 * clauses that are not objects or nest without end, a locale that is not one
 * of ours, page and limit values that are not whole numbers (Infinity, NaN,
 * an offset past what SQL can hold), a non-numeric id on SQL databases, and
 * a where clause or sort on a localized field with no locale to read it in.
 * Every collection lists it first among its beforeOperation hooks.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, req, overrideAccess, collection, operation }) => {
  const refuse = (reason: string) => {
    throw new APIError(`Malformed query: ${reason}`, 400, null, true)
  }
  // Without localization.fallback Payload passes an unknown ?locale= on as it is; only ours are answered.
  // A JSON body may name the locale too, which Payload takes as it is.
  for (const asked of [(req.query as Record<string, unknown> | undefined)?.locale, req.locale]) {
    if (asked !== undefined && asked !== null && asked !== 'all' && !localeCodes.includes(asked as never)) refuse('unknown locale')
  }
  // An unknown fallback locale reaches the database as it is, as the locale would.
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const fallback of [query.fallbackLocale, query['fallback-locale']]) {
    if (fallback !== undefined && !['none', 'false', 'null', ''].includes(String(fallback)) && !localeCodes.includes(fallback as never)) refuse('unknown fallback-locale')
  }
  const { where, limit, page, id, sort } = args as { where?: unknown; limit?: unknown; page?: unknown; id?: unknown; sort?: unknown }
  if (where !== undefined && where !== null) {
    const fieldsOf = (slug: string) => (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config.flattenedFields
    const problem = whereProblem(where, 0, { fields: collection.flattenedFields, numericIds: req.payload.db.defaultIDType === 'number', sql: req.payload.db.name !== 'mongoose', fieldsOf })
    if (problem) refuse(problem)
  }
  // Without ?locale= a REST read has a null locale, which Payload's query validation cannot read
  // once a where clause or the sort reaches a localized field (a 500). Collections without one are unaffected.
  if (req.locale == null && !overrideAccess && hasLocalizedField(collection)) {
    if (where && typeof where === 'object' && Object.keys(where).length > 0) refuse('a where clause needs ?locale= (one of ours, or all)')
    const listing = operation === 'read' && id === undefined
    if (listing && sortsByLocalizedField(collection, sort ?? collection.defaultSort)) refuse('this sort needs ?locale= (one of ours, or all)')
  }
  if (!whole(limit, 0)) refuse('limit must be a whole number')
  if (!whole(page, 1)) refuse('page must be a whole number from 1')
  if (typeof limit === 'number' && typeof page === 'number' && !Number.isSafeInteger(limit * page)) refuse('page is out of range')
  if (id !== undefined && req.payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(String(id))) refuse('not a valid id')
  return args
}
