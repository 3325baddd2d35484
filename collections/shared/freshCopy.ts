/**
 * A copy of a collection or global config whose plain objects and arrays are new (functions and class
 * instances are shared). Payload's sanitizer writes into the config it is given: it adds a date field's
 * time-zone companion (`publishedAt_tz`) to the fields array, so a second buildConfig in one process (the
 * tests start SQLite and PostgreSQL side by side) would find it there already and refuse the duplicate.
 */
export const freshCopy = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(freshCopy) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, freshCopy(item)])) as T
  }
  return value
}
