import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, newLocalContext } from '../helpers/browser'
import { demoStatementUrls } from '../helpers/demoStatementUrls'
import { type DemoStatement, demoStatements } from '../../src/seed/demoContent'
import { pageSize } from '../../src/render/controllers/listing'

const baseUrl = inject('baseUrl')

type Lang = 'en' | 'ru'

/** Demo statements a reader can see in a language: published in both, or English-only in English. */
const visibleIn = (lang: Lang) => demoStatements.filter((s) => s.status === 'published' || (s.status === 'en-only' && lang === 'en'))
const titlesOf = (statements: DemoStatement[], lang: Lang) => statements.map((s) => demoStatementUrls(s.key).title[lang]).sort()

/** What the journey expects in each language; labels and messages are the page's own words. */
const copy = {
  en: {
    kindLabel: 'Answer to a media question',
    apply: 'Show',
    total: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
    searchButton: 'Search',
    // An inflected form of "agreement", which the demo statements use.
    searchWord: 'agreements',
    markStem: 'agreement',
    nonsense: 'qzxvvjk',
    empty: 'Nothing was found for “qzxvvjk”.',
    badRequest: 'Bad request',
    badKind: 'The value given for “kind” cannot be used. Check the address or clear the filters.',
  },
  ru: {
    kindLabel: 'Ответ на вопрос СМИ',
    apply: 'Показать',
    total: (n: number) => `${n} ${{ one: 'заявление', few: 'заявления' }[new Intl.PluralRules('ru').select(n) as string] ?? 'заявлений'}`,
    searchButton: 'Найти',
    // Dative case; the statements say «соглашение», «соглашения»: only stemming finds them.
    searchWord: 'соглашению',
    markStem: 'соглашени',
    nonsense: 'щщъыйх',
    empty: 'По запросу «щщъыйх» ничего не найдено.',
    badRequest: 'Неверный запрос',
    badKind: 'Значение параметра «kind» не подходит. Проверьте адрес или сбросьте отбор.',
  },
} as const

const kind: DemoStatement['kind'] = 'answer-to-media-question'
const topic = 'kestria'
const person = { key: 'minister', slug: 'irena-valdis' }

const listedTitles = async (page: Page) => (await page.locator('ol.statement-list > li h2 a').allTextContents()).sort()

describe('archive and search (journey 6)', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ context } = await newLocalContext(browser))
    page = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  for (const lang of ['en', 'ru'] as const) {
    const words = copy[lang]

    describe(`in ${lang}`, () => {
      it('filters the archive by kind with its own form: the URL carries the filter and every listed statement is of that kind', async () => {
        expect((await page.goto(`${baseUrl}/${lang}/statements`))?.status()).toBe(200)
        await page.locator('#filter-kind').selectOption(kind)
        await Promise.all([page.waitForURL((url) => url.searchParams.get('kind') === kind), page.getByRole('button', { name: words.apply, exact: true }).click()])
        const url = new URL(page.url())
        expect(url.pathname).toBe(`/${lang}/statements`)
        expect(url.searchParams.get('kind')).toBe(kind)
        const expected = visibleIn(lang).filter((s) => s.kind === kind)
        expect(expected.length).toBeGreaterThan(0)
        expect(await listedTitles(page)).toEqual(titlesOf(expected, lang))
        const kinds = await page.locator('ol.statement-list > li .kind').allTextContents()
        expect(kinds.length).toBe(expected.length)
        for (const label of kinds) expect(label).toBe(words.kindLabel)
        // The form shows the filter it applied.
        expect(await page.locator('#filter-kind').inputValue()).toBe(kind)
      })

      it('narrows by topic and speaker together: exactly the demo statements with both, and the true total', async () => {
        await page.goto(`${baseUrl}/${lang}/statements`)
        await page.locator('#filter-topic').selectOption(topic)
        await page.locator('#filter-person').selectOption(person.slug)
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get('topic') === topic && url.searchParams.get('person') === person.slug),
          page.getByRole('button', { name: words.apply, exact: true }).click(),
        ])
        const expected = visibleIn(lang).filter((s) => s.topics.includes(topic) && s.speakers.includes(person.key))
        expect(expected.length).toBeGreaterThan(1)
        expect(await listedTitles(page)).toEqual(titlesOf(expected, lang))
        expect(await page.locator('.list-footer .total').textContent()).toBe(words.total(expected.length))
      })

      it(`shows one page honestly: fewer statements than a page of ${pageSize}, no pagination, the true total, page 2 is a 404`, async () => {
        // Other browser tests share this server and publish statements of their own: count what is public now.
        const code = lang === 'en' ? 'en-GB' : 'ru-RU'
        const live = (await (await page.request.get(`${baseUrl}/api/statements?locale=${code}&limit=1&depth=0`)).json()) as { totalDocs: number }
        expect(live.totalDocs).toBeGreaterThanOrEqual(visibleIn(lang).length)
        // If the content ever outgrows one page, this test must follow a pagination link instead.
        expect(live.totalDocs).toBeLessThanOrEqual(pageSize)
        await page.goto(`${baseUrl}/${lang}/statements`)
        expect(await page.locator('nav.pagination').count()).toBe(0)
        expect(await page.locator('ol.statement-list > li').count()).toBe(live.totalDocs)
        expect(await page.locator('.list-footer .total').textContent()).toBe(words.total(live.totalDocs))
        expect((await page.goto(`${baseUrl}/${lang}/statements?page=2`))?.status()).toBe(404)
        expect(await page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en-GB' : 'ru-RU')
      })

      it(`finds statements with the search form from an inflected word («${words.searchWord}») and highlights the matches`, async () => {
        await page.goto(`${baseUrl}/${lang}/search`)
        await page.locator('#search-q').fill(words.searchWord)
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/${lang}/search` && url.searchParams.get('q') === words.searchWord),
          page.getByRole('button', { name: words.searchButton, exact: true }).click(),
        ])
        const results = page.locator('ol.search-results > li')
        const count = await results.count()
        expect(count).toBeGreaterThan(0)
        // The water agreement is about nothing else.
        expect(await listedTitles(page)).toContain(demoStatementUrls('kestria-water-agreement').title[lang])
        for (let index = 0; index < count; index++) {
          const marks = await results.nth(index).locator('.summary mark').allTextContents()
          expect(marks.length, `highlights in result ${index + 1}`).toBeGreaterThan(0)
          for (const mark of marks) expect(mark.toLowerCase()).toMatch(new RegExp(`^${words.markStem}`))
        }
        expect(await page.locator('#search-q').inputValue()).toBe(words.searchWord)
      })

      it('says so in the page language when a nonsense query finds nothing', async () => {
        await page.goto(`${baseUrl}/${lang}/search`)
        await page.locator('#search-q').fill(words.nonsense)
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get('q') === words.nonsense),
          page.getByRole('button', { name: words.searchButton, exact: true }).click(),
        ])
        expect(await page.locator('ol.search-results > li').count()).toBe(0)
        expect(await page.locator('p.empty').textContent()).toBe(words.empty)
      })

      it('answers a bad filter value typed into the URL with a 400 page in the same language', async () => {
        const response = await page.goto(`${baseUrl}/${lang}/statements?kind=no-such-kind`)
        expect(response?.status()).toBe(400)
        expect(await page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en-GB' : 'ru-RU')
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(words.badRequest)
        expect(await page.locator('main').textContent()).toContain(words.badKind)
      })
    })
  }
})
