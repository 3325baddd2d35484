import type { Payload } from 'payload'

import { peopleSlug } from '../../collections/People'
import { siteSettingsSlug } from '../../collections/SiteSettings'
import { statementsSlug } from '../../collections/Statements'
import { topicsSlug } from '../../collections/Topics'
import { toSlug } from '../../collections/shared/fields/slugField'
import { demoPeople, demoSiteSettings, demoStatements, demoTopics, type DemoStatement } from './demoContent'
import { lexicalBody } from './lexicalBody'

const en = 'en-GB' as const
const ru = 'ru-RU' as const

/** Seeding writes with side effects (cache purges, search indexing) switched off. */
const quiet = { context: { seeding: true }, overrideAccess: true } as const

const findIdBySlug = async (payload: Payload, collection: string, slug: string, locale: 'en-GB' | 'ru-RU' = en) => {
  const { docs } = await payload.find({
    collection: collection as 'people',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: {},
  })
  return docs[0]?.id
}

const seedStatement = async (
  payload: Payload,
  statement: DemoStatement,
  people: Map<string, number | string>,
  topics: Map<string, number | string>,
) => {
  const enSlug = toSlug(statement[en].title)
  if (await findIdBySlug(payload, statementsSlug, enSlug)) return false
  const body = (locale: typeof en | typeof ru) =>
    lexicalBody(
      statement[locale].body.map((part) =>
        part.type === 'answer' ? { ...part, speaker: people.get(part.speaker) as number } : part,
      ),
    )
  const shared = {
    kind: statement.kind,
    publishedAt: statement.publishedAt,
    speakers: statement.speakers.map((key) => people.get(key) as number),
    topics: statement.topics.map((key) => topics.get(key) as number),
  }
  const published = statement.status !== 'draft'
  const created = await payload.create({
    ...quiet,
    collection: statementsSlug,
    locale: en,
    draft: !published,
    data: {
      ...shared,
      title: statement[en].title,
      summary: statement[en].summary,
      slug: enSlug,
      body: body(en),
      _status: published ? 'published' : 'draft',
    },
  })
  await payload.update({
    ...quiet,
    collection: statementsSlug,
    id: created.id,
    locale: ru,
    draft: statement.status !== 'published',
    data: {
      title: statement[ru].title,
      summary: statement[ru].summary,
      body: body(ru),
      _status: statement.status === 'published' ? 'published' : 'draft',
    },
  })
  return true
}

/**
 * Demo people, topics, statements and site settings in both languages.
 * Idempotent: what already exists (matched by slug) is left alone.
 */
export const seedDemo = async (payload: Payload): Promise<{ created: number }> => {
  let created = 0
  const people = new Map<string, number | string>()
  for (const person of demoPeople) {
    let id = await findIdBySlug(payload, peopleSlug, person.slug)
    if (!id) {
      const doc = await payload.create({ ...quiet, collection: peopleSlug, locale: en, data: { slug: person.slug, name: person.name[en], position: person.position[en] } })
      await payload.update({ ...quiet, collection: peopleSlug, id: doc.id, locale: ru, data: { name: person.name[ru], position: person.position[ru] } })
      id = doc.id
      created++
    }
    people.set(person.key, id)
  }
  const topics = new Map<string, number | string>()
  for (const topic of demoTopics) {
    let id = await findIdBySlug(payload, topicsSlug, topic.slug)
    if (!id) {
      const doc = await payload.create({ ...quiet, collection: topicsSlug, locale: en, data: { slug: topic.slug, type: topic.type, name: topic.name[en] } })
      await payload.update({ ...quiet, collection: topicsSlug, id: doc.id, locale: ru, data: { name: topic.name[ru] } })
      id = doc.id
      created++
    }
    topics.set(topic.key, id)
  }
  for (const statement of demoStatements) {
    if (await seedStatement(payload, statement, people, topics)) created++
  }
  const settings = await payload.findGlobal({ slug: siteSettingsSlug, locale: en, depth: 0, overrideAccess: true })
  if (!settings.siteName) {
    const enSettings = await payload.updateGlobal({ ...quiet, slug: siteSettingsSlug, locale: en, data: demoSiteSettings[en] })
    await payload.updateGlobal({
      ...quiet,
      slug: siteSettingsSlug,
      locale: ru,
      data: {
        ...demoSiteSettings[ru],
        // Array rows are shared between languages; only their labels are translated.
        navigation: (enSettings.navigation ?? []).map((row, index) => ({ ...row, label: demoSiteSettings[ru].navigation[index]?.label ?? row.label })),
      },
    })
    created++
  }
  return { created }
}
