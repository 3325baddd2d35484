import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Every bidirectional formatting character: embeddings, overrides, isolates, the marks. */
const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']
const anyControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/

describe.each(testDatabaseKinds())('bidirectional control characters on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, {}))
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('strips them from a statement’s title and summary before they are stored, and the feed has none', async () => {
    const response = await as('admin', 'POST', '/api/statements?locale=en-GB', {
      title: `Visit of the \u202Egpj.exe${controls.join('')} minister`,
      summary: `Talks \u2067held\u2069 in \u200Fthe capital`,
      slug: 'visit-of-the-minister',
      kind: 'comment',
      publishedAt: '2026-11-20T13:17:00.000Z',
      body: lexicalBody([{ type: 'paragraph', text: 'Talks were held.' }]),
      _status: 'published',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number | string } }
    const stored = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'en-GB', depth: 0 })
    expect(stored.title).toBe('Visit of the gpj.exe minister')
    expect(stored.summary).toBe('Talks held in the capital')
    const feed = await (await t.http('/en/feed.xml')).text()
    expect(feed).toContain('Visit of the gpj.exe minister')
    expect(feed).not.toMatch(anyControl)
  })

  it('strips them from people and topics, and on updates too', async () => {
    // A person is created in the default language (requireDefaultLocaleName), then given a Russian name.
    const person = await as('admin', 'POST', '/api/people?locale=en-GB', { name: 'Ivan Petrov', slug: 'ivan-petrov' })
    expect(person.status).toBe(201)
    const personId = ((await person.json()) as { doc: { id: number | string } }).doc.id
    expect((await as('admin', 'PATCH', `/api/people/${personId}?locale=ru-RU`, { name: 'Иван\u202E Петров', position: '\u2066Министр\u2069' })).status).toBe(200)
    const topic = await as('admin', 'POST', '/api/topics?locale=en-GB', { name: 'Geo\u200Ergia', slug: 'georgia', type: 'country' })
    const topicId = ((await topic.json()) as { doc: { id: number | string } }).doc.id
    expect((await as('admin', 'PATCH', `/api/topics/${topicId}?locale=en-GB`, { name: 'Georgia\u202B!' })).status).toBe(200)
    const storedPerson = await t.payload.findByID({ collection: 'people', id: personId, locale: 'ru-RU', fallbackLocale: false })
    expect([storedPerson.name, storedPerson.position]).toEqual(['Иван Петров', 'Министр'])
    expect((await t.payload.findByID({ collection: 'topics', id: topicId, locale: 'en-GB' })).name).toBe('Georgia!')
  })
})
