import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportArchive } from '../../src/archive/exportArchive'
import { importArchiveFile } from '../../src/archive/importArchive'
import { importHtmlFolder } from '../../src/archive/html/importHtmlFolder'
import { readPageMapping } from '../../src/archive/html/pageMapping'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { archiveFolder } from '../helpers/archiveFiles'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const fixtures = path.resolve(import.meta.dirname, '../fixtures')
const mapping = readPageMapping(path.resolve(import.meta.dirname, '../../docs/import/ministry-site.map.json'))

/** The page as a reader gets it, less what a copy cannot share: the modification instant in the JSON-LD. */
const pageText = async (t: TestPayload, url: string) => {
  const response = await t.http(url)
  return { status: response.status, body: (await response.text()).replace(/"dateModified":"[^"]*"/g, '"dateModified":""') }
}

/** Every published language version's page address, from the public read model. */
const publicUrls = async (t: TestPayload) => {
  const { docs } = await t.payload.find({ collection: 'listings', overrideAccess: true, pagination: false, depth: 0, sort: 'slug' })
  return docs.map((row) => `/${row.locale === 'ru-RU' ? 'ru' : 'en'}/statements/${row.slug}`)
}

/** Translation statuses by the statement's slug in its source language. */
const statuses = async (t: TestPayload) => {
  const { docs } = await t.payload.find({ collection: 'translations', overrideAccess: true, pagination: false, depth: 1, locale: 'all' as never })
  return docs
    .map((record) => {
      const statement = record.statement as unknown as { slug: Record<string, string>; sourceLanguage: string }
      return `${statement.slug[statement.sourceLanguage]} ${record.language} ${record.status}`
    })
    .sort()
}

/**
 * Export, then import into an empty database: the same public site and the
 * same translation statuses. One Payload at a time, the first database's
 * pages and statuses recorded before it closes; Payload pushes a schema once
 * per process unless told to push again.
 */
describe.each(testDatabaseKinds())('archive round trip on %s', (kind) => {
  let from: TestPayload
  let to: TestPayload
  let file: string
  const before = { urls: [] as string[], pages: new Map<string, { status: number; body: string }>(), statuses: [] as string[], published: '', russian: '' }

  beforeAll(async () => {
    from = await startTestPayload(kind)
    expect((await importHtmlFolder(from.payload, path.join(fixtures, 'import-samples'), mapping)).refused).toEqual([])
    const person = await makePerson(from.payload, 'irena-valdis', { name: 'Irena Valdis', position: 'Minister' }, { name: 'Ирена Валдис', position: 'Министр' })
    const topic = await makeTopic(from.payload, 'water', 'Water', 'Вода')
    await makeStatement(from.payload, {
      en: { title: 'On the Oster river', slug: 'on-the-oster-river', summary: 'Water sharing.' },
      ru: { title: 'О реке Остер', slug: 'o-reke-oster' },
      kind: 'briefing',
      speakers: [person.id],
      topics: [topic.id],
      body: {
        en: lexicalBody([{ type: 'paragraph', text: 'Opening words.' }, { type: 'question', text: 'Will the commission meet?' }, { type: 'answer', speaker: person.id, text: 'Monthly.' }]),
        ru: lexicalBody([{ type: 'paragraph', text: 'Вступительное слово.' }, { type: 'question', text: 'Соберётся ли комиссия?' }, { type: 'answer', speaker: person.id, text: 'Ежемесячно.' }]),
      },
    })
    // The Russian is a draft: out of the export, its record's status kept only with --drafts.
    await makeStatement(from.payload, { en: { title: 'Visa rules', slug: 'visa-rules' }, ru: { title: 'Визовые правила', slug: 'vizovye-pravila' }, ruStatus: 'draft' })
    file = path.join(archiveFolder(), 'export.jsonl.gz')
    const { exported } = await exportArchive(from.payload, file, { drafts: true })
    expect(exported).toBe(6)
    before.urls = await publicUrls(from)
    for (const url of before.urls) before.pages.set(url, await pageText(from, url))
    before.statuses = await statuses(from)
    before.published = path.join(archiveFolder(), 'published.jsonl')
    await exportArchive(from.payload, before.published)
    before.russian = path.join(archiveFolder(), 'russian.jsonl')
    await exportArchive(from.payload, before.russian, { language: 'ru-RU' })
    await from.destroy()
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    to = await startTestPayload(kind).finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
    const report = await importArchiveFile(to.payload, file)
    expect(report.refused).toEqual([])
    expect(report.counts.imported).toBe(6)
  })
  afterAll(async () => {
    await to?.destroy()
  })

  it('gives the same public pages, address by address', async () => {
    expect(before.urls.length).toBe(9)
    expect(await publicUrls(to)).toEqual(before.urls)
    for (const url of before.urls) {
      const after = await pageText(to, url)
      expect(after.status, url).toBe(200)
      expect(after.body, url).toBe(before.pages.get(url)!.body)
    }
    expect((await to.http('/ru/statements/vizovye-pravila')).status).toBe(404)
  })

  it('gives the same translation statuses', async () => {
    expect(await statuses(to)).toEqual(before.statuses)
    expect(await statuses(to)).toContain('visa-rules ru-RU in-translation')
  })

  it('keeps the old addresses working in the new database', async () => {
    const response = await to.http('/en/foreign_policy/news/-/asset_publisher/kV7rTq2Lm9Xa/content/id/4102931')
    expect(response.status).toBe(301)
  })

  it('leaves unpublished text out unless --drafts is asked for', async () => {
    const text = readFileSync(before.published, 'utf8')
    expect(text).toContain('Visa rules')
    expect(text).not.toContain('Визовые правила')
    const lines = readFileSync(before.russian, 'utf8').trim().split('\n').slice(1).map((line) => JSON.parse(line) as { languages: Record<string, unknown> })
    expect(lines.every((line) => Object.keys(line.languages).join() === 'ru-RU')).toBe(true)
    expect(lines.length).toBe(4)
  })
})
