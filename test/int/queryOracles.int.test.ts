import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Sorting or filtering by a field the reader may not see still orders or
 * narrows the answer by it: a hidden field or another account's sign-in
 * fields, reached through a link, read a character at a time.
 */
describe.each(testDatabaseKinds())('queries on fields the reader may not see, on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>
  let statementId: number | string

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, {
      translator: { roles: ['translator'], languages: ['ru-RU'] },
      otherTranslator: { roles: ['translator'], languages: ['ru-RU'] },
    })
    // Two statements, each translated by a different account: their records link both accounts.
    for (const who of ['translator', 'otherTranslator']) {
      const doc = await makeStatement(t.payload, { en: { title: `Source for ${who}` } })
      statementId = doc.id
      const saved = await staff.as(who, 'PATCH', `/api/statements/${doc.id}?locale=ru-RU&draft=true`, { title: `Перевод ${who}`, _status: 'draft' })
      expect(saved.status).toBe(200)
    }
    const records = await t.payload.find({ collection: 'translations', depth: 0, overrideAccess: true })
    expect(records.docs.map((record) => record.translatedBy).filter(Boolean)).toHaveLength(2)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const refusals: [who: string | null, path: string, reason: RegExp][] = [
    ['translator', '/api/translations?sort=translatedBy.hash', /Sorting on translatedBy\.hash is not allowed: hash is a hidden field/],
    ['translator', '/api/translations?sort=-translatedBy.salt', /salt is a hidden field/],
    ['translator', '/api/translations?sort=translatedBy.email', /email is a sign-in field of users/],
    ['translator', '/api/translations?sort=translatedBy__hash', /hash is a hidden field/],
    ['translator', '/api/translations?sort=language,-approvedBy.resetPasswordToken', /resetPasswordToken is a hidden field/],
    ['translator', '/api/translations?sort=translatedBy.resetPasswordExpiration', /resetPasswordExpiration is a hidden field/],
    ['translator', '/api/translations?sort=translatedBy.roles', /orders by users you may not read/],
    ['translator', '/api/translations?where[translatedBy.hash][like]=a', /Filtering on translatedBy\.hash is not allowed: hash is a hidden field/],
    ['translator', '/api/translations?where[or][0][approvedBy.email][like]=admin', /email is a sign-in field of users/],
    ['translator', '/api/translations?where[translatedBy.resetPasswordExpiration][exists]=true', /resetPasswordExpiration is a hidden field/],
    ['translator', '/api/translations?where[translatedBy__hash][like]=a', /hash is a hidden field/],
    ['translator', '/api/translations/count?where[translatedBy.salt][greater_than]=8', /salt is a hidden field/],
    ['translator', '/api/statements?locale=en-GB&where[translations.translatedBy.email][like]=a', /email is a sign-in field/],
    ['translator', '/api/statements?locale=en-GB&joins[translations][sort]=translatedBy.hash', /joins\[translations\] translatedBy\.hash is not allowed/],
    ['translator', '/api/statements?locale=en-GB&joins[translations][where][translatedBy.email][like]=a', /email is a sign-in field/],
    ['translator', '/api/payload-locked-documents?sort=user.hash', /hash is a hidden field/],
    ['admin', '/api/users?sort=hash', /hash is a hidden field/],
    ['admin', '/api/users?where[resetPasswordToken][exists]=true', /resetPasswordToken is a hidden field/],
    ['admin', '/api/translations?sort=-translatedBy.email', /email is a sign-in field/],
    [null, '/api/statements?locale=en-GB&sort=speakers.photo.filename', /orders by media you may not read/],
  ]

  it.each(refusals)('refuses as %s: %s', async (who, path, reason) => {
    const answer = who ? await staff.as(who, 'GET', path) : await t.rest(path)
    const text = await answer.text()
    expect([answer.status, text]).toEqual([400, expect.stringMatching(reason)])
  })

  it('refuses them through GraphQL and bulk writes too', async () => {
    const login = await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'translator@example.org', password: 'translator-password-1' }) })
    const { token } = (await login.json()) as { token: string }
    const answer = await t.graphql('{ Translations(sort: "translatedBy.hash") { docs { id } } }', { Authorization: `JWT ${token}` })
    expect(answer).toMatch(/Sorting on translatedBy\.hash is not allowed/)
    expect(answer).not.toMatch(/"docs":\[/)
    const bulk = await staff.as('translator', 'PATCH', '/api/translations?where[translatedBy.hash][like]=a', { notes: 'x' })
    expect(bulk.status).toBe(400)
  })

  it('still answers queries on what the reader may see', async () => {
    const allowed: [who: string | null, path: string][] = [
      ['translator', '/api/translations?sort=translatedBy'],
      ['translator', `/api/translations?sort=-statement.publishedAt&where[statement][equals]=${statementId}`],
      ['translator', `/api/translations?where[translatedBy][equals]=${staff.ids.translator}`],
      ['admin', '/api/translations?sort=translatedBy.name'],
      ['admin', '/api/users?sort=email'],
      [null, '/api/statements?locale=en-GB&sort=-publishedAt&where[speakers.slug][equals]=nobody'],
      [null, '/api/statements?locale=en-GB&sort=speakers.name'],
    ]
    for (const [who, path] of allowed) {
      const answer = who ? await staff.as(who, 'GET', path) : await t.rest(path)
      expect([path, answer.status]).toEqual([path, 200])
    }
  })
})
