import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importHtmlFolder } from '../../src/archive/html/importHtmlFolder'
import { readPageMapping } from '../../src/archive/html/pageMapping'
import { testDatabaseKinds } from '../helpers/databases'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const fixtures = path.resolve(import.meta.dirname, '../fixtures')
const mapping = readPageMapping(path.resolve(import.meta.dirname, '../../docs/import/ministry-site.map.json'))
const oldUrl = (lang: 'en' | 'ru', id: number) => `/${lang}/foreign_policy/news/-/asset_publisher/kV7rTq2Lm9Xa/content/id/${id}`

type Block = { type: string; fields?: Record<string, unknown> }

/** `npm run import -- <folder> --map docs/import/ministry-site.map.json`: saved pages of the old site. */
describe.each(testDatabaseKinds())('importing saved pages of the old site on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind, { timeZone: 'Europe/Moscow' })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const byExternalId = async (externalId: string) =>
    (await t.payload.find({ collection: 'statements', where: { externalId: { equals: externalId } }, overrideAccess: true, depth: 0, locale: 'all' as never })).docs[0] as unknown as Record<string, Record<string, unknown>> & { id: number; kind: string; publishedAt: string; sourceLanguage: string }

  it('imports the sample pages, both languages paired by document id', async () => {
    const report = await importHtmlFolder(t.payload, path.join(fixtures, 'import-samples'), mapping)
    expect(report.refused).toEqual([])
    expect(report.counts).toEqual({ imported: 4, updated: 0, unchanged: 0 })

    const qa = await byExternalId('ministry:4102931')
    expect(qa.kind).toBe('answer-to-media-question')
    expect(qa.sourceLanguage).toBe('ru-RU')
    expect(qa.publishedAt).toBe('2019-02-14T08:42:00.000Z')
    expect(qa.title).toEqual({
      'en-GB': 'Spokesperson Lukas Ferrane’s answer to a media question about the fishing licences dispute with Norland',
      'ru-RU': 'Ответ официального представителя Лукаса Ферране на вопрос СМИ о споре вокруг рыболовных лицензий с Норландией',
    })
    const [person] = (await t.payload.find({ collection: 'people', where: { slug: { equals: 'lukas-ferrane' } }, locale: 'all' as never, depth: 0 })).docs as unknown as { id: number; name: Record<string, string> }[]
    expect(person!.name).toEqual({ 'en-GB': 'Lukas Ferrane', 'ru-RU': 'Лукас Ферране' })
    const blocks = ((qa.body!['en-GB'] as { root: { children: Block[] } }).root.children).map((node) => node.fields ? [node.fields.blockType, node.fields.text, node.fields.speaker ?? null] : [node.type])
    expect(blocks).toEqual([
      ['question', 'Norlandic media report that Veloria has refused to renew fishing licences for Norlandic vessels in the Grey Strait. Is this a new policy?', null],
      ['answer', 'There is no new policy. The licences for the 2019 season are being issued under the same bilateral rules as every year, and the commission has simply not yet met.\n\nWe expect the fisheries commission to meet in early March. Until then, vessels holding 2018 licences may continue to fish within the agreed quotas.', person!.id],
      ['question', 'Will Veloria raise the quotas this year?', null],
      ['answer', 'Quotas are set jointly on the basis of scientific advice. We will not pre-empt the commission’s decision.', person!.id],
    ])
    const topics = (await t.payload.find({ collection: 'topics', locale: 'all' as never, depth: 0, sort: 'slug' })).docs as unknown as { slug: string; name: Record<string, string> }[]
    expect(topics.map((topic) => [topic.slug, topic.name])).toEqual([
      ['amber-coast', { 'en-GB': 'Amber Coast' }],
      ['grey-strait', { 'en-GB': 'Grey Strait', 'ru-RU': 'Серый пролив' }],
      ['kestria', { 'en-GB': 'Kestria', 'ru-RU': 'Кестрия' }],
      ['norland', { 'en-GB': 'Norland', 'ru-RU': 'Норландия' }],
    ])

    expect((await byExternalId('ministry:4102957')).kind).toBe('comment')
    expect((await byExternalId('ministry:4102957')).summary).toEqual({ 'en-GB': 'Veloria welcomes the reopening of the Brenna Bridge crossing to passenger traffic.', 'ru-RU': 'Велория приветствует возобновление пассажирского движения через пункт пропуска «Мост Бренна».' })
    expect((await byExternalId('ministry:4103004')).sourceLanguage).toBe('en-GB')
    expect(Object.keys((await byExternalId('ministry:4103050')).title!)).toEqual(['ru-RU'])
  })

  it('answers the old addresses with 301 and pairs the versions in the language switcher', async () => {
    const en = await t.http(oldUrl('en', 4102931))
    expect(en.status).toBe(301)
    const ru = await t.http(oldUrl('ru', 4102931))
    expect(ru.status).toBe(301)
    const page = await (await t.http(en.headers.get('location')!)).text()
    expect(page).toContain(`href="${ru.headers.get('location')}"`)
    expect(page).toContain('Lukas Ferrane')
    expect(page).toContain('Will Veloria raise the quotas this year?')
    expect(page).toContain('14 February 2019')
    expect(ru.headers.get('location')).toMatch(/^\/ru\/statements\/otvet-ofitsialnogo-predstavitelya-lukasa-ferrane/)
    expect((await t.http(oldUrl('ru', 4103050))).status).toBe(301)
    expect((await t.http(oldUrl('en', 4103050))).status).toBe(404)
  })

  it('marks the translations as imported, published, with the folder’s name', async () => {
    const doc = await byExternalId('ministry:4102957')
    const { docs } = await t.payload.find({ collection: 'translations', where: { statement: { equals: doc.id } }, overrideAccess: true, depth: 0 })
    expect(docs.map(({ language, status, importedFrom }) => ({ language, status, importedFrom }))).toEqual([{ language: 'en-GB', status: 'published', importedFrom: 'import-samples' }])
  })

  it('changes nothing when the same folder is imported again', async () => {
    const report = await importHtmlFolder(t.payload, path.join(fixtures, 'import-samples'), mapping)
    expect(report.counts).toEqual({ imported: 0, updated: 0, unchanged: 4 })
  })

  it('reads a page of the same layout it was not written for: other date, no summary, tags or people, a speaker not listed', async () => {
    const report = await importHtmlFolder(t.payload, path.join(fixtures, 'import-own'), mapping)
    expect(report.refused).toEqual([])
    const doc = await byExternalId('ministry:5200001')
    expect(doc.kind).toBe('briefing')
    expect(doc.publishedAt).toBe('2020-11-07T20:50:00.000Z')
    expect(Object.values(doc.summary ?? {}).filter(Boolean)).toEqual([])
    const [speaker] = (await t.payload.find({ collection: 'people', where: { slug: { equals: 'orsa-linde' } }, locale: 'all' as never, depth: 0 })).docs as unknown as { id: number; name: Record<string, string> }[]
    expect(speaker!.name).toEqual({ 'en-GB': 'Orsa Linde', 'ru-RU': 'Орса Линде' })
    const children = (doc.body!['ru-RU'] as { root: { children: Block[] } }).root.children
    expect(children.map((node) => node.fields?.blockType ?? node.type)).toEqual(['paragraph', 'heading', 'question', 'answer'])
    expect(children[3]!.fields).toMatchObject({ speaker: speaker!.id, text: 'Около двухсот с понедельника.\n\nБольшинство из них уже вернулись домой.' })
    const page = await (await t.http((await t.http('/ru/press_service/briefings/-/asset_publisher/Zq81mPn3/content/id/5200001')).headers.get('location')!)).text()
    expect(page).toContain('<em>Кестрии</em>')
    expect(page).toContain('Орса Линде')
  })

  it('refuses a page whose date the calendar does not have, or that has no title, naming the file', async () => {
    const report = await importHtmlFolder(t.payload, path.join(fixtures, 'import-bad'), mapping)
    expect(report.counts.imported).toBe(0)
    expect(report.refused.map(({ source, group, reason }) => ({ source, group, reason }))).toEqual([
      { source: '5200002.html', group: 'impossible date', reason: '"31 June 2020 23:50" is not a date the calendar has' },
      { source: '5200003.html', group: 'page not understood', reason: 'no title (h1.title)' },
    ])
  })
})
