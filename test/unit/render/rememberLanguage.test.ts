import { afterEach, describe, expect, it, vi } from 'vitest'

/** rememberLanguage as loaded under a given SERVER_URL (env is read once, when first imported). */
const loadWith = async (serverUrl: string) => {
  vi.resetModules()
  vi.stubEnv('SERVER_URL', serverUrl)
  vi.stubEnv('PAYLOAD_SECRET', 'a-secret-for-the-unit-tests-only')
  return import('../../../src/render/controllers/rememberLanguage')
}

describe('the language cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is Secure when the site is served over https', async () => {
    const { languageCookieFor } = await loadWith('https://press.example.org')
    expect(languageCookieFor('GET', '/ru/', undefined)).toBe('lang=ru; Max-Age=31536000; Path=/; SameSite=Lax; Secure')
  })

  it('is not Secure over plain http, where the browser would drop it', async () => {
    const { languageCookieFor } = await loadWith('http://localhost:3000')
    expect(languageCookieFor('GET', '/ru/', undefined)).toBe('lang=ru; Max-Age=31536000; Path=/; SameSite=Lax')
  })
})
