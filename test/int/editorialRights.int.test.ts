import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe.each(testDatabaseKinds())('editorial rights per role and language on %s', (kind) => {
  let t: TestPayload
  let statementId: number | string
  let as: Awaited<ReturnType<typeof createStaff>>['as']

  const stored = (locale: 'en-GB' | 'ru-RU') =>
    t.payload.findByID({ collection: 'statements', id: statementId, locale, draft: true, fallbackLocale: false, depth: 0 })

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB'] }, translator: { roles: ['translator'], languages: ['ru-RU'] } }))
    statementId = (await makeStatement(t.payload, { en: { title: 'Source text' }, ru: { title: 'Черновик перевода' }, ruStatus: 'draft', kind: 'comment' })).id
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('lets a translator save a draft in their language', async () => {
    const response = await as('translator', 'PATCH', `/api/statements/${statementId}?locale=ru-RU&draft=true`, { title: 'Перевод готов', _status: 'draft' })
    expect(response.status).toBe(200)
    expect((await stored('ru-RU')).title).toBe('Перевод готов')
  })

  it('refuses a translator who publishes, with a reason, and publishes nothing', async () => {
    const response = await as('translator', 'PATCH', `/api/statements/${statementId}?locale=ru-RU`, { title: 'Опубликовать сам', _status: 'published' })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/Translators cannot publish/)
    const anonymous = await t.payload.find({ collection: 'statements', locale: 'ru-RU', overrideAccess: false, fallbackLocale: false, where: { id: { equals: statementId } } })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('refuses a translator who changes a shared field', async () => {
    const response = await as('translator', 'PATCH', `/api/statements/${statementId}?locale=ru-RU&draft=true`, { kind: 'briefing', _status: 'draft' })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/cannot change kind/)
    expect((await stored('en-GB')).kind).toBe('comment')
  })

  it('refuses a translator who writes another language, and one who creates a statement', async () => {
    const other = await as('translator', 'PATCH', `/api/statements/${statementId}?locale=en-GB&draft=true`, { title: 'Hijacked', _status: 'draft' })
    expect(other.status).toBe(403)
    expect(JSON.stringify(await other.json())).toMatch(/You may edit only ru-RU; this save was in en-GB/)
    expect((await stored('en-GB')).title).toBe('Source text')
    const create = await as('translator', 'POST', '/api/statements?locale=ru-RU', { title: 'Новое', kind: 'comment' })
    expect(create.status).toBe(403)
  })

  it('lets an editor publish their language but not write one they are not assigned', async () => {
    const publish = await as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB`, { title: 'Source text, edited', _status: 'published' })
    expect(publish.status).toBe(200)
    const russian = await as('editor', 'PATCH', `/api/statements/${statementId}?locale=ru-RU`, { title: 'Редактор', _status: 'published' })
    expect(russian.status).toBe(403)
    expect((await stored('ru-RU')).title).toBe('Перевод готов')
  })

  it('refuses a status that is neither draft nor published, saying so, and keeps the one stored', async () => {
    const live = async () => ((await t.payload.db.findOne({ collection: 'statements', where: { id: { equals: statementId } }, locale: 'all' })) as { _status?: unknown })?._status
    const before = await live()
    for (const status of ['bogus', 5, null, { 'en-GB': 'published' }]) {
      const response = await as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB`, { title: 'Should not land', _status: status })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/_status must be \\"draft\\" or \\"published\\"/)
    }
    expect(await live()).toEqual(before)
    expect((await stored('en-GB')).title).not.toBe('Should not land')
  })

  it('lets an editor restore a version only when it leaves the languages they may not edit as they are', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'First English' }, ru: { title: 'Первый русский' }, kind: 'comment' })
    const versions = async () => (await t.payload.findVersions({ collection: 'statements', where: { parent: { equals: doc.id } }, sort: 'createdAt', pagination: false, limit: 100 })).docs
    const first = (await versions()).at(-1)!
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { title: 'Second English' } })
    // Only the English differs from the version before: the en-GB editor may go back to it.
    const back = await as('editor', 'POST', `/api/statements/versions/${first.id}?locale=en-GB`)
    expect(back.status).toBe(200)
    const english = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'en-GB', draft: true, fallbackLocale: false, depth: 0 })
    expect(english.title).toBe('First English')
    // Now the Russian changes: the same restore would overwrite it.
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { title: 'Второй русский' } })
    const refused = await as('editor', 'POST', `/api/statements/versions/${first.id}?locale=en-GB`)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toMatch(/would also change ru-RU, which you may not edit/)
    const russian = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'ru-RU', draft: true, fallbackLocale: false, depth: 0 })
    expect(russian.title).toBe('Второй русский')
    // An administrator may.
    expect((await as('admin', 'POST', `/api/statements/versions/${first.id}?locale=en-GB`)).status).toBe(200)
    const restored = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'ru-RU', draft: true, fallbackLocale: false, depth: 0 })
    expect(restored.title).toBe('Первый русский')
  })
})
