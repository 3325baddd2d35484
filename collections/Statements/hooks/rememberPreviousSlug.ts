import type { CollectionBeforeChangeHook } from 'payload'

import type { Statement } from '../../../src/payload-types'

/** `" a b "`: whole slugs, each between spaces, so one can be matched exactly with `contains`. */
export const slugList = (slugs: string[]): string => (slugs.length ? ` ${slugs.join(' ')} ` : '')
const parse = (list: string | null | undefined): string[] => (list ?? '').split(' ').filter(Boolean)

/**
 * When a language version is published under a new slug, its old public slug
 * is remembered, so the old URL can answer 301 to the new one. Compares with
 * the published version (not the last draft, which may already carry the new
 * slug); publishing under an old slug again takes it off the list.
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook<Statement> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id || typeof req.locale !== 'string') return data
  const published = await req.payload.findByID({
    collection: 'statements',
    id: originalDoc.id,
    locale: req.locale as 'en-GB',
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true, previousSlugs: true, _status: true },
  })
  const wasPublic = published._status === 'published' && published.slug
  const previous = parse(published.previousSlugs).filter((slug) => slug !== data.slug)
  if (wasPublic && published.slug !== data.slug && !previous.includes(published.slug as string)) previous.push(published.slug as string)
  return { ...data, previousSlugs: slugList(previous) }
}
