import type { PayloadRequest } from 'payload'

import { toSlug } from '../../collections/shared/fields/slugField'
import { keepRequestLocale } from '../../collections/shared/keepRequestLocale'
import { oldUrlsSlug } from '../../collections/OldUrls'
import type { LocaleCode } from '../i18n/locales'
import { refuse } from './archiveProblem'

type Id = number | string

/** `https://old.example/en/news/1?x#y` and `/en/news/1/` both become `/en/news/1`: what a request's path is matched with. */
export const oldUrlPath = (url: string): string => {
  let path: string
  try {
    path = new URL(url, 'http://old-site.invalid').pathname
  } catch {
    return refuse('invalid old URL', `"${url}" is not a URL or a path`)
  }
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

const slugOwner = async (req: PayloadRequest, locale: LocaleCode, slug: string, self?: Id): Promise<Id | undefined> => {
  const { docs } = await keepRequestLocale(req, () =>
    req.payload.find({ collection: 'statements', locale, where: { slug: { equals: slug } }, draft: false, depth: 0, limit: 2, overrideAccess: true, select: { externalId: true }, req }),
  )
  return docs.find((doc) => String(doc.id) !== String(self))?.id
}

/**
 * The slug a language version gets. One the archive names must be free: a
 * statement already using it is refused with its id. One made from the
 * title (Cyrillic transliterated) takes the first free `-2`, `-3`… instead,
 * since old sites reuse titles ("Comment by the Spokesperson").
 */
export const claimSlug = async (req: PayloadRequest, locale: LocaleCode, given: string | undefined, title: string, self?: Id): Promise<string> => {
  if (given) {
    const owner = await slugOwner(req, locale, given, self)
    if (owner !== undefined) refuse('slug already taken', `the ${locale} slug "${given}" belongs to another statement (id ${owner})`)
    return given
  }
  const base = toSlug(title).slice(0, 100).replace(/-+$/, '') || 'statement'
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if ((await slugOwner(req, locale, candidate, self)) === undefined) return candidate
  }
  return refuse('slug already taken', `no free ${locale} slug near "${base}"`)
}

/** Refuses old addresses that already lead to another statement. */
export const checkOldPaths = async (req: PayloadRequest, paths: string[], self?: Id): Promise<void> => {
  if (paths.length === 0) return
  const { docs } = await keepRequestLocale(req, () =>
    req.payload.find({ collection: oldUrlsSlug, where: { path: { in: paths } }, depth: 0, limit: paths.length, overrideAccess: true, req }),
  )
  const taken = docs.find((doc) => String(typeof doc.statement === 'object' ? doc.statement.id : doc.statement) !== String(self))
  if (taken) refuse('old URL already taken', `the old URL ${taken.path} already leads to another statement (id ${String(typeof taken.statement === 'object' ? taken.statement.id : taken.statement)})`)
}

/** Replaces the statement's old addresses with these. */
export const keepOldPaths = async (req: PayloadRequest, id: Id, paths: { path: string; locale: LocaleCode }[]): Promise<void> => {
  await keepRequestLocale(req, async () => {
    await req.payload.delete({ collection: oldUrlsSlug, where: { statement: { equals: id } }, depth: 0, overrideAccess: true, req })
    for (const { path, locale } of paths) {
      await req.payload.create({ collection: oldUrlsSlug, data: { path, locale, statement: id as number }, depth: 0, overrideAccess: true, req })
    }
  })
}
