import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, newLocalContext } from '../helpers/browser'
import { demoStatementUrls } from '../helpers/demoStatementUrls'

const baseUrl = inject('baseUrl')
const bothLanguages = demoStatementUrls('norland-detained-citizen')
const englishOnly = demoStatementUrls('norland-fishing-zone-comment')

const switcher = (page: Page, name: 'Язык' | 'Language') => page.getByRole('navigation', { name, exact: true })
const pathOf = (page: Page) => new URL(page.url()).pathname
const langCookie = async (context: BrowserContext) => (await context.cookies(baseUrl)).find((cookie) => cookie.name === 'lang')?.value

describe('reader', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    expect(bothLanguages.status).toBe('published')
    expect(englishOnly.status).toBe('en-only')
    browser = await launchBrowser()
    ;({ context } = await newLocalContext(browser, { locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru' } }))
    page = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('lands on the Russian home from / with Accept-Language: ru', async () => {
    await page.goto(`${baseUrl}/`)
    expect(pathOf(page)).toBe('/ru/')
    expect(await page.getAttribute('html', 'lang')).toBe('ru-RU')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Последние заявления')
  })

  it('opens a statement published in both languages from the Russian home at its Russian URL', async () => {
    await page.goto(`${baseUrl}/ru/`)
    await Promise.all([page.waitForURL(`**${bothLanguages.path.ru}`), page.getByRole('link', { name: bothLanguages.title.ru, exact: true }).click()])
    expect(pathOf(page)).toBe(bothLanguages.path.ru)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(bothLanguages.title.ru)
  })

  it('switches to English with «English» in the switcher: the English version at its own slug, remembered in the lang cookie', async () => {
    await page.goto(`${baseUrl}${bothLanguages.path.ru}`)
    const english = switcher(page, 'Язык').getByRole('link', { name: 'English', exact: true })
    await Promise.all([page.waitForURL(`**${bothLanguages.path.en}`), english.click()])
    expect(pathOf(page)).toBe(bothLanguages.path.en)
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(bothLanguages.title.en)
    expect(await langCookie(context)).toBe('en')
    // The choice outranks Accept-Language: ru from now on.
    await page.goto(`${baseUrl}/`)
    expect(pathOf(page)).toBe('/en/')
  })

  it('leads back to the Russian version from «Русский» in the English switcher', async () => {
    await page.goto(`${baseUrl}${bothLanguages.path.en}`)
    const russian = switcher(page, 'Language').getByRole('link', { name: 'Русский', exact: true })
    await Promise.all([page.waitForURL(`**${bothLanguages.path.ru}`), russian.click()])
    expect(pathOf(page)).toBe(bothLanguages.path.ru)
    expect(await page.getAttribute('html', 'lang')).toBe('ru-RU')
    expect(await langCookie(context)).toBe('ru')
  })

  it('shows no Russian link in the switcher of a statement published only in English', async () => {
    const response = await page.goto(`${baseUrl}${englishOnly.path.en}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(englishOnly.title.en)
    const nav = switcher(page, 'Language')
    expect(await nav.getByRole('link').allTextContents()).toEqual(['English'])
    expect(await nav.textContent()).toContain('Русский (not available)')
    // Nowhere else on the page (also-available line, hreflang alternates) may point to a Russian version.
    expect(await page.locator('[hreflang="ru-RU"]').count()).toBe(0)
  })

  it('answers the Russian URL of an English-only statement with a 404 page in Russian', async () => {
    const response = await page.goto(`${baseUrl}${englishOnly.path.ru}`)
    expect(response?.status()).toBe(404)
    expect(await page.getAttribute('html', 'lang')).toBe('ru-RU')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Страница не найдена')
    expect(await page.content()).not.toContain(englishOnly.title.ru)
  })
})
