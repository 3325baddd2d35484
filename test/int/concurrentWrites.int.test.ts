import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe.each(testDatabaseKinds())('concurrent writes on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } }))
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('lands every one of 28 creates and updates started at once, through REST and the Local API, in transactions or not', async () => {
    const existing = await Promise.all([0, 1, 2, 3].map((n) => makeStatement(t.payload, { en: { title: `Existing ${n}`, slug: `existing-${n}` }, ru: { title: `Существующее ${n}`, slug: `sushchestvuyushchee-${n}` } })))
    const body = (text: string) => lexicalBody([{ type: 'paragraph', text }])
    const restCreates = Array.from({ length: 8 }, (_, n) =>
      as('editor', 'POST', '/api/statements?locale=en-GB', { title: `REST create ${n}`, body: body(`REST body ${n}`), kind: 'comment', publishedAt: '2026-11-21T09:00:00.000Z', _status: 'published' }).then(async (response) => {
        expect(response.status, await response.clone().text()).toBe(201)
      }),
    )
    const localCreates = Array.from({ length: 8 }, (_, n) =>
      t.payload.create({ collection: 'statements', locale: 'en-GB', data: { title: `Local create ${n}`, body: body(`Local body ${n}`), kind: 'briefing', publishedAt: '2026-11-21T09:00:00.000Z', _status: 'published' } }),
    )
    // Both languages of each existing statement at once, one through REST and one through the Local API.
    const updates = existing.flatMap((doc, n) => [
      as('editor', 'PATCH', `/api/statements/${doc.id}?locale=en-GB`, { title: `Existing ${n}, updated`, _status: 'published' }).then(async (response) => {
        expect(response.status, await response.clone().text()).toBe(200)
      }),
      t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { title: `Существующее ${n}, обновлено`, _status: 'published' } }),
    ])
    // Writes outside any transaction, as Payload's job runner makes them, in the middle of the others.
    const untransacted = Array.from({ length: 4 }, (_, n) =>
      t.payload.create({ collection: 'topics', locale: 'en-GB', data: { slug: `untransacted-${n}`, name: `Untransacted ${n}`, type: 'country' }, disableTransaction: true }),
    )
    const results = await Promise.allSettled([...restCreates, ...localCreates, ...updates, ...untransacted])
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual([])

    const titles = async (locale: 'en-GB' | 'ru-RU') =>
      (await t.payload.find({ collection: 'statements', locale, fallbackLocale: false, limit: 0, depth: 0, overrideAccess: false, draft: false })).docs.map((doc) => doc.title).sort()
    const expectedEn = [
      ...Array.from({ length: 8 }, (_, n) => `REST create ${n}`),
      ...Array.from({ length: 8 }, (_, n) => `Local create ${n}`),
      ...[0, 1, 2, 3].map((n) => `Existing ${n}, updated`),
    ].sort()
    expect(await titles('en-GB')).toEqual(expectedEn)
    expect((await t.payload.count({ collection: 'topics', where: { slug: { like: 'untransacted-' } } })).totalDocs).toBe(4)
    expect((await titles('ru-RU')).filter(Boolean)).toEqual([0, 1, 2, 3].map((n) => `Существующее ${n}, обновлено`).sort())
    // The public lists read the read model, which every write kept.
    const home = await (await t.http('/en/statements?kind=comment')).text()
    expect(home).toContain('REST create 7')
    expect(await (await t.http('/ru/statements/sushchestvuyushchee-3')).text()).toContain('Существующее 3, обновлено')
  })
})
