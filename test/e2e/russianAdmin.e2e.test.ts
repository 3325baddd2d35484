import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createAccount, formReady, signIn, switchAdminLanguage } from '../helpers/admin'
import { launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const editor = { email: 'russian-admin-editor@example.test', password: 'russian-admin-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }

/** Grammar and dates of the admin in Russian: what Payload's own strings got wrong. */
describe('the Russian admin', () => {
  let browser: Browser
  let context: BrowserContext
  let statementId = 0

  beforeAll(async () => {
    browser = await launchBrowser()
    await createAccount(browser, baseUrl, editor, async (request) => {
      const statements = await request.get(`${baseUrl}/api/statements?limit=1&depth=0&locale=en-GB`)
      statementId = ((await statements.json()) as { docs: { id: number }[] }).docs[0]!.id
    })
    ;({ context } = await newLocalContext(browser, { locale: 'ru-RU', viewport: { width: 1280, height: 1000 } }))
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('offers to publish the Russian version in Russian grammar, and dates read as people write them', async () => {
    const page = await context.newPage()
    await signIn(page, baseUrl, editor)
    await switchAdminLanguage(page, baseUrl, 'Русский', 'Язык')
    await page.goto(`${baseUrl}/admin/collections/statements/${statementId}?locale=ru-RU`)
    await formReady(page)
    await page.getByRole('button', { name: 'Опубликовать (Русский)' }).waitFor()
    expect(await page.getByText(/на Русский/).count()).toBe(0)

    await page.goto(`${baseUrl}/admin/collections/statements`)
    const search = page.locator('.search-filter input')
    expect(await search.getAttribute('placeholder')).toBe('Поиск: Заголовок или Адрес (slug)')
    // The table shows "Загрузка..." until its rows arrive.
    const updated = page.locator('tbody tr').first().locator('td.cell-updatedAt')
    await updated.filter({ hasText: /\d{4}/ }).waitFor()
    expect(await updated.innerText()).toMatch(/^\d{1,2} [а-я]+ \d{4}, \d\d:\d\d$/)
  })
})
