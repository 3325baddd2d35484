import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminToken, formReady, signIn } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')
const screenshotDir = path.join(process.cwd(), 'test-results', 'screenshots')

const editor = { email: 'details-editor@example.test', password: 'details-editor-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }
const translator = { email: 'details-translator@example.test', password: 'details-translator-passphrase', roles: ['translator'], languages: ['ru-RU'] }
const title = 'Statement on the opening of the Tarn valley archive'

/** What the admin shows for an instant in the site's zone (SITE_TIMEZONE=Europe/London in globalSetup). */
const londonDay = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(instant)

describe('details of the admin an editor and a translator meet on day one', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  let statementId = 0
  const releaseAt = new Date(Date.now() + 3 * 24 * 3600_000)

  const newPage = async (width: number) => {
    const { context } = await newLocalContext(browser, { locale: 'en-GB', viewport: { width, height: 900 } })
    contexts.push(context)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    // Set up through a context of its own: signing in through the API leaves a session cookie behind.
    const setup = await newLocalContext(browser)
    contexts.push(setup.context)
    const request = setup.context.request
    const token = await adminToken(request, baseUrl)
    for (const account of [editor, translator]) {
      const response = await request.post(`${baseUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
      expect([201, 400]).toContain(response.status())
    }
    const login = await request.post(`${baseUrl}/api/users/login`, { data: editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const created = await request.post(`${baseUrl}/api/statements?locale=en-GB&draft=true`, {
      headers,
      data: { title, kind: 'statement', publishedAt: '2026-11-28T12:00:00.000Z', _status: 'draft' },
    })
    statementId = ((await created.json()) as { doc: { id: number } }).doc.id
    const scheduled = await request.patch(`${baseUrl}/api/statements/${statementId}?locale=en-GB&draft=true`, { headers, data: { releaseAt: releaseAt.toISOString(), _status: 'draft' } })
    expect(scheduled.status()).toBe(200)
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  it('says an embargoed statement is scheduled, and for when, in its header and in the list', async () => {
    const { page, errors } = await newPage(1280)
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}/admin/collections/statements/${statementId}`)
    await formReady(page)
    const header = page.locator('.doc-controls')
    await header.getByTestId('scheduled-status').waitFor()
    expect(await header.innerText()).toContain(`Scheduled for ${londonDay(releaseAt)}`)
    // Payload's own "Status: Draft" is hidden beside it.
    expect(await header.locator('.status').isVisible()).toBe(false)
    await page.goto(`${baseUrl}/admin/collections/statements`)
    const row = page.locator('tbody tr', { hasText: title })
    expect(await row.innerText()).toContain(`Scheduled for ${londonDay(releaseAt)}`)
    expect(errors).toEqual([])
  })

  for (const width of [1280, 390]) {
    it(`keeps the translator's note inside the header bar at ${width} px`, async () => {
      const { page } = await newPage(width)
      await signIn(page, baseUrl, translator)
      await page.goto(`${baseUrl}/admin/collections/statements/${statementId}?locale=ru-RU`)
      await formReady(page)
      const note = page.getByTestId('translator-publish-note')
      await note.waitFor()
      mkdirSync(screenshotDir, { recursive: true })
      await page.screenshot({ path: path.join(screenshotDir, `admin-translator-note-${width}.png`) })
      const inside = await page.evaluate(() => {
        const noteBox = document.querySelector('[data-testid="translator-publish-note"]')!.getBoundingClientRect()
        const bar = document.querySelector('.doc-controls__controls-wrapper')!.getBoundingClientRect()
        return { noteBox: noteBox.toJSON(), bar: bar.toJSON(), pageWidth: document.documentElement.scrollWidth }
      })
      expect(inside.noteBox.top, JSON.stringify(inside)).toBeGreaterThanOrEqual(inside.bar.top)
      expect(inside.noteBox.bottom, JSON.stringify(inside)).toBeLessThanOrEqual(inside.bar.bottom)
      expect(inside.noteBox.right, JSON.stringify(inside)).toBeLessThanOrEqual(Math.min(inside.bar.right, width))
      expect(inside.pageWidth).toBeLessThanOrEqual(width)
    })
  }
})

