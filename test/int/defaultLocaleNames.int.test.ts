import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Refusal = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** People and topics are found by their name in the default language: one without it is refused, saying so. */
describe.each(testDatabaseKinds())('names in the default language on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it.each([
    ['topics', { name: 'Рыболовство', type: 'theme' }],
    ['people', { name: 'Анна Ферран' }],
  ])('refuses a new %s named only in Russian with a 400 naming the field, and stores nothing', async (collection, data) => {
    const before = await t.payload.count({ collection: collection as 'topics' })
    const response = await staff.as('editor', 'POST', `/api/${collection}?locale=ru-RU`, data)
    expect(response.status).toBe(400)
    const body = (await response.json()) as Refusal
    expect(body.errors[0]!.message).toMatch(/name/)
    expect(body.errors[0]!.data?.errors).toEqual([{ path: 'name', message: expect.stringMatching(/default language \(English, en-GB\) is required/) }])
    expect(await t.payload.count({ collection: collection as 'topics' })).toEqual(before)
  })

  it('says it in Russian to a person whose admin is in Russian', async () => {
    const response = await staff.as('editor', 'POST', '/api/topics?locale=ru-RU', { name: 'Рыболовство', type: 'theme' }, { 'Accept-Language': 'ru' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as Refusal).errors[0]!.data?.errors?.[0]?.message).toMatch(/^Нужно имя на языке по умолчанию \(Английский, en-GB\)/)
  })

  it('creates it in English and then takes the Russian name', async () => {
    const created = await staff.as('editor', 'POST', '/api/topics?locale=en-GB', { name: 'Fisheries', type: 'theme' })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await staff.as('editor', 'PATCH', `/api/topics/${doc.id}?locale=ru-RU`, { name: 'Рыболовство' })).status).toBe(200)
    const both = (await t.payload.findByID({ collection: 'topics', id: doc.id, locale: 'all' })) as unknown as { name: Record<string, string> }
    expect(both.name).toEqual({ 'en-GB': 'Fisheries', 'ru-RU': 'Рыболовство' })
  })
})
