import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Opening a record in the admin takes Payload's document lock whenever the
 * collection has locking on (the edit view asks for it through its form
 * state, as `handleFormStateLocking` below). A translation record opened by a
 * translator must not refuse the editor's Approve for the next five minutes.
 */
describe.each(testDatabaseKinds())('workflow records and document locks on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>

  /** What the admin's edit view does when someone opens a document and touches a field. */
  const openInAdmin = async (who: string, collection: 'translations' | 'release-log', id: number | string) => {
    if (t.payload.collections[collection].config.lockDocuments === false) return
    const user = await t.payload.findByID({ collection: 'users', id: staff.ids[who]! })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, t.payload)
    await handleFormStateLocking({ id, collectionSlug: collection, req, updateLastEdited: true })
  }

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, {
      editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] },
      translator: { roles: ['translator'], languages: ['ru-RU'] },
    })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('lets the editor approve a translation the translator has open in the admin', async () => {
    const created = await staff.as('editor', 'POST', '/api/statements?locale=en-GB&draft=true', { title: 'Locked record', kind: 'comment', publishedAt: '2026-11-20T10:00:00.000Z', _status: 'draft' })
    const statement = ((await created.json()) as { doc: { id: number } }).doc.id
    expect((await staff.as('translator', 'PATCH', `/api/statements/${statement}?locale=ru-RU&draft=true`, { title: 'Запертая запись', _status: 'draft' })).status).toBe(200)
    const { docs } = await t.payload.find({ collection: 'translations', where: { statement: { equals: statement } }, depth: 0 })
    const record = docs[0]!

    await openInAdmin('translator', 'translations', record.id)
    const sent = await staff.as('translator', 'PATCH', `/api/translations/${record.id}`, { status: 'in-review' })
    expect(sent.status).toBe(200)
    await openInAdmin('translator', 'translations', record.id)

    const approved = await staff.as('editor', 'PATCH', `/api/translations/${record.id}`, { status: 'approved' })
    expect(approved.status, JSON.stringify(await approved.clone().json())).toBe(200)
    expect((await t.payload.findByID({ collection: 'translations', id: record.id, depth: 0 })).status).toBe('approved')
  })

  it('takes no locks on the records the system writes', () => {
    // The read model and the release log are written by hooks and the release job only.
    for (const slug of ['translations', 'release-log', 'listings', 'listing-tags'] as const) {
      expect(t.payload.collections[slug].config.lockDocuments, slug).toBe(false)
    }
  })
})
