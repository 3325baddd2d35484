import type { APIRequestContext, APIResponse, Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminToken } from '../helpers/admin'
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
    pages: 'Pages',
    next: 'Next ›',
    previous: '‹ Previous',
    pageLink: (n: number) => `Page ${n}`,
    mainNav: 'Main navigation',
    searchNav: 'Search',
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
    pages: 'Страницы',
    next: 'Вперёд ›',
    previous: '‹ Назад',
    pageLink: (n: number) => `Страница ${n}`,
    mainNav: 'Основная навигация',
    searchNav: 'Поиск',
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
/** In page order, for checking what lands on which page. */
const titlesInOrder = (page: Page) => page.locator('ol.statement-list > li h2 a').allTextContents()

/** The server runs with SITE_TIMEZONE=Europe/London (globalSetup): the archive's days are London days. */
const siteDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
/** Mid-October to 9 November: the end day holds a statement at 06:00, so an inclusive "to" is checked too. */
const dateRange = { from: '2026-10-15', to: '2026-11-09' }

/**
 * The demo content fits on one page of the archive, so the pagination journey gets its own
 * statements: one more page's worth and three, under a topic of their own (the filter keeps
 * them apart from everything else on the shared server), dated before any demo statement.
 * An administrator creates them through the REST API and deletes them afterwards.
 */
const extra = pageSize + 3
const seedLanguages = { en: 'en-GB', ru: 'ru-RU' } as const
const seededTitle = { en: (n: number) => `Pagination check, statement ${n}`, ru: (n: number) => `Проверка постраничного вывода, заявление ${n}` }
/** Newest first, as the archive sorts: statement `extra` is the newest. */
const seededTitlesNewestFirst = (lang: Lang) => Array.from({ length: extra }, (_, index) => seededTitle[lang](extra - index))

type Seeded = { topic: { id: number; slug: string }; statementIds: number[] }

const seedPaginationContent = async (request: APIRequestContext): Promise<Seeded> => {
  const headers = { Authorization: `JWT ${await adminToken(request, baseUrl)}` }
  const ok = async <T>(response: APIResponse, what: string, status = 200): Promise<T> => {
    expect(response.status(), `${what}: ${await response.text()}`).toBe(status)
    return ((await response.json()) as { doc: T }).doc
  }
  const topic = await ok<{ id: number; slug: string }>(
    await request.post(`${baseUrl}/api/topics?locale=en-GB`, { headers, data: { name: 'Pagination check', type: 'theme' } }),
    'create topic',
    201,
  )
  await ok(await request.patch(`${baseUrl}/api/topics/${topic.id}?locale=ru-RU`, { headers, data: { name: 'Проверка постраничного вывода' } }), 'name topic in Russian')
  const statementIds: number[] = []
  for (const lang of ['en', 'ru'] as const) {
    const code = seedLanguages[lang]
    for (let n = 1; n <= extra; n++) {
      // One language each, written in it: publishing the source language needs no translation approval.
      const doc = await ok<{ id: number }>(
        await request.post(`${baseUrl}/api/statements?locale=${code}`, {
          headers,
          data: {
            title: seededTitle[lang](n),
            kind: 'statement',
            sourceLanguage: code,
            publishedAt: new Date(Date.UTC(2026, 7, 1, 9, n)).toISOString(),
            topics: [topic.id],
            _status: 'published',
          },
        }),
        `create ${lang} statement ${n}`,
        201,
      )
      statementIds.push(doc.id)
    }
  }
  return { topic, statementIds }
}

const removePaginationContent = async (request: APIRequestContext, seeded: Seeded) => {
  const headers = { Authorization: `JWT ${await adminToken(request, baseUrl)}` }
  for (const id of seeded.statementIds) expect((await request.delete(`${baseUrl}/api/statements/${id}`, { headers })).status()).toBe(200)
  expect((await request.delete(`${baseUrl}/api/topics/${seeded.topic.id}`, { headers })).status()).toBe(200)
}

