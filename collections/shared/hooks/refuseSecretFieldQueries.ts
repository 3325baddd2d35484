import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

type Fields = SanitizedCollectionConfig['flattenedFields']
type Collections = Record<string, { config: SanitizedCollectionConfig } | undefined>

/**
 * The fields Payload adds to an account for signing in. Reached through a
 * link they would let one account sort or filter others by their e-mail or
 * password hash (`translatedBy.hash`) and read them a character at a time.
 */
const signInFields = new Set([
  'email', 'username', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt',
  'loginAttempts', 'lockUntil', 'sessions', '_verified', '_verificationToken', 'apiKey', 'apiKeyIndex', 'enableAPIKey',
])

/** Every field path a where clause names, `a__b` (GraphQL's spelling) read as `a.b`. */
const wherePaths = (where: unknown, out: string[] = []): string[] => {
  if (Array.isArray(where)) where.forEach((item) => wherePaths(item, out))
  else if (where && typeof where === 'object') {
    for (const [key, value] of Object.entries(where)) {
      if (key === 'and' || key === 'or') wherePaths(value, out)
      else out.push(key.replace(/__/g, '.'))
    }
  }
  return out
}

/** Every field path a sort names: `a,-b`, a list, and Payload's `a__b` for `a.b`. */
const sortPaths = (sort: unknown): string[] =>
  ([] as unknown[])
    .concat(sort ?? [])
    .flatMap((each) => (typeof each === 'string' ? each.split(',') : []))
    .map((each) => each.trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)

type Walk = { problem?: string; linked: string[] }

/**
 * Follows a path through groups and links (`translatedBy.hash`), noting the
 * collections it links into, and says what is wrong with it, if anything: a
 * hidden field anywhere, or a sign-in field of an account reached through a
 * link. Paths it cannot follow (a block's field, a name that is not a
 * field) are left to Payload and its own checks.
 */
const walk = (collections: Collections, slug: string, fields: Fields, path: string, linked: string[] = []): Walk => {
  const [head = '', ...rest] = path.split('.')
  const field = fields.find((each) => each.name === head)
  if (!field) return { linked }
  if ('hidden' in field && field.hidden) return { problem: `${head} is a hidden field`, linked }
  const auth = Boolean(collections[slug]?.config.auth)
  if (linked.length > 0 && auth && signInFields.has(head)) return { problem: `${head} is a sign-in field of ${slug}, which no link may reach`, linked }
  if (rest.length === 0) return { linked }
  const target = field.type === 'join' ? field.collection : field.type === 'relationship' || field.type === 'upload' ? field.relationTo : undefined
  if (target !== undefined) {
    // A link to several collections is followed into each (`user.value.hash` or `user.hash`).
    const targets = ([] as string[]).concat(target)
    const tail = (Array.isArray(target) && rest[0] === 'value' ? rest.slice(1) : rest).join('.')
    if (Array.isArray(target) && (rest[0] === 'relationTo' || tail === '')) return { linked }
    const walks = targets.map((each) => {
      const next = collections[each]?.config.flattenedFields
      return next ? walk(collections, each, next, tail, [...linked, each]) : { linked }
    })
    return { problem: walks.find((each) => each.problem)?.problem, linked: [...new Set(walks.flatMap((each) => each.linked))] }
  }
  if ('flattenedFields' in field) return walk(collections, slug, field.flattenedFields, rest.join('.'), linked)
  return { linked }
}

/** Whether the reader may read every document of the collection (its access rule gives `true`, not a filter). */
const readsAll = async (req: PayloadRequest, collections: Collections, slug: string): Promise<boolean> => {
  const read = collections[slug]?.config.access?.read
  if (typeof read !== 'function') return false
  return (await read({ req } as never)) === true
}

/**
 * Refuses, with a 400 that says why, a where clause or sort that would use
 * the database as an oracle on what the reader may not see:
 * - a hidden field, on any path (Payload never shows one, so nothing but an
 *   oracle needs to query it);
 * - a sign-in field (e-mail, password hash and salt, reset token, lockout
 *   counters) of an account reached through a link;
 * - a sort through a link into a collection the reader may read only part of:
 *   Payload scopes a where clause through a link by the linked collection's
 *   access, but the database sorts by linked documents the reader cannot read.
 * Also the where and sort of each join (`joins[translations][sort]`). Every
 * collection runs it first (payload.config.ts adds it to Payload's own too).
 */
export const refuseSecretFieldQueries: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess) return args
  const collections = req.payload.collections as unknown as Collections
  const { where, sort, joins } = args as { where?: unknown; sort?: unknown; joins?: unknown }
  const queries: { slug: string; where?: unknown; sort?: unknown; label: string }[] = [{ slug: collection.slug, where, sort, label: '' }]
  if (joins && typeof joins === 'object') {
    for (const [name, query] of Object.entries(joins)) {
      const field = collection.flattenedFields.find((each) => each.name === name)
      if (field?.type === 'join' && typeof field.collection === 'string' && query && typeof query === 'object') {
        const { where: joinWhere, sort: joinSort } = query as { where?: unknown; sort?: unknown }
        queries.push({ slug: field.collection, where: joinWhere, sort: joinSort, label: `joins[${name}]` })
      }
    }
  }
  for (const query of queries) {
    const fields = collections[query.slug]?.config.flattenedFields ?? []
    const refuse = (kind: string, path: string, why: string): never => {
      throw new APIError(`${kind} on ${query.label ? `${query.label} ` : ''}${path} is not allowed: ${why}.`, 400, null, true)
    }
    for (const path of wherePaths(query.where)) {
      const { problem } = walk(collections, query.slug, fields, path)
      if (problem) refuse('Filtering', path, problem)
    }
    for (const path of sortPaths(query.sort)) {
      const { problem, linked } = walk(collections, query.slug, fields, path)
      if (problem) refuse('Sorting', path, problem)
      for (const target of linked) {
        if (!(await readsAll(req, collections, target))) refuse('Sorting', path, `it orders by ${target} you may not read; sort by the link itself instead`)
      }
    }
  }
  return args
}

/**
 * Puts the hook first on every collection of a built configuration, Payload's
 * own included (locked documents and preferences link accounts too), so a
 * collection added later cannot go without it.
 */
export const refuseSecretFieldQueriesEverywhere = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseSecretFieldQueries, ...(collection.hooks.beforeOperation ?? []).filter((hook) => hook !== refuseSecretFieldQueries)]
  }
  return config
}
