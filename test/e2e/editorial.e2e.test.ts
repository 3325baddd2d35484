import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminToken, formReady, signIn, switchAdminLanguage } from '../helpers/admin'
import { collectPageErrors, launchBrowser, newLocalContext } from '../helpers/browser'

/** The admin at SERVER_URL's own host (see firstRun.e2e.test.ts: CSRF holds only SERVER_URL). */
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:')

const editor = { email: 'editor-journey@example.test', password: 'editor-journey-passphrase', roles: ['editor'], languages: ['en-GB', 'ru-RU'] }
const translator = { email: 'translator-journey@example.test', password: 'translator-journey-passphrase', roles: ['translator'], languages: ['ru-RU'] }
const title = { en: 'Answer to a media question on the first meeting of the Oster River commission', ru: 'Ответ на вопрос СМИ о первом заседании комиссии по реке Остер' }

const editorBody = (page: Page) => page.locator('.rich-text-lexical [contenteditable="true"]').first()

/** Types a slash command in the body and inserts the block it offers. */
const insertBlock = async (page: Page, command: string) => {
  await editorBody(page).locator('> p').last().click()
  await page.keyboard.type(`/${command}`)
  await page.locator('.slash-menu-popup__item--selected').waitFor()
  await page.keyboard.press('Enter')
}