describe('archive and search (journey 6)', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let seeded: Seeded | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ context } = await newLocalContext(browser))
    page = await context.newPage()
    seeded = await seedPaginationContent(page.request)
  })
  afterAll(async () => {
    if (seeded && page) await removePaginationContent(page.request, seeded)
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

      it('limits the archive to a date range typed into the form: every listed statement falls on a day inside it', async () => {
        await page.goto(`${baseUrl}/${lang}/statements`)
        await page.locator('#filter-from').fill(dateRange.from)
        await page.locator('#filter-to').fill(dateRange.to)
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get('from') === dateRange.from && url.searchParams.get('to') === dateRange.to),
          page.getByRole('button', { name: words.apply, exact: true }).click(),
        ])
        const expected = visibleIn(lang).filter((s) => siteDay(s.publishedAt) >= dateRange.from && siteDay(s.publishedAt) <= dateRange.to)
        // Both ends matter: a statement the evening before "from", one on the morning of "to".
        expect(visibleIn(lang).some((s) => siteDay(s.publishedAt) < dateRange.from)).toBe(true)
        expect(expected.some((s) => siteDay(s.publishedAt) === dateRange.to)).toBe(true)
        expect(await listedTitles(page)).toEqual(titlesOf(expected, lang))
        for (const datetime of await page.locator('ol.statement-list > li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))) {
          expect(siteDay(datetime) >= dateRange.from && siteDay(datetime) <= dateRange.to, `${datetime} in range`).toBe(true)
        }
        expect(await page.locator('#filter-from').inputValue()).toBe(dateRange.from)
        expect(await page.locator('#filter-to').inputValue()).toBe(dateRange.to)
      })

      it(`pages through ${extra} statements of one topic with the pagination links, keeping the filter on every page`, async () => {
        const topicSlug = seeded!.topic.slug
        const newestFirst = seededTitlesNewestFirst(lang)
        await page.goto(`${baseUrl}/${lang}/statements`)
        await page.locator('#filter-topic').selectOption(topicSlug)
        await Promise.all([page.waitForURL((url) => url.searchParams.get('topic') === topicSlug), page.getByRole('button', { name: words.apply, exact: true }).click()])
        const pages = page.getByRole('navigation', { name: words.pages, exact: true })
        expect(await titlesInOrder(page)).toEqual(newestFirst.slice(0, pageSize))
        expect(await page.locator('.list-footer .total').textContent()).toBe(words.total(extra))
        expect(await pages.locator('[aria-current="page"]').textContent()).toBe('1')
        expect(await pages.getByRole('link', { name: words.previous, exact: true }).count()).toBe(0)

        await Promise.all([page.waitForURL((url) => url.searchParams.get('page') === '2'), pages.getByRole('link', { name: words.next, exact: true }).click()])
        let url = new URL(page.url())
        expect(url.pathname).toBe(`/${lang}/statements`)
        expect(url.searchParams.get('topic')).toBe(topicSlug)
        expect(await titlesInOrder(page)).toEqual(newestFirst.slice(pageSize))
        expect(await pages.locator('[aria-current="page"]').textContent()).toBe('2')
        expect(await pages.getByRole('link', { name: words.next, exact: true }).count()).toBe(0)
        // The form still shows the topic the pages belong to.
        expect(await page.locator('#filter-topic').inputValue()).toBe(topicSlug)

        await Promise.all([page.waitForURL((url) => !url.searchParams.has('page')), pages.getByRole('link', { name: words.pageLink(1), exact: true }).click()])
        url = new URL(page.url())
        expect(url.searchParams.get('topic')).toBe(topicSlug)
        expect(await titlesInOrder(page)).toEqual(newestFirst.slice(0, pageSize))

        await Promise.all([page.waitForURL((url) => url.searchParams.get('page') === '2'), pages.getByRole('link', { name: words.pageLink(2), exact: true }).click()])
        await Promise.all([page.waitForURL((url) => !url.searchParams.has('page')), pages.getByRole('link', { name: words.previous, exact: true }).click()])
        expect(new URL(page.url()).searchParams.get('topic')).toBe(topicSlug)
        // A page past the last is a 404 in the page's language, not an empty list.
        expect((await page.goto(`${baseUrl}/${lang}/statements?topic=${topicSlug}&page=3`))?.status()).toBe(404)
        expect(await page.getAttribute('html', 'lang')).toBe(seedLanguages[lang])
      })

      it(`finds statements with the search form from an inflected word («${words.searchWord}») and highlights the matches`, async () => {
        // From the home page through the main navigation, as a reader gets there.
        await page.goto(`${baseUrl}/${lang}/`)
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/${lang}/search`),
          page.getByRole('navigation', { name: words.mainNav, exact: true }).getByRole('link', { name: words.searchNav, exact: true }).click(),
        ])
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
