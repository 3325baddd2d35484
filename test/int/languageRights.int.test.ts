import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const reasonOf = async (response: Response) => JSON.stringify(await response.json())

describe.each(testDatabaseKinds())('per-language rights beyond statement saves on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, {
      english: { roles: ['editor'], languages: ['en-GB'] },
      russian: { roles: ['editor'], languages: ['ru-RU'] },
      both: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] },
      translator: { roles: ['translator'], languages: ['ru-RU'] },
    }))
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const publicRussian = async (id: number | string) =>
    (await t.payload.find({ collection: 'statements', locale: 'ru-RU', overrideAccess: false, fallbackLocale: false, where: { id: { equals: id } } })).docs

  describe('a translator and the status of a language', () => {
    it('refuses a translator who unpublishes their language, with a reason, and it stays live', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'Live source' }, ru: { title: 'Живой перевод' } })
      const response = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'draft' })
      expect(response.status).toBe(403)
      expect(await reasonOf(response)).toMatch(/Translators cannot unpublish ru-RU/)
      expect(await publicRussian(id)).toHaveLength(1)
    })

    it('says so in Russian to a translator whose admin is in Russian', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'Live source 2' }, ru: { title: 'Живой перевод 2' } })
      const response = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'draft' }, { 'Accept-Language': 'ru' })
      expect(response.status).toBe(403)
      expect(await reasonOf(response)).toMatch(/Переводчик не может снять с публикации ru-RU/)
    })

    it('still lets a translator save a draft over a published language without unpublishing it', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'Live source 3' }, ru: { title: 'Живой перевод 3' } })
      const response = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title: 'Правка перевода', _status: 'draft' })
      expect(response.status).toBe(200)
      expect(await publicRussian(id)).toHaveLength(1)
    })
  })

  describe('deleting a statement', () => {
    it('refuses an editor of one language a statement with text in another, naming it', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'English only, published' } })
      const response = await as('russian', 'DELETE', `/api/statements/${id}`)
      expect(response.status).toBe(403)
      expect(await reasonOf(response)).toMatch(/en-GB/)
      expect(await t.payload.findByID({ collection: 'statements', id, depth: 0 })).toBeTruthy()
    })

    it('counts a language that has only a draft', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'English source' }, ru: { title: 'Русский черновик' }, ruStatus: 'draft' })
      const response = await as('english', 'DELETE', `/api/statements/${id}`)
      expect(response.status).toBe(403)
      expect(await reasonOf(response)).toMatch(/ru-RU/)
    })

    it('refuses a delete of many that reaches another language, and deletes nothing of it', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'Bulk target' } })
      const response = await as('russian', 'DELETE', `/api/statements?where[id][equals]=${id}`)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(await reasonOf(response)).toMatch(/en-GB/)
      expect(await t.payload.findByID({ collection: 'statements', id, depth: 0 })).toBeTruthy()
    })

    it('lets an editor of every language it has delete it', async () => {
      const { id } = await makeStatement(t.payload, { en: { title: 'To delete' }, ru: { title: 'Удалить' } })
      expect((await as('both', 'DELETE', `/api/statements/${id}`)).status).toBe(200)
    })
  })

  describe('restoring a version', () => {
    const versionsOf = async (id: number | string) =>
      (await t.payload.findVersions({ collection: 'statements', where: { parent: { equals: id } }, sort: 'createdAt', pagination: false, limit: 100 })).docs

    it('lets an editor of the other language restore it, though the restore runs in the default one', async () => {
      const doc = await makeStatement(t.payload, { en: { title: 'Stable English' }, ru: { title: 'Первый русский' }, kind: 'comment' })
      const first = (await versionsOf(doc.id)).at(-1)!
      await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { title: 'Испорченный русский' } })
      const response = await as('russian', 'POST', `/api/statements/versions/${first.id}`)
      expect(response.status).toBe(200)
      const russian = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'ru-RU', fallbackLocale: false, depth: 0 })
      expect(russian.title).toBe('Первый русский')
      // The same restore is the English editor's to refuse: it changes the Russian.
      await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { title: 'Снова другой' } })
      const refused = await as('english', 'POST', `/api/statements/versions/${first.id}`, undefined, { 'Accept-Language': 'ru' })
      expect(refused.status).toBe(403)
      expect(await reasonOf(refused)).toMatch(/изменит и ru-RU/)
    })

    it('lets a translator restore only as a draft, leaving the live language as it is', async () => {
      const doc = await makeStatement(t.payload, { en: { title: 'Stable English 2' }, ru: { title: 'Старый перевод' }, kind: 'comment' })
      const first = (await versionsOf(doc.id)).at(-1)!
      await t.payload.update({ collection: 'statements', id: doc.id, locale: 'ru-RU', data: { title: 'Новый перевод' } })
      const live = await as('translator', 'POST', `/api/statements/versions/${first.id}`)
      expect(live.status).toBe(403)
      expect(await reasonOf(live)).toMatch(/Translators may restore a version only as a draft/)
      expect((await as('translator', 'POST', `/api/statements/versions/${first.id}?draft=true`)).status).toBe(200)
      const published = await t.payload.find({ collection: 'statements', locale: 'ru-RU', overrideAccess: false, fallbackLocale: false, where: { id: { equals: doc.id } } })
      expect(published.docs[0]?.title).toBe('Новый перевод')
    })
  })

  describe('people, topics and media', () => {
    it('refuses an English editor who changes a person’s Russian name, and keeps it off the public page', async () => {
      const person = await makePerson(t.payload, 'sergey-petrov', { name: 'Sergey Petrov', position: 'Spokesman' }, { name: 'Сергей Петров', position: 'Официальный представитель' })
      const response = await as('english', 'PATCH', `/api/people/${person.id}?locale=ru-RU`, { name: 'Подменённое имя' })
      expect(response.status).toBe(403)
      expect(await reasonOf(response)).toMatch(/You may edit only en-GB; this save was in ru-RU/)
      const russian = await t.payload.findByID({ collection: 'people', id: person.id, locale: 'ru-RU', fallbackLocale: false })
      expect(russian.name).toBe('Сергей Петров')
      expect(await (await t.http('/ru/people')).text()).not.toContain('Подменённое имя')
    })

    it('treats a write without a locale as the default language and refuses every language at once', async () => {
      const person = await makePerson(t.payload, 'anna-ivanova', { name: 'Anna Ivanova', position: 'Director' }, { name: 'Анна Иванова', position: 'Директор' })
      const noLocale = await as('russian', 'PATCH', `/api/people/${person.id}`, { position: 'Deputy' })
      expect(noLocale.status).toBe(403)
      expect(await reasonOf(noLocale)).toMatch(/this save was in en-GB/)
      const all = await as('english', 'PATCH', `/api/people/${person.id}?locale=all`, { name: { 'en-GB': 'Anna', 'ru-RU': 'Анна' } })
      expect(all.status).toBe(403)
      expect((await t.payload.findByID({ collection: 'people', id: person.id, locale: 'ru-RU', fallbackLocale: false })).name).toBe('Анна Иванова')
      expect((await as('english', 'PATCH', `/api/people/${person.id}`, { position: 'Deputy director' })).status).toBe(200)
      expect((await as('russian', 'PATCH', `/api/people/${person.id}?locale=ru-RU`, { position: 'Заместитель директора' })).status).toBe(200)
    })

    it('applies the same rule to topics, media and creating', async () => {
      const topic = await makeTopic(t.payload, 'georgia', 'Georgia', 'Грузия')
      const topicWrite = await as('english', 'PATCH', `/api/topics/${topic.id}?locale=ru-RU`, { name: 'Подмена' })
      expect(topicWrite.status).toBe(403)
      expect((await t.payload.findByID({ collection: 'topics', id: topic.id, locale: 'ru-RU', fallbackLocale: false })).name).toBe('Грузия')
      const media = await t.payload.create({ collection: 'media', locale: 'en-GB', data: { alt: 'A map' }, file: { data: png, mimetype: 'image/png', name: `map-${kind}.png`, size: png.length } })
      const mediaWrite = await as('russian', 'PATCH', `/api/media/${media.id}?locale=en-GB`, { alt: 'Hijacked' })
      expect(mediaWrite.status).toBe(403)
      expect((await t.payload.findByID({ collection: 'media', id: media.id, locale: 'en-GB' })).alt).toBe('A map')
      const create = await as('english', 'POST', '/api/topics?locale=ru-RU', { name: 'Армения', slug: 'armenia', type: 'country' })
      expect(create.status).toBe(403)
    })

    it('refuses deleting a person or topic with a name in a language the editor may not edit', async () => {
      const person = await makePerson(t.payload, 'ivan-sidorov', { name: 'Ivan Sidorov', position: 'Minister' }, { name: 'Иван Сидоров', position: 'Министр' })
      const refused = await as('english', 'DELETE', `/api/people/${person.id}`)
      expect(refused.status).toBe(403)
      expect(await reasonOf(refused)).toMatch(/ru-RU/)
      const englishOnly = await makeTopic(t.payload, 'moldova', 'Moldova')
      expect((await as('english', 'DELETE', `/api/topics/${englishOnly.id}`)).status).toBe(200)
    })

    it('refuses a non-administrator the site settings', async () => {
      const response = await as('both', 'POST', '/api/globals/site-settings?locale=ru-RU', { siteName: 'Подмена' })
      expect(response.status).toBe(403)
    })
  })
})
