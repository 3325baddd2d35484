import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createAccount, formReady, signIn } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const editor = { email: 'new-documents-editor@example.test', password: 'new-documents-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }

describe('the content language of a new document in the admin', () => {
  let browser: Browser
  let context: BrowserContext
  let token = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    token = await createAccount(browser, baseUrl, editor)
    ;({ context } = await newLocalContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 1000 } }))
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('opens "Create new" in English after the editor worked on a person in Russian, and saves the English name', async () => {
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await signIn(page, baseUrl, editor)
    const people = await page.request.get(`${baseUrl}/api/people?limit=1&depth=0`)
    const person = ((await people.json()) as { docs: { id: number }[] }).docs[0]!
    await page.goto(`${baseUrl}/admin/collections/people/${person.id}?locale=ru-RU`)
    await formReady(page)
    // The list remembers Russian (Payload's stored preference); its "Create new" must not.
    await page.goto(`${baseUrl}/admin/collections/topics`)
    await page.locator('a[href^="/admin/collections/topics/create"]').first().click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/topics/create' && url.searchParams.get('locale') === 'en-GB')
    await formReady(page)
    await page.fill('#field-name', 'Deep-sea cables')
    await Promise.all([page.waitForURL((url) => /^\/admin\/collections\/topics\/\d+$/.test(url.pathname)), page.locator('#action-save').click()])
    const id = new URL(page.url()).pathname.split('/').pop()
    const stored = await page.request.get(`${baseUrl}/api/topics/${id}?locale=all&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(((await stored.json()) as { name: Record<string, string> }).name).toEqual({ 'en-GB': 'Deep-sea cables' })
    expect(errors).toEqual([])
  })

  it('refuses a new person named in Russian only, saying the default language is needed', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/collections/people/create?locale=ru-RU`)
    await formReady(page)
    await page.fill('#field-name', 'Марта Вессель')
    await page.locator('#action-save').click()
    await page.getByText(/The following field is invalid: name|default language \(English, en-GB\)/).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/collections/people/create')
    const found = await page.request.get(`${baseUrl}/api/people?where[name][equals]=Марта Вессель&locale=ru-RU&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(((await found.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })
})