/** Picks an option in one of Payload's relationship selects by typing part of its label. */
const pick = async (page: Page, field: ReturnType<Page['locator']>, text: string) => {
  await field.locator('.rs__control').click()
  await page.keyboard.type(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

describe('editorial journeys in the admin', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  let statementPath = ''

  const newPage = async (locale: string) => {
    const { context } = await newLocalContext(browser, { locale, viewport: { width: 1280, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    const { page } = await newPage('en-GB')
    const token = await adminToken(page.request, baseUrl)
    for (const account of [editor, translator]) {
      const response = await page.request.post(`${baseUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
      expect([201, 400]).toContain(response.status())
    }
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  it('journey 2: an editor writes an English Q&A statement with a speaker and a topic and publishes it', async () => {
    const { page, errors } = await newPage('en-GB')
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}/admin/collections/statements/create`)
    await formReady(page)
    await page.fill('#field-title', title.en)
    await page.fill('#field-summary', 'The spokesperson on when and where the new commission first meets.')
    await editorBody(page).click()
    await page.keyboard.type('The spokesperson answered a question at the weekly briefing.')
    await page.keyboard.press('Enter')
    await insertBlock(page, 'questi')
    await page.locator('.rich-text-lexical #field-asker').fill('Kestrian Daily Courier')
    await page.locator('.rich-text-lexical textarea#field-text').first().fill('When will the Oster River commission first meet?')
    await insertBlock(page, 'answ')
    await page.locator('.rich-text-lexical textarea#field-text').nth(1).fill('In January, in Aldmere; the agenda will be published a week before.')
    await pick(page, page.locator('.rich-text-lexical .field-type.relationship').first(), 'Ferrane')
    // The first date picker in the sidebar is the publication date (the release time follows it).
    await page.locator('.date-time-picker input').first().fill('28 November 2026 10:00')
    await page.keyboard.press('Escape')
    await pick(page, page.locator('#field-speakers'), 'Ferrane')
    await pick(page, page.locator('#field-topics'), 'Oster')
    await page.getByRole('button', { name: 'Publish in English' }).click()
    await page.locator('.doc-controls__status', { hasText: 'Published' }).or(page.getByText('Status:Published')).first().waitFor()
    statementPath = new URL(page.url()).pathname
    expect(statementPath).toMatch(/^\/admin\/collections\/statements\/\w+$/)

    const home = await page.request.get(`${baseUrl}/en/`)
    expect(await home.text()).toContain(title.en)
    await page.goto(`${baseUrl}/en/`)
    await page.getByRole('link', { name: title.en }).click()
    await page.locator('h1', { hasText: title.en }).waitFor()
    expect(await page.locator('main').innerText()).toMatch(/When will the Oster River commission first meet\?[\s\S]*In January, in Aldmere/)
    expect(errors).toEqual([])
  })

  it('journey 3: a translator translates side by side in a Russian admin and sends it for review, without a way to publish', async () => {
    const { page, errors } = await newPage('ru-RU')
    await signIn(page, baseUrl, translator)
    await switchAdminLanguage(page, baseUrl, 'Русский', 'Язык')
    await page.goto(`${baseUrl}${statementPath}?locale=ru-RU`)
    await formReady(page)
    await page.getByRole('link', { name: 'Рядом с оригиналом' }).click()
    const sideBySide = page.getByTestId('side-by-side')
    await sideBySide.waitFor()
    expect(await sideBySide.innerText()).toContain('When will the Oster River commission first meet?')
    await page.getByLabel('Заголовок (ru-RU)').fill(title.ru)
    await page.getByLabel('Краткое содержание (ru-RU)').fill('Официальный представитель о том, когда и где впервые соберётся новая комиссия.')
    // Rows are numbered by their place in the body; find them by what they are.
    const row = (kind: string) => sideBySide.locator(`tr[data-kind="${kind}"]`).first()
    await row('paragraph').getByRole('textbox', { name: /^Абзац \d+ \(ru-RU\)$/ }).fill('Официальный представитель ответил на вопрос на еженедельном брифинге.')
    await row('question').getByRole('textbox', { name: /^Кто спрашивает/ }).fill('«Кестрийский ежедневный курьер»')
    await row('question').getByRole('textbox', { name: /^Вопрос/ }).fill('Когда впервые соберётся комиссия по реке Остер?')
    await row('answer').getByRole('textbox', { name: /^Ответ/ }).fill('В январе, в Альдмере; повестка будет опубликована за неделю.')
    await page.getByRole('button', { name: 'Сохранить черновик' }).click()
    await page.getByText('Черновик сохранён').waitFor()

    await page.goto(`${baseUrl}${statementPath}?locale=ru-RU`)
    await formReady(page)
    const panel = page.getByTestId('translations-panel')
    await panel.locator('[data-status="in-translation"]').waitFor()
    expect(await page.getByTestId('translator-publish-note').innerText()).toContain('Публикует редактор')
    await expect(page.getByRole('button', { name: /Опубликовать/ }).count()).resolves.toBe(0)
    await panel.getByRole('button', { name: 'Отправить на проверку' }).click()
    await panel.locator('[data-status="in-review"]').waitFor()
    expect(await panel.getByRole('button', { name: 'Утвердить' }).count()).toBe(0)
    // Nothing of the translation is public yet.
    expect((await page.request.get(`${baseUrl}/ru/statements/otvet-na-vopros-smi-o-pervom-zasedanii-komissii-po-reke-oster`)).status()).toBe(404)
    expect(errors.filter((error) => !/403|Forbidden/.test(error))).toEqual([])
  })

  it('journey 3, continued: the editor approves the Russian translation and publishes it', async () => {
    const { page, errors } = await newPage('en-GB')
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}${statementPath}?locale=ru-RU`)
    await formReady(page)
    const panel = page.getByTestId('translations-panel')
    await panel.getByRole('button', { name: 'Approve' }).click()
    await panel.locator('[data-status="approved"]').waitFor()
    await page.getByRole('button', { name: 'Publish in Russian' }).click()
    await page.locator('.doc-controls__status', { hasText: 'Published' }).or(page.getByText('Status:Published')).first().waitFor()
    // The panel follows the save without a reload.
    await panel.locator('[data-status="published"]').waitFor({ timeout: 10_000 })
    await page.goto(`${baseUrl}/ru/`)
    await page.getByRole('link', { name: title.ru }).click()
    await page.locator('h1', { hasText: title.ru }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/ru/statements/otvet-na-vopros-smi-o-pervom-zasedanii-komissii-po-reke-oster')
    expect(await page.locator('main').innerText()).toContain('Когда впервые соберётся комиссия по реке Остер?')
    expect(errors).toEqual([])
  })

  it('warns an editor whose open English form was saved meanwhile by someone else, instead of overwriting their save', async () => {
    const { page } = await newPage('en-GB')
    await signIn(page, baseUrl, editor)
    await page.goto(`${baseUrl}${statementPath}?locale=en-GB`)
    await formReady(page)
    // Someone else saves the English version through the API while this form is open.
    const token = await adminToken(page.request, baseUrl)
    const id = statementPath.split('/').pop()
    const other = await page.request.patch(`${baseUrl}/api/statements/${id}?locale=en-GB&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
      data: { summary: 'Saved by someone else meanwhile.', _status: 'draft' },
    })
    expect(other.status()).toBe(200)
    await page.fill('#field-title', `${title.en}, edited in a stale form`)
    await page.getByText(/Someone else saved the en-GB version since you opened it/).first().waitFor()
    const stored = await page.request.get(`${baseUrl}/api/statements/${id}?locale=en-GB&draft=true&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    const doc = (await stored.json()) as { title: string; summary: string }
    expect(doc).toMatchObject({ title: title.en, summary: 'Saved by someone else meanwhile.' })
  })

  it('releases an embargoed statement at its instant through the server\'s own job runner', async () => {
    const { page } = await newPage('en-GB')
    const login = await page.request.post(`${baseUrl}/api/users/login`, { data: editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const created = await page.request.post(`${baseUrl}/api/statements?locale=en-GB&draft=true`, {
      headers,
      data: { title: 'Embargoed statement on the Oster River commission', kind: 'statement', publishedAt: '2026-11-28T12:00:00.000Z', _status: 'draft' },
    })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const releaseAt = Date.now() + 5000
    const scheduled = await page.request.patch(`${baseUrl}/api/statements/${doc.id}?locale=en-GB&draft=true`, { headers, data: { releaseAt: new Date(releaseAt).toISOString(), _status: 'draft' } })
    expect(scheduled.status()).toBe(200)
    const status = async () => (await page.request.get(`${baseUrl}/en/statements/${doc.slug}`, { maxRedirects: 0 })).status()
    while (Date.now() < releaseAt - 1000) expect(await status()).toBe(404)
    // The runner checks every second; allow it two more to publish and the page cache to hear of it.
    let visibleAt = 0
    while (!visibleAt && Date.now() < releaseAt + 5000) if ((await status()) === 200) visibleAt = Date.now()
    expect(visibleAt, 'the statement went public').toBeGreaterThan(0)
    expect(visibleAt - releaseAt).toBeLessThan(3000)
  })
})
