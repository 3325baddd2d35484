import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const post = (body: unknown, token?: string) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
  body: JSON.stringify(body),
})

describe.each(testDatabaseKinds())('account secrets on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']
  let ids: Awaited<ReturnType<typeof createStaff>>['ids']

  const signIn = async (email: string, password: string) => {
    const response = await t.rest('/api/users/login', post({ email, password }))
    return { status: response.status, body: (await response.json()) as { token?: string; user?: Record<string, unknown> } }
  }
  const stored = async (email: string) => (await t.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as Record<string, unknown>

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as, ids } = await createStaff(t, {
      editor: { roles: ['editor'], languages: ['en-GB'] },
      other: { roles: ['editor'], languages: ['en-GB'] },
      reset: { roles: ['translator'], languages: ['ru-RU'] },
    }))
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('password reset tokens', () => {
    it('stores a hash of the token, and the token from the e-mail still resets the password once', async () => {
      const token = await t.payload.forgotPassword({ collection: 'users', data: { email: 'reset@example.org' }, disableEmail: true })
      expect(token).toMatch(/^[0-9a-f]{40}$/)
      const row = await stored('reset@example.org')
      expect(row.resetPasswordToken).not.toBe(token)
      expect(row.resetPasswordToken).toBe(createHash('sha256').update(token).digest('hex'))
      // Someone who read the stored value cannot use it.
      expect((await t.rest('/api/users/reset-password', post({ token: row.resetPasswordToken, password: 'stolen-password-1' }))).status).toBe(403)
      const reset = await t.rest('/api/users/reset-password', post({ token, password: 'reset-password-2' }))
      expect(reset.status).toBe(200)
      expect((await signIn('reset@example.org', 'reset-password-2')).status).toBe(200)
      expect((await t.rest('/api/users/reset-password', post({ token, password: 'again-password-3' }))).status).toBe(403)
    })
  })

  describe('session ids', () => {
    it('never returns them, through me, a read by id, the sign-in answer or GraphQL, and sessions still work', async () => {
      const { body } = await signIn('other@example.org', 'other-password-1')
      expect(body.user).toBeTruthy()
      expect(body.user).not.toHaveProperty('sessions')
      const me = await t.rest('/api/users/me', { headers: { Authorization: `JWT ${body.token}` } })
      const meBody = (await me.json()) as { user: Record<string, unknown> }
      expect(meBody.user.email).toBe('other@example.org')
      expect(meBody.user).not.toHaveProperty('sessions')
      const byId = (await (await as('other', 'GET', `/api/users/${ids.other}`)).json()) as Record<string, unknown>
      expect(byId.email).toBe('other@example.org')
      expect(byId).not.toHaveProperty('sessions')
      const adminRead = (await (await as('admin', 'GET', `/api/users/${ids.other}`)).json()) as Record<string, unknown>
      expect(adminRead).not.toHaveProperty('sessions')
      const graphql = await t.graphql('{ meUser { user { email sessions { id } } } }', { Authorization: `JWT ${body.token}` })
      expect(graphql).not.toMatch(/"sessions":\[\{/)
      // The session itself still works: refresh and sign out.
      expect((await t.rest('/api/users/refresh-token', post({}, body.token))).status).toBe(200)
      expect((await t.rest('/api/users/logout', post({}, body.token))).status).toBe(200)
    })
  })

  describe('changing one’s own e-mail or password', () => {
    it('needs the current password', async () => {
      const bare = await as('editor', 'PATCH', `/api/users/${ids.editor}`, { password: 'taken-over-1' })
      expect(bare.status).toBe(403)
      expect(JSON.stringify(await bare.json())).toMatch(/current password/)
      const wrong = await as('editor', 'PATCH', `/api/users/${ids.editor}`, { email: 'attacker@example.org', currentPassword: 'not-it' })
      expect(wrong.status).toBe(403)
      expect((await stored('editor@example.org')).email).toBe('editor@example.org')
      expect((await signIn('editor@example.org', 'taken-over-1')).status).toBe(401)
      const right = await as('editor', 'PATCH', `/api/users/${ids.editor}`, { password: 'editor-password-2', currentPassword: 'editor-password-1' })
      expect(right.status).toBe(200)
      expect(JSON.stringify(await right.json())).not.toContain('editor-password-1')
      expect((await signIn('editor@example.org', 'editor-password-2')).status).toBe(200)
      expect(await stored('editor@example.org')).not.toHaveProperty('currentPassword')
    })

    it('lets a save that sends the unchanged e-mail back through, as the account page does', async () => {
      const response = await as('other', 'PATCH', `/api/users/${ids.other}`, { name: 'O. Ther', email: 'other@example.org' })
      expect(response.status).toBe(200)
    })

    it('lets an administrator change another person’s e-mail and password', async () => {
      const response = await as('admin', 'PATCH', `/api/users/${ids.other}`, { email: 'other2@example.org', password: 'set-by-admin-1' })
      expect(response.status).toBe(200)
      expect((await signIn('other2@example.org', 'set-by-admin-1')).status).toBe(200)
    })
  })
})
