import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement } from '../helpers/fixtures'
import { onceFailedBodies } from '../helpers/malformedBodies'
import { onceFailedRequests } from '../helpers/malformedRequests'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Requests that answered 500 until they were refused with a reason; the malformed corpora send them too. */
describe.each(testDatabaseKinds())('requests that once failed with a 500, on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']
  let statementId: number | string
  let personId: number | string

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } }))
    personId = (await makePerson(t.payload, 'known-speaker', { name: 'Known Speaker', position: 'Spokesperson' })).id
    statementId = (await makeStatement(t.payload, { en: { title: 'Linked statement', slug: 'linked-statement' }, speakers: [personId] })).id
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('refuses null in a list of ids, and nothing compared with a choice or a yes-or-no field, with 400 and the reason', async () => {
    for (const { path } of onceFailedRequests) {
      const response = await t.rest(path)
      const body = await response.text()
      expect(response.status, `${path} ${body}`).toBe(400)
      expect(body, path).toMatch(/"message":"Malformed query: [^"]+"/)
    }
    // What they meant still works: documents without a link, or with a value.
    expect((await t.rest('/api/statements?locale=en-GB&where[speakers][exists]=false')).status).toBe(200)
    expect((await t.rest('/api/topics?locale=en-GB&where[type][equals]=country')).status).toBe(200)
    expect((await t.rest(`/api/statements?locale=en-GB&where[speakers][in]=${personId}`)).status).toBe(200)
  })

  it('refuses a save that links to a document that does not exist, draft or not, naming the field, and keeps what was stored', async () => {
    const draft = await as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB&draft=true`, { speakers: [personId, 99999999] })
    const body = await draft.text()
    expect(draft.status, body).toBe(400)
    expect(body).toMatch(/"path":"speakers","message":"[^"]*99999999/)
    const published = await as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB`, { topics: [99999999], _status: 'published' })
    expect(published.status).toBe(400)
    expect(await published.text()).toMatch(/"path":"topics"/)
    const stored = await t.payload.findByID({ collection: 'statements', id: statementId, draft: true, depth: 0, locale: 'en-GB' })
    expect(stored.speakers).toEqual([personId])
    // A link to a document that exists is saved as before.
    expect((await as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB&draft=true`, { speakers: [personId] })).status).toBe(200)
  })

  it('answers e-mail verification, which is not in use here, with 404 and the reason', async () => {
    const response = await t.rest('/api/users/verify/x', { method: 'POST' })
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(/E-mail verification is not in use here/)
  })

  it('answers every write in the corpus of ones that once failed with a 4xx and a reason', async () => {
    for (const item of onceFailedBodies) {
      const path = item.path.replace('{id}', String(statementId))
      const init = { method: item.method, headers: item.headers, body: item.body.length ? new Uint8Array(item.body) : undefined }
      const response = item.asEditor ? await as('editor', item.method, path, JSON.parse(item.body.toString() || '{}')) : await t.rest(path, init)
      const body = await response.text()
      expect(response.status, `${item.method} ${path} ${body}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${item.method} ${path} ${body}`).toBeLessThan(500)
      expect(body).toMatch(/"message":"[^"]+"/)
    }
  })
})
