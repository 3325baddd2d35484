import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rebuildListings } from '../../collections/Listings/syncListings'
import { inTransaction } from '../../src/inTransaction'
import { testDatabaseKinds } from '../helpers/databases'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The public read model: what lists, feeds, the sitemap and search read. */
describe.each(testDatabaseKinds())('the public read model on %s', (kind) => {
  let t: TestPayload

  const rowsOf = async (id: number | string) => {
    const { docs } = await t.payload.find({ collection: 'listings', where: { statement: { equals: String(id) } }, overrideAccess: true, pagination: false, sort: 'locale' })
    return docs.map(({ locale, slug, title, summary, kind, topics, speakers, plainText }) => ({ locale, slug, title, summary, kind, topics, speakers, plainText }))
  }
  const allRows = async () => {
    const { docs } = await t.payload.find({ collection: 'listings', overrideAccess: true, pagination: false, sort: 'slug' })
    return docs.map(({ statement, locale, slug, title, summary, kind, publishedAt, topics, speakers, searchStems, plainText, body, versions }) => ({
      statement, locale, slug, title, summary, kind, publishedAt, topics, speakers, searchStems, plainText, body, versions,
    }))
  }

  const tagRows = async (where = {}) => {
    const { docs } = await t.payload.find({ collection: 'listing-tags', where, overrideAccess: true, pagination: false })
    return docs.map(({ statement, locale, tag, kind, publishedAt, topics, speakers }) => ({ statement, locale, tag, kind, publishedAt, topics, speakers }))
  }
  const tagsOf = async (id: number | string) => (await tagRows({ statement: { equals: String(id) } })).map(({ locale, tag }) => `${locale} ${tag}`).sort()
  const allTags = async () => (await tagRows()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

  beforeAll(async () => {
    t = await startTestPayload(kind, { timeZone: 'UTC' })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('holds one row per published language, each with its own language’s text', async () => {
    const person = await makePerson(t.payload, 'irena-valdis', { name: 'Irena Valdis', position: 'Minister' })
    const topic = await makeTopic(t.payload, 'water', 'Water', 'Вода')
    const doc = await makeStatement(t.payload, {
      en: { title: 'On the Oster river', slug: 'on-the-oster-river', summary: 'Water sharing.', text: 'The commission meets monthly.' },
      ru: { title: 'О реке Остер', slug: 'o-reke-oster', summary: 'О водных ресурсах.', text: 'Комиссия собирается ежемесячно.' },
      kind: 'briefing',
      speakers: [person.id],
      topics: [topic.id],
    })
    expect(await rowsOf(doc.id)).toEqual([
      { locale: 'en-GB', slug: 'on-the-oster-river', title: 'On the Oster river', summary: 'Water sharing.', kind: 'briefing', topics: ` ${topic.id} `, speakers: ` ${person.id} `, plainText: expect.stringContaining('The commission meets monthly.') },
      { locale: 'ru-RU', slug: 'o-reke-oster', title: 'О реке Остер', summary: 'О водных ресурсах.', kind: 'briefing', topics: ` ${topic.id} `, speakers: ` ${person.id} `, plainText: expect.stringContaining('Комиссия собирается ежемесячно.') },
    ])
  })

  it('keeps the published text while a draft is saved over it, and follows the publish', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'Published wording', slug: 'published-wording' } })
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', draft: true, data: { title: 'Unreleased wording', _status: 'draft' } })
    expect((await rowsOf(doc.id)).map((row) => row.title)).toEqual(['Published wording'])
    expect(await (await t.http('/en/statements')).text()).not.toContain('Unreleased wording')
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { title: 'Released wording', slug: 'released-wording', _status: 'published' } })
    expect(await rowsOf(doc.id)).toMatchObject([{ title: 'Released wording', slug: 'released-wording' }])
    const home = await (await t.http('/en/')).text()
    expect(home).toContain('Released wording')
    expect(home).toContain('href="/en/statements/released-wording"')
  })

  it('has no row for a language that is a draft, unpublished or never written', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'Both languages', slug: 'both-languages' },
      ru: { title: 'Оба языка', slug: 'oba-yazyka' },
    })
    const draftOnly = await makeStatement(t.payload, { en: { title: 'Only a draft', slug: 'only-a-draft' }, enStatus: 'draft' })
    expect(await rowsOf(draftOnly.id)).toEqual([])
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { _status: 'draft' } })
    expect((await rowsOf(doc.id)).map((row) => row.locale)).toEqual(['en-GB'])
    expect(await (await t.http('/ru/statements')).text()).not.toContain('Оба языка')
    // The language switcher of the English page no longer offers the Russian one.
    const page = await (await t.http('/en/statements/both-languages')).text()
    expect(page).not.toContain('/ru/statements/oba-yazyka')
  })

  it('gives every row each language’s slug, and follows a slug change in either language', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'On fishing quotas', slug: 'on-fishing-quotas' },
      ru: { title: 'О квотах на вылов', slug: 'o-kvotakh' },
    })
    const versionsOf = async () => {
      const { docs } = await t.payload.find({ collection: 'listings', where: { statement: { equals: String(doc.id) } }, overrideAccess: true, pagination: false, sort: 'locale' })
      return docs.map((row) => row.versions)
    }
    const both = { 'en-GB': 'on-fishing-quotas', 'ru-RU': 'o-kvotakh' }
    expect(await versionsOf()).toEqual([both, both])
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { slug: 'o-kvotakh-na-vylov' } })
    const renamed = { 'en-GB': 'on-fishing-quotas', 'ru-RU': 'o-kvotakh-na-vylov' }
    expect(await versionsOf()).toEqual([renamed, renamed])
    const page = await (await t.http('/en/statements/on-fishing-quotas')).text()
    expect(page).toContain('href="/ru/statements/o-kvotakh-na-vylov"')
    expect(page).not.toContain('href="/ru/statements/o-kvotakh"')
  })

  it('shows a person’s or a topic’s new name on the statement page once it is saved', async () => {
    const person = await makePerson(t.payload, 'lena-arvid', { name: 'Lena Arvid', position: 'Spokesperson' })
    const topic = await makeTopic(t.payload, 'fisheries', 'Fisheries', 'Рыболовство')
    await makeStatement(t.payload, {
      en: { title: 'On the fishing season', slug: 'on-the-fishing-season' },
      speakers: [person.id],
      topics: [topic.id],
      body: { en: lexicalBody([{ type: 'question', text: 'When does the season open?' }, { type: 'answer', speaker: person.id, text: 'On the first of March.' }]) },
    })
    const before = await (await t.http('/en/statements/on-the-fishing-season')).text()
    expect(before).toContain('Lena Arvid:</strong> On the first of March.')
    expect(before).toContain('Fisheries')
    await t.payload.update({ collection: 'people', id: person.id, locale: 'en-GB', data: { name: 'Lena Arvid-Holm', position: 'Press Secretary' } })
    await t.payload.update({ collection: 'topics', id: topic.id, locale: 'en-GB', data: { name: 'Fisheries and the sea' } })
    const after = await (await t.http('/en/statements/on-the-fishing-season')).text()
    expect(after).toContain('Lena Arvid-Holm:</strong> On the first of March.')
    expect(after).toContain('Press Secretary')
    expect(after).toContain('Fisheries and the sea')
  })

  it('drops the rows of a deleted statement, and its count with them', async () => {
    const before = await (await t.http('/en/statements')).text()
    const total = Number(/(\d+) statements?/.exec(before)?.[1])
    const doc = await makeStatement(t.payload, { en: { title: 'Short-lived', slug: 'short-lived' } })
    expect(await (await t.http('/en/statements')).text()).toContain(`${total + 1} statements`)
    await t.payload.delete({ collection: 'statements', id: doc.id })
    expect(await rowsOf(doc.id)).toEqual([])
    expect(await (await t.http('/en/statements')).text()).toContain(`${total} statements`)
  })

  it('indexes each topic and speaker of a published language, and follows every change', async () => {
    const person = await makePerson(t.payload, 'olaf-brenner', { name: 'Olaf Brenner', position: 'Spokesperson' })
    const north = await makeTopic(t.payload, 'north', 'The North', 'Север')
    const south = await makeTopic(t.payload, 'south', 'The South', 'Юг')
    const doc = await makeStatement(t.payload, {
      en: { title: 'On both regions', slug: 'on-both-regions' },
      ru: { title: 'Об обоих регионах', slug: 'ob-oboikh-regionakh' },
      ruStatus: 'draft',
      speakers: [person.id],
      topics: [north.id, south.id],
    })
    expect(await tagsOf(doc.id)).toEqual(['en-GB person:' + person.id, 'en-GB topic:' + north.id, 'en-GB topic:' + south.id].sort())
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { _status: 'published' } })
    expect(await tagsOf(doc.id)).toHaveLength(6)
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { topics: [south.id], _status: 'published' } })
    expect(await tagsOf(doc.id)).toEqual(['en-GB', 'ru-RU'].flatMap((code) => [`${code} person:${person.id}`, `${code} topic:${south.id}`]).sort())
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { _status: 'draft' } })
    expect(await tagsOf(doc.id)).toEqual([`ru-RU person:${person.id}`, `ru-RU topic:${south.id}`])
    await t.payload.delete({ collection: 'statements', id: doc.id })
    expect(await tagsOf(doc.id)).toEqual([])
  })

  it('lists a topic’s or a person’s statements newest first, a page at a time, with the other filters applied', async () => {
    const person = await makePerson(t.payload, 'mira-okoye', { name: 'Mira Okoye', position: 'Deputy Minister' })
    const other = await makePerson(t.payload, 'jon-arvid', { name: 'Jon Arvid', position: 'Ambassador' })
    const rare = await makeTopic(t.payload, 'lighthouses', 'Lighthouses', 'Маяки')
    const day = (d: number) => `2026-10-${String(d).padStart(2, '0')}T09:00:00.000Z`
    for (const d of [3, 9, 5, 7]) {
      await makeStatement(t.payload, {
        en: { title: `Lighthouse note ${d}`, slug: `lighthouse-note-${d}` },
        publishedAt: day(d),
        kind: d === 7 ? 'briefing' : 'comment',
        speakers: [d === 5 ? other.id : person.id],
        topics: [rare.id],
      })
    }
    const titles = (html: string) => [...html.matchAll(/Lighthouse note (\d+)/g)].map((m) => Number(m[1]))
    expect(titles(await (await t.http('/en/topics/lighthouses')).text())).toEqual([9, 7, 5, 3])
    expect(titles(await (await t.http('/en/people/mira-okoye')).text())).toEqual([9, 7, 3])
    expect(titles(await (await t.http('/en/statements?topic=lighthouses&person=mira-okoye&kind=comment')).text())).toEqual([9, 3])
    expect(titles(await (await t.http('/en/statements?topic=lighthouses&from=2026-10-04&to=2026-10-08')).text())).toEqual([7, 5])
    const page = await (await t.http('/en/statements?topic=lighthouses&person=jon-arvid')).text()
    expect(titles(page)).toEqual([5])
    expect(page).toContain('1 statement')
    // No Russian version was published: the Russian topic page lists none of them.
    expect(titles(await (await t.http('/ru/topics/lighthouses')).text())).toEqual([])
  })

  it('is rebuilt from the statements to exactly what the hooks keep', async () => {
    const kept = await allRows()
    const tags = await allTags()
    expect(kept.length).toBeGreaterThan(3)
    expect(tags.length).toBeGreaterThan(3)
    await rebuildListings(t.payload)
    expect(await allRows()).toEqual(kept)
    expect(await allTags()).toEqual(tags)
    // In batches smaller than the archive, each committed on its own, and in a caller's transaction.
    await rebuildListings(t.payload, undefined, { batch: 2 })
    expect(await allRows()).toEqual(kept)
    expect(await allTags()).toEqual(tags)
    await inTransaction(t.payload, (req) => rebuildListings(t.payload, req, { batch: 3 }))
    expect(await allRows()).toEqual(kept)
    expect(await allTags()).toEqual(tags)
  })

  it('is not reachable through REST or GraphQL', async () => {
    const rest = await t.rest('/api/listings')
    expect(rest.status).toBe(403)
    expect((await t.rest('/api/listing-tags')).status).toBe(403)
    const graphql = JSON.parse(await t.graphql('{ Listings { docs { title searchStems } } }'))
    expect(graphql.errors?.[0]?.message).toMatch(/Cannot query field "Listings"/)
    expect(graphql.data).toBeUndefined()
  })
})
