import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createAccount, formReady, signIn } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const editor = { email: 'times-editor@example.test', password: 'times-editor-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }
const title = 'Statement on the summer opening of the Harrow Gate crossing'

/**
 * The server runs with SITE_TIMEZONE=Europe/London (globalSetup), an hour ahead of UTC in July;
 * the editor's browser is on UTC. What the editor types is what readers see.
 */
describe('times in the admin', () => {
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchBrowser()
    await createAccount(browser, baseUrl, editor)
    ;({ context } = await newLocalContext(browser, { locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 1000 } }))
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('takes and shows a publication time in the site’s zone, says which, and readers see the same time', async () => {
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}/admin/collections/statements/create`)
    await formReady(page)
    await page.fill('#field-title', title)
    const publishedAt = page.locator('#field-publishedAt')
    expect(await publishedAt.innerText()).toContain('London (Europe/London)')
    await publishedAt.locator('.date-time-picker input').fill('15 July 2026 16:30')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Publish in English' }).click()
    await page.locator('.doc-controls__status', { hasText: 'Published' }).or(page.getByText('Status:Published')).first().waitFor()

    await page.reload()
    await formReady(page)
    expect(await page.locator('#field-publishedAt .date-time-picker input').inputValue()).toBe('15 July 2026 16:30')

    const id = new URL(page.url()).pathname.split('/').pop()
    const stored = await page.request.get(`${baseUrl}/api/statements/${id}?locale=en-GB&depth=0`)
    const doc = (await stored.json()) as { slug: string; publishedAt: string }
    expect(doc.publishedAt).toBe('2026-07-15T15:30:00.000Z')
    await page.goto(`${baseUrl}/en/statements/${doc.slug}`)
    expect(await page.locator('main time').first().innerText()).toBe('15 July 2026 16:30')
    expect(errors).toEqual([])
  })
})
