import type { TestPayload } from './testPayload'

export type StaffRights = { roles: ('admin' | 'editor' | 'translator')[]; languages: ('en-GB' | 'ru-RU')[] }

/**
 * Creates an administrator first (the first account always becomes one) and
 * then each named account, signs them all in, and returns a REST caller that
 * acts as any of them by name.
 */
export const createStaff = async (t: TestPayload, accounts: Record<string, StaffRights>) => {
  const tokens: Record<string, string> = {}
  const all: Record<string, StaffRights> = { admin: { roles: ['admin'], languages: ['en-GB', 'ru-RU'] }, ...accounts }
  const ids: Record<string, number | string> = {}
  for (const [who, rights] of Object.entries(all)) {
    const user = await t.payload.create({ collection: 'users', data: { email: `${who}@example.org`, password: `${who}-password-1`, roles: rights.roles, languages: rights.languages } })
    ids[who] = user.id
    const login = await t.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${who}@example.org`, password: `${who}-password-1` }),
    })
    tokens[who] = ((await login.json()) as { token: string }).token
  }
  const as = (who: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.rest(path, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return { as, ids, tokens }
}
