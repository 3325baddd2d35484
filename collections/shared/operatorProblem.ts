import type { FlattenedField } from 'payload'

const pointOperators = new Set(['near', 'within', 'intersects'])
const comparisons = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in', 'all'])
const textMatches = new Set(['like', 'not_like', 'contains'])
const lists = new Set(['in', 'not_in', 'all'])
const notText: Record<string, string> = {
  date: 'a date: compare it with greater_than or less_than',
  number: 'a number: compare it with equals, greater_than or less_than',
  checkbox: 'a yes-or-no value: compare it with equals',
  json: 'structured data',
  richText: 'structured text: search it on the public site',
}

/** The values an operator compares with: `in`, `not_in` and `all` take a list or a comma-separated string. */
const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (lists.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

// No value, which Payload reads as "is empty" or skips.
const blank = (value: unknown) => value === null || value === undefined || value === '' || value === 'null'

/**
 * Blank values the database cannot compare (a 500): null in a list of
 * document ids, and nothing at all compared with a choice (an enum on
 * PostgreSQL) or a yes-or-no field (a boolean there).
 */
const blankProblem = (field: FlattenedField, path: string, operator: string, values: unknown[]): string | null => {
  if (!comparisons.has(operator)) return null
  const absent = `to find documents without one, use where[${path}][exists]=false`
  const ids = field.type === 'relationship' || field.type === 'upload' || field.name === 'id'
  if (ids && lists.has(operator) && values.some((each) => each === null || each === 'null')) return `${path} is compared with document ids, and null is not one: ${absent}`
  if ((field.type === 'select' || field.type === 'checkbox') && values.some(blank)) return `where[${path}][${operator}] compares ${path} with nothing: ${absent}`
  return null
}

/**
 * Why `where[path][operator]=value` cannot be run against this field, or
 * null when it can. Payload carries such queries to the database, which
 * fails on them with a 500: map operators on a field that is not a point,
 * `all` on a field with one value, a date that does not parse, a link
 * compared with something that is not a document id, a select compared with
 * a value it does not offer (an enum on PostgreSQL), text matching on a
 * link or a select, an object where a value belongs.
 */
export const operatorProblem = (
  field: FlattenedField | undefined,
  path: string,
  operator: string,
  value: unknown,
  { numericIds, sql }: { numericIds: boolean; sql: boolean },
): string | null => {
  // Payload's SQL adapters have no `all` (the query fails inside them); MongoDB's has.
  if (operator === 'all' && sql) return `all is not available on this database: use in for any of several values, or and[] for each of them`
  // PostgreSQL takes no NUL character in text.
  if (JSON.stringify(value ?? null).includes('\\u0000')) return `where[${path}][${operator}] holds a NUL character`
  // The admin's filter sends a list with equals for a link field with several values; Payload reads it as in.
  const linkList = (operator === 'equals' || operator === 'not_equals') && (field?.type === 'relationship' || field?.type === 'upload')
  if (Array.isArray(value) && !lists.has(operator) && !linkList) return `where[${path}][${operator}] takes one value, not a list (in, not_in and all take lists)`
  const values = valuesOf(operator, value)
  if (!pointOperators.has(operator) && values.some((each) => each !== null && typeof each === 'object')) return `where[${path}][${operator}] takes a value, not an object`
  // No collection here has a map point, so a point operator fits no path, even one Payload resolves itself.
  if (pointOperators.has(operator) && field?.type !== 'point') return `${operator} works on map points only, and ${path} is not one`
  // Paths that could not be followed (a link to several collections, a block's field) are left to Payload.
  if (!field) return null
  if (operator === 'all' && !('hasMany' in field && field.hasMany)) return `all needs a field with several values, and ${path} holds one`
  const compared = comparisons.has(operator) ? values.filter((each) => !blank(each)) : []
  const nothing = blankProblem(field, path, operator, values)
  if (nothing) return nothing
  if (operator === 'all' && compared.length === 0) return `all needs at least one value to look for in ${path}`
  // Text matching on a column that is not text: PostgreSQL has no LIKE for timestamps, numbers, booleans or JSON.
  if (textMatches.has(operator) && field.type in notText) return `${operator} does not work on ${path}, ${notText[field.type]}`
  switch (field.type) {
    case 'date':
      if (compared.some((each) => Number.isNaN(Date.parse(String(each))))) return `${path} is compared with dates, such as 2026-11-29`
      break
    case 'number':
      if (compared.some((each) => !Number.isFinite(Number(each)))) return `${path} is compared with numbers`
      // The document id on SQL databases is an integer column.
      if (field.name === 'id' && numericIds && compared.some((each) => !/^-?\d{1,15}$/.test(String(each)))) return 'id is compared with whole numbers'
      break
    case 'relationship':
    case 'upload':
      if (textMatches.has(operator)) return `${operator} does not work on ${path}, a link to other documents: compare it with document ids`
      if (numericIds && compared.some((each) => !/^\d{1,15}$/.test(String(each)))) return `${path} is compared with document ids`
      break
    case 'select': {
      if (textMatches.has(operator)) return `${operator} does not work on ${path}, a choice: compare it with one of its values`
      const offered = new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
      if (compared.some((each) => !offered.has(String(each)))) return `${path} is one of: ${[...offered].join(', ')}`
      break
    }
  }
  return null
}
