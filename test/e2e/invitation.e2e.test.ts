import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formReady, signIn } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox'

const admin = { email: 'inviting-admin@example.test', password: 'inviting-admin-passphrase' }

/**
 * An administrator invites a new person from the admin, as a press office would on its first day: the
 * real production server, with its job runner, sending through an SMTP server this test runs.
 */
describe('inviting a new user', () => {
  let inbox: SmtpInbox
  let server: ServerProcess
  let browser: Browser
  let baseUrl: string
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-invite-'))

  beforeAll(async () => {
    inbox = await startSmtpInbox()
    const port = 3900 + Math.floor(Math.random() * 40)
    server = await startServerProcess({ port, env: { DATABASE_URI: `file:${path.join(dir, 'invite.db')}`, SEED_DEMO: 'false', SMTP_URL: inbox.url } })
    // SERVER_URL's own host: the admin's cookie-authenticated saves need it (CSRF).
    baseUrl = server.url.replace('//127.0.0.1:', '//localhost:')
    const registered = await fetch(`${baseUrl}/api/users/first-register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    expect(registered.status).toBe(200)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await inbox?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates an account without a password; the person sets one from the e-mail and is signed in', async () => {
    const { context } = await newLocalContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await signIn(page, baseUrl, admin)
    await page.goto(`${baseUrl}/admin/collections/users/create`)
    await formReady(page)
    await page.fill('#field-email', 'new.translator@example.test')
    await page.fill('#field-name', 'Nadia')
    await page.locator('#field-sendInvitation').check()
    // The password inputs give way to the invitation.
    await page.locator('#field-password').waitFor({ state: 'hidden' })
    await Promise.all([page.waitForURL(/\/admin\/collections\/users\/\d+/), page.click('#action-save')])
    await context.close()

    const mail = await inbox.waitFor('new.translator@example.test')
    expect(mail.subject).toBe('Your account for the Statements CMS')
    expect(mail.text).toContain('Hello Nadia,')
    const link = /http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]+/.exec(mail.text)?.[0]
    expect(link, mail.text).toBeTruthy()

    const invited = await newLocalContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    const invitee = await invited.context.newPage()
    await invitee.goto(link!)
    await formReady(invitee)
    await invitee.fill('#field-password', 'nadias-own-passphrase')
    await invitee.fill('#field-confirm-password', 'nadias-own-passphrase')
    await Promise.all([invitee.waitForURL((url) => url.pathname === '/admin'), invitee.click('form button[type="submit"]')])
    await invitee.locator('.dashboard').waitFor()
    await invited.context.close()

    const login = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'new.translator@example.test', password: 'nadias-own-passphrase' }) })
    expect(login.status).toBe(200)
    expect(errors).toEqual([])
  })
})
