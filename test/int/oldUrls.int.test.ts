import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importArchiveFile } from '../../src/archive/importArchive'
import { archivedStatement, writeArchive } from '../helpers/archiveFiles'
import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const oldPath = (lang: 'en' | 'ru', id: number) => `/${lang}/foreign_policy/news/-/asset_publisher/kV7rTq2Lm9Xa/content/id/${id}`

/** Links to the old site keep working: each imported language version's old address answers 301. */
describe.each(testDatabaseKinds())('old addresses of imported statements on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const draftRussian = archivedStatement(2)
    draftRussian.languages['ru-RU'].status = 'draft'
    const report = await importArchiveFile(t.payload, writeArchive([archivedStatement(1), draftRussian]))
    expect(report.refused).toEqual([])
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('answers 301 from each language’s old address to its page here', async () => {
    const en = await t.http(oldPath('en', 4100001))
    expect(en.status).toBe(301)
    expect(en.headers.get('location')).toBe('/en/statements/answer-on-fishing-licences-1')
    const ru = await t.http(oldPath('ru', 4100001))
    expect(ru.status).toBe(301)
    expect(ru.headers.get('location')).toBe('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-1')
    expect((await t.http(ru.headers.get('location')!)).status).toBe(200)
  })

  it('ignores a trailing slash and the query string, as the old site did', async () => {
    const response = await t.http(`${oldPath('en', 4100001)}/?utm_source=mail`)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/en/statements/answer-on-fishing-licences-1')
  })

  it('keeps an unpublished version’s old address a 404, and any unknown address', async () => {
    expect((await t.http(oldPath('en', 4100002))).status).toBe(301)
    expect((await t.http(oldPath('ru', 4100002))).status).toBe(404)
    expect((await t.http(oldPath('en', 9999999))).status).toBe(404)
    expect((await t.http(`/en/${'x'.repeat(3000)}`)).status).toBe(404)
  })

  it('follows the statement when a later import changes its slug', async () => {
    const renamed = archivedStatement(1)
    renamed.languages['en-GB'].slug = 'fishing-licences-renamed'
    expect((await importArchiveFile(t.payload, writeArchive([renamed]))).counts.updated).toBe(1)
    expect((await t.http(oldPath('en', 4100001))).headers.get('location')).toBe('/en/statements/fishing-licences-renamed')
  })

  it('shows the old addresses to staff only through the API', async () => {
    const anonymous = await t.rest('/api/old-urls')
    expect(anonymous.status).toBe(403)
    const { as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB'] } })
    const staff = await as('editor', 'GET', '/api/old-urls?limit=100')
    expect(staff.status).toBe(200)
    expect(((await staff.json()) as { totalDocs: number }).totalDocs).toBe(4)
  })
})
