import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

const login = async (t: TestPayload, email: string, password: string): Promise<string> => {
  const response = await t.rest('/api/users/login', json({ email, password }))
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe.each(testDatabaseKinds())('users and roles on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('makes the first registered user an administrator, whatever roles were sent', async () => {
    const response = await t.rest(
      '/api/users/first-register',
      json({ email: 'first@example.org', password: 'first-password-1', roles: ['translator'] }),
    )
    expect(response.status).toBe(200)
    const { user } = (await response.json()) as { user: { roles: string[] } }
    expect(user.roles).toEqual(['admin'])
    const again = await t.rest('/api/users/first-register', json({ email: 'second@example.org', password: 'second-password-1' }))
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('refuses a non-administrator who tries to raise their own role, with a reason, and changes nothing', async () => {
    const adminToken = await login(t, 'first@example.org', 'first-password-1')
    const created = await t.rest('/api/users', {
      ...json({ email: 'editor@example.org', password: 'editor-password-1', roles: ['editor'], languages: ['en-GB'] }),
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
    })
    expect(created.status).toBe(201)
    const { doc: editor } = (await created.json()) as { doc: { id: number | string } }

    const editorToken = await login(t, 'editor@example.org', 'editor-password-1')
    const raise = await t.rest(`/api/users/${editor.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(raise.status).toBe(403)
    expect(JSON.stringify(await raise.json())).toMatch(/Only an administrator can change roles/)
    const stored = await t.payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.roles).toEqual(['editor'])

    // Editing their own name, with the unchanged roles the admin form sends back, is fine.
    const rename = await t.rest(`/api/users/${editor.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ name: 'E. Ditor', roles: ['editor'] }),
    })
    expect(rename.status).toBe(200)
  })

  it('lets a non-administrator read only their own account', async () => {
    const editorToken = await login(t, 'editor@example.org', 'editor-password-1')
    const list = await t.rest('/api/users?limit=50', { headers: { Authorization: `JWT ${editorToken}` } })
    const { docs } = (await list.json()) as { docs: { email: string }[] }
    expect(docs.map((d) => d.email)).toEqual(['editor@example.org'])
  })

  it('does not let an anonymous visitor list users or create statements', async () => {
    expect((await t.rest('/api/users')).status).toBe(403)
    const create = await t.rest('/api/statements', json({ title: 'Anonymous', kind: 'comment', publishedAt: '2026-01-01T00:00:00Z' }))
    expect(create.status).toBe(403)
  })
})
