import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * A save that says which revision it started from is refused (409) when the
 * language was saved since, on every write path, and one whose revision
 * cannot be read is a 400 that says why, never a save that skips the check.
 */
describe.each(testDatabaseKinds())('stale and malformed revisions on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>
  let token: string
  let id: number | string

  const stored = async () => t.payload.findByID({ collection: 'statements', id, locale: 'en-GB', draft: true, depth: 0, fallbackLocale: false })
  const message = async (answer: Response) => ((await answer.json()) as { errors: { message: string }[] }).errors[0]?.message
  const save = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    staff.as('admin', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { _status: 'draft', ...body }, headers)

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, {})
    const login = await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.org', password: 'admin-password-1' }) })
    token = ((await login.json()) as { token: string }).token
    id = (await makeStatement(t.payload, { en: { title: 'Revised statement' } })).id
    // A few saves, so revision 1 is stale.
    for (const title of ['Second wording', 'Third wording']) expect((await save({ title })).status).toBe(200)
    expect((await stored()).revision).toBeGreaterThanOrEqual(3)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('refuses a stale revision sent through GraphQL', async () => {
    const before = await stored()
    const answer = await t.graphql(`mutation { updateStatement(id: ${id}, locale: en_GB, draft: true, data: { title: "GraphQL overwrite", revision: 1 }) { title revision } }`, {
      Authorization: `JWT ${token}`,
    })
    expect(answer).toMatch(/Someone else saved the en-GB version since you opened it \(revision \d+; yours started from 1\)/)
    expect((await stored()).title).toBe(before.title)
    // The current revision goes through.
    const current = await t.graphql(`mutation { updateStatement(id: ${id}, locale: en_GB, draft: true, data: { title: "GraphQL save", revision: ${before.revision} }) { title } }`, {
      Authorization: `JWT ${token}`,
    })
    expect(current).toContain('"title":"GraphQL save"')
  })

  it('refuses a stale revision through the Local API too', async () => {
    const before = await stored()
    await expect(t.payload.update({ collection: 'statements', id, locale: 'en-GB', draft: true, data: { title: 'Local overwrite', revision: 1 } })).rejects.toThrow(/Someone else saved/)
    expect((await stored()).title).toBe(before.title)
  })

  it.each([
    ['the text "1"', '1'],
    ['the text "abc"', 'abc'],
    ['-1', -1],
    ['1.5', 1.5],
    ['{}', {}],
    ['true', true],
  ])('answers 400 to a revision of %s, saying what is wrong', async (shown, revision) => {
    const before = await stored()
    const answer = await save({ title: 'Malformed overwrite', revision })
    expect(answer.status).toBe(400)
    expect(await message(answer)).toBe(`revision must be the whole number of the revision your edit started from, such as 3; got ${shown}.`)
    expect((await stored()).title).toBe(before.title)
  })

  it('reads If-Match as a list: a save goes ahead when one of its revisions is current, and is refused when none is', async () => {
    const before = await stored()
    const stale = await save({ title: 'Listed overwrite' }, { 'If-Match': 'W/"1", "100"' })
    expect(stale.status).toBe(409)
    expect(await stale.text()).toMatch(/yours started from 1 or 100/)
    expect((await stored()).title).toBe(before.title)
    const listed = await save({ title: 'Listed save' }, { 'If-Match': `"1", W/"${before.revision}"` })
    expect(listed.status).toBe(200)
    expect((await save({ title: 'Any revision' }, { 'If-Match': '*' })).status).toBe(200)
  })

  it('answers 400 to an If-Match it cannot read, and 409 when the body and If-Match disagree', async () => {
    for (const header of ['abc', '"3', 'W/', '"1",,"2"', '"-1"']) {
      const answer = await save({ title: 'Unreadable If-Match' }, { 'If-Match': header })
      expect([header, answer.status]).toEqual([header, 400])
      expect(await message(answer)).toBe(`If-Match must list the revisions your edit started from, such as "3" or W/"3", separated by commas; got ${header}`)
    }
    const current = (await stored()).revision
    const disagree = await save({ title: 'Half stale', revision: current }, { 'If-Match': '"1"' })
    expect(disagree.status).toBe(409)
  })
})
