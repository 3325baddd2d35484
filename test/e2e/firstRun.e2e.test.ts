import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { firstUser, formReady, hasUsers, switchAdminLanguage } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext, type OutsideRequests } from '../helpers/browser'

/**
 * The admin at SERVER_URL's own host: Payload's CSRF list holds only SERVER_URL
 * (http://localhost:PORT), so from 127.0.0.1 every cookie-authenticated API call
 * (saving, logging out) would count as anonymous.
 */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const pathOf = (page: Page) => new URL(page.url()).pathname

describe('first run', () => {
  let browser: Browser
  let context: BrowserContext
  let outside: OutsideRequests
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ context, outside } = await newLocalContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } }))
    page = await context.newPage()
    errors = collectPageErrors(page)
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('creates the first user from /admin and lands on the dashboard', async () => {
    // The suite shares one server: when another file already made a user, sign in as this one instead.
    const initialized = await hasUsers(page.request, baseUrl)
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(initialized ? '**/admin/login' : '**/admin/create-first-user')
    await formReady(page)
    // The first account becomes an administrator, and the form says so (it said "Roles: Editor").
    if (!initialized) expect(await page.locator('#field-roles').innerText()).toContain('Administrator')
    await page.fill('#field-email', firstUser.email)
    await page.fill('#field-password', firstUser.password)
    if (!initialized) await page.fill('#field-confirm-password', firstUser.password)
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.click('form button[type="submit"]')])
    await page.locator('.dashboard').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('link', { name: 'Statements', exact: true }).first().waitFor()
  })

  it('switches the admin to Russian from the Language select on the account page', async () => {
    await switchAdminLanguage(page, baseUrl, 'Русский', 'Язык')
    await page.goto(`${baseUrl}/admin`)
    await page.locator('.dashboard').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    await page.getByRole('link', { name: 'Заявления', exact: true }).first().waitFor()
    expect(await page.locator('.dashboard').innerText()).toContain('Заявления')
  })

  it('logs out back to the login form', async () => {
    await page.goto(`${baseUrl}/admin/logout`)
    await page.waitForURL('**/admin/login**')
    await page.locator('#field-email').waitFor()
    expect(pathOf(page)).toBe('/admin/login')
  })

  it('logged no console errors and requested nothing outside localhost on the way', () => {
    expect(errors, 'console errors').toEqual([])
    expect(outside.urls, 'requests to other hosts').toEqual([])
  })
})
