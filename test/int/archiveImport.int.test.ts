import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importArchiveFile } from '../../src/archive/importArchive'
import { archivedStatement, writeArchive } from '../helpers/archiveFiles'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** `npm run import -- archive.jsonl`: statements in both languages, idempotent, a transaction each. */
describe.each(testDatabaseKinds())('archive import on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const byExternalId = async (externalId: string) =>
    (await t.payload.find({ collection: 'statements', where: { externalId: { equals: externalId } }, overrideAccess: true, depth: 0, locale: 'all' as never, draft: false })).docs[0] as unknown as Record<string, Record<string, unknown>> & { id: number }
  const recordsOf = async (id: number | string) =>
    (await t.payload.find({ collection: 'translations', where: { statement: { equals: id } }, overrideAccess: true, depth: 0 })).docs
  const statementCount = async () => (await t.payload.count({ collection: 'statements', overrideAccess: true })).totalDocs
  const versionCount = async (id: number | string) => (await t.payload.countVersions({ collection: 'statements', where: { parent: { equals: id } }, overrideAccess: true })).totalDocs

  it('imports both languages paired, with speakers, topics, Q&A, translation records and public pages', async () => {
    const file = writeArchive([archivedStatement(1)], { name: 'ministry-2019.jsonl' })
    const report = await importArchiveFile(t.payload, file)
    expect(report.refused).toEqual([])
    expect(report.counts).toEqual({ imported: 1, updated: 0, unchanged: 0 })

    const doc = await byExternalId('old-site:4100001')
    expect(doc.title).toEqual({ 'en-GB': 'Answer on fishing licences 1', 'ru-RU': 'Ответ о рыболовных лицензиях 1' })
    expect(doc.slug).toEqual({ 'en-GB': 'answer-on-fishing-licences-1', 'ru-RU': 'otvet-o-rybolovnykh-litsenziyakh-1' })
    expect(doc._status).toEqual({ 'en-GB': 'published', 'ru-RU': 'published' })
    const [person] = (await t.payload.find({ collection: 'people', where: { slug: { equals: 'lukas-ferrane' } }, locale: 'all' as never, depth: 0 })).docs as unknown as { id: number; name: Record<string, string> }[]
    expect(person!.name).toEqual({ 'en-GB': 'Lukas Ferrane', 'ru-RU': 'Лукас Ферране' })
    expect((await t.payload.count({ collection: 'topics', where: { slug: { equals: 'grey-strait' } } })).totalDocs).toBe(1)

    const [record] = await recordsOf(doc.id)
    expect(record).toMatchObject({ language: 'ru-RU', status: 'published', importedFrom: 'ministry-2019.jsonl', importedAt: expect.any(String), approvedAt: expect.any(String), publishedAt: expect.any(String) })

    const en = await t.http('/en/statements/answer-on-fishing-licences-1')
    expect(en.status).toBe(200)
    const enPage = await en.text()
    expect(enPage).toContain('Is this a new policy?')
    expect(enPage).toContain('There is no new policy.')
    expect(enPage).toContain('Lukas Ferrane')
    // The language switcher pairs the versions.
    expect(enPage).toContain('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-1')
    const ru = await t.http('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-1')
    expect(ru.status).toBe(200)
    expect(await ru.text()).toContain('<strong>новой</strong>')
  })

  it('changes nothing when the same archive is imported again', async () => {
    const file = writeArchive([archivedStatement(2)])
    await importArchiveFile(t.payload, file)
    const before = await byExternalId('old-site:4100002')
    const versions = await versionCount(before.id)
    const count = await statementCount()
    const again = await importArchiveFile(t.payload, file)
    expect(again.counts).toEqual({ imported: 0, updated: 0, unchanged: 1 })
    const after = await byExternalId('old-site:4100002')
    expect(after.updatedAt).toEqual(before.updatedAt)
    expect(await versionCount(before.id)).toBe(versions)
    expect(await statementCount()).toBe(count)
  })

  it('updates a changed line in place, as a new version of the same statement', async () => {
    await importArchiveFile(t.payload, writeArchive([archivedStatement(3)]))
    const before = await byExternalId('old-site:4100003')
    const versions = await versionCount(before.id)
    const count = await statementCount()
    const changed = archivedStatement(3)
    changed.languages['en-GB'].title = 'Answer on fishing licences 3, corrected'
    changed.languages['en-GB'].slug = 'answer-on-fishing-licences-3'
    const report = await importArchiveFile(t.payload, writeArchive([changed]))
    expect(report.counts).toEqual({ imported: 0, updated: 1, unchanged: 0 })
    const after = await byExternalId('old-site:4100003')
    expect(after.id).toBe(before.id)
    expect(after.title!['en-GB']).toBe('Answer on fishing licences 3, corrected')
    expect(await statementCount()).toBe(count)
    expect(await versionCount(before.id)).toBeGreaterThan(versions)
    expect((await t.http('/en/statements/answer-on-fishing-licences-3')).status).toBe(200)
  })

  it('publishes each language as the archive says: a draft language stays off the site', async () => {
    const line = archivedStatement(4)
    line.languages['ru-RU'].status = 'draft'
    const report = await importArchiveFile(t.payload, writeArchive([line]))
    expect(report.refused).toEqual([])
    const doc = await byExternalId('old-site:4100004')
    expect((await recordsOf(doc.id))[0]).toMatchObject({ status: 'in-translation', importedFrom: 'archive.jsonl' })
    expect((await t.http('/en/statements/answer-on-fishing-licences-4')).status).toBe(200)
    expect((await t.http('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-4')).status).toBe(404)
    expect(await (await t.http('/en/statements/answer-on-fishing-licences-4')).text()).not.toContain('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-4')
  })

  it('reports a bad line with its number and reason and imports every other line', async () => {
    const file = writeArchive([archivedStatement(5), '{"externalId": "broken', archivedStatement(6)])
    const report = await importArchiveFile(t.payload, file)
    expect(report.counts.imported).toBe(2)
    expect(report.refused).toEqual([{ lineNumber: 3, group: 'not JSON', reason: expect.stringMatching(/^not JSON: /), externalId: undefined }])
    expect(report.toText()).toContain('line 3: not JSON')
    expect(await byExternalId('old-site:4100005')).toBeDefined()
    expect(await byExternalId('old-site:4100006')).toBeDefined()
  })

  it('leaves nothing of a statement refused half-way: its own transaction is rolled back', async () => {
    await makeStatement(t.payload, { en: { title: 'Taken', slug: 'taken-slug' } })
    const people = (await t.payload.count({ collection: 'people' })).totalDocs
    const line = archivedStatement(7, { speakers: [{ slug: 'new-speaker', name: { 'en-GB': 'New Speaker' } }] })
    line.languages['en-GB'].body = { html: '<p>Text.</p>' } as never
    line.languages['ru-RU'].slug = 'taken-slug'
    await makeStatement(t.payload, { en: { title: 'Taken in Russian too', slug: 'taken-en' }, ru: { title: 'Занято', slug: 'taken-slug' } })
    const report = await importArchiveFile(t.payload, writeArchive([line]))
    expect(report.refused).toEqual([expect.objectContaining({ lineNumber: 2, group: 'slug already taken', reason: expect.stringContaining('the ru-RU slug "taken-slug" belongs to another statement') })])
    expect(await byExternalId('old-site:4100007')).toBeUndefined()
    expect((await t.payload.count({ collection: 'people' })).totalDocs).toBe(people)
  })

  it('deletes a statement with its old addresses', async () => {
    await importArchiveFile(t.payload, writeArchive([archivedStatement(11)]))
    const doc = await byExternalId('old-site:4100011')
    await t.payload.delete({ collection: 'statements', id: doc.id })
    expect((await t.payload.count({ collection: 'old-urls', where: { statement: { equals: doc.id } } })).totalDocs).toBe(0)
  })

  it('in a dry run reports every problem and writes nothing', async () => {
    const count = await statementCount()
    const oldUrls = (await t.payload.count({ collection: 'old-urls' })).totalDocs
    const taken = archivedStatement(8)
    taken.languages['ru-RU'].slug = 'taken-slug'
    const file = writeArchive([archivedStatement(9), taken, 'not json', archivedStatement(10, { kind: 'rumour' })])
    const report = await importArchiveFile(t.payload, file, { dryRun: true })
    expect(report.counts).toEqual({ imported: 1, updated: 0, unchanged: 0 })
    expect(report.refused.map((r) => [r.lineNumber, r.group])).toEqual([
      [3, 'slug already taken'],
      [4, 'not JSON'],
      [5, 'unknown kind'],
    ])
    expect(report.toText()).toMatch(/^Dry run: nothing was written\./)
    expect(await statementCount()).toBe(count)
    expect(await byExternalId('old-site:4100009')).toBeUndefined()
    expect((await t.payload.count({ collection: 'old-urls' })).totalDocs).toBe(oldUrls)
  })
})
