import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminToken, formReady, signIn, switchAdminLanguage } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const editor = { email: 'queue-editor@example.test', password: 'queue-editor-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }
const translator = { email: 'queue-translator@example.test', password: 'queue-translator-passphrase', roles: ['translator'], languages: ['ru-RU'] }
const title = { en: 'Statement on the Varn ferry timetable (queue)', ru: 'Заявление о расписании Варнского парома (очередь)' }

describe('the translation queue in the admin', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  let statementId = 0
  let recordId = 0

  const newPage = async (locale: string) => {
    const { context } = await newLocalContext(browser, { locale, viewport: { width: 1280, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }
  const api = async (page: Page, account: { email: string; password: string }) => {
    const login = await page.request.post(`${baseUrl}/api/users/login`, { data: account })
    return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    const { page } = await newPage('en-GB')
    const token = await adminToken(page.request, baseUrl)
    for (const account of [editor, translator]) {
      const response = await page.request.post(`${baseUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
      expect([201, 400]).toContain(response.status())
    }
    const created = await page.request.post(`${baseUrl}/api/statements?locale=en-GB&draft=true`, {
      headers: await api(page, editor),
      data: { title: title.en, kind: 'statement', publishedAt: '2026-11-28T12:00:00.000Z', _status: 'draft' },
    })
    statementId = ((await created.json()) as { doc: { id: number } }).doc.id
    const asTranslator = await api(page, translator)
    expect((await page.request.patch(`${baseUrl}/api/statements/${statementId}?locale=ru-RU&draft=true`, { headers: asTranslator, data: { title: title.ru, _status: 'draft' } })).status()).toBe(200)
    const records = await page.request.get(`${baseUrl}/api/translations?where[statement][equals]=${statementId}&depth=0`, { headers: asTranslator })
    recordId = ((await records.json()) as { docs: { id: number }[] }).docs[0]!.id
    expect((await page.request.patch(`${baseUrl}/api/translations/${recordId}`, { headers: asTranslator, data: { status: 'in-review' } })).status()).toBe(200)
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  it('opens a queued translation side by side in the translator’s language, with a link to the statement', async () => {
    const { page, errors } = await newPage('ru-RU')
    await signIn(page, baseUrl, translator)
    await switchAdminLanguage(page, baseUrl, 'Русский', 'Язык')
    await page.goto(`${baseUrl}/admin`)
    await page.getByRole('navigation', { name: 'Переводы, требующие внимания' }).getByText('ru-RU · На проверке').click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/translations')
    const row = page.locator('tbody tr', { hasText: /Варнского парома|Varn ferry/ })
    await row.locator('a').first().click()
    await page.waitForURL((url) => url.pathname.endsWith('/side-by-side'))
    const url = new URL(page.url())
    expect(url.pathname).toBe(`/admin/collections/statements/${statementId}/side-by-side`)
    expect(url.searchParams.get('target')).toBe('ru-RU')
    const sideBySide = page.getByTestId('side-by-side')
    await sideBySide.waitFor()
    expect(await sideBySide.locator('thead').innerText()).toMatch(/en-GB[\s\S]*ru-RU/)
    expect(await page.getByLabel('Заголовок (ru-RU)').inputValue()).toBe(title.ru)
    const link = page.getByTestId('statement-link')
    expect(await link.getAttribute('href')).toBe(`/admin/collections/statements/${statementId}?locale=ru-RU`)
    expect(await link.innerText()).toContain(title.en)
    expect(errors).toEqual([])
  })

  it('lets the editor approve while the translator has the translation record open and touched', async () => {
    const { page: translatorPage } = await newPage('ru-RU')
    await signIn(translatorPage, baseUrl, translator)
    await translatorPage.goto(`${baseUrl}/admin/collections/translations/${recordId}`)
    await formReady(translatorPage)
    // Touching a field is what makes Payload's edit view take the document's lock, in the form state it asks the server for.
    await translatorPage.locator('#field-status .rs__control').click()
    await Promise.all([
      translatorPage.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname.startsWith('/admin')),
      translatorPage.locator('.rs__option').first().click(),
    ])

    const { page, errors } = await newPage('en-GB')
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}/admin/collections/statements/${statementId}?locale=ru-RU`)
    await formReady(page)
    const panel = page.getByTestId('translations-panel')
    await panel.getByRole('button', { name: 'Approve' }).click()
    await panel.locator('[data-status="approved"]').waitFor({ timeout: 10_000 })
    expect(await page.getByText(/locked by another user/).count()).toBe(0)
    expect(errors).toEqual([])
  })
})
