import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { describeViolations, runAxe, seriousOrCritical } from '../helpers/axe'
import { collectPageErrors, launchBrowser, newLocalContext, type OutsideRequests } from '../helpers/browser'
import { demoStatementUrls } from '../helpers/demoStatementUrls'
import { root } from '../helpers/serverProcess'
import { demoPeople, demoTopics } from '../../src/seed/demoContent'

const baseUrl = inject('baseUrl')
const screenshotDir = path.join(root, 'test-results', 'screenshots')
const qa = demoStatementUrls('norland-detained-citizen')
const topicSlug = demoTopics.find((topic) => topic.key === 'kestria')?.slug
const personSlug = demoPeople.find((person) => person.key === 'minister')?.slug
/** Words from the demo statements: the search page is checked with results on it, not empty. */
const searchWord = { en: 'ceasefire', ru: 'соглашения' } as const

type Lang = 'en' | 'ru'
type PageType = { name: string; path: (lang: Lang) => string; status: number }

/** Every public page type, in both languages; real slugs and words come from src/seed/demoContent.ts. */
const pageTypes: PageType[] = [
  { name: 'home', path: (lang) => `/${lang}/`, status: 200 },
  { name: 'statement', path: (lang) => qa.path[lang], status: 200 },
  { name: 'archive-filtered', path: (lang) => `/${lang}/statements?kind=${qa.kind}`, status: 200 },
  { name: 'topic', path: (lang) => `/${lang}/topics/${topicSlug}`, status: 200 },
  { name: 'person', path: (lang) => `/${lang}/people/${personSlug}`, status: 200 },
  { name: 'topics-index', path: (lang) => `/${lang}/topics`, status: 200 },
  { name: 'people-index', path: (lang) => `/${lang}/people`, status: 200 },
  { name: 'search', path: (lang) => `/${lang}/search?q=${encodeURIComponent(searchWord[lang])}`, status: 200 },
  { name: '404', path: (lang) => `/${lang}/no-such-page`, status: 404 },
]

const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const
type Width = keyof typeof widths

const contextOptions: Record<Width, BrowserContextOptions> = {
  desktop: { viewport: widths.desktop },
  phone: { viewport: widths.phone, isMobile: true, hasTouch: true },
}

describe('public page quality', () => {
  let browser: Browser
  const contexts = {} as Record<Width, { context: BrowserContext; outside: OutsideRequests }>

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true })
    browser = await launchBrowser()
    for (const width of Object.keys(widths) as Width[]) contexts[width] = await newLocalContext(browser, contextOptions[width])
  })
  afterAll(async () => {
    for (const { context } of Object.values(contexts)) await context.close()
    await browser?.close()
  })

  /** Opens a page in a fresh tab, checking its status, and returns what went wrong while it loaded. */
  const open = async (pageType: PageType, lang: Lang, width: Width): Promise<{ page: Page; errors: string[]; outside: string[] }> => {
    const { context, outside } = contexts[width]
    const before = outside.urls.length
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    const response = await page.goto(baseUrl + pageType.path(lang), { waitUntil: 'load' })
    expect(response?.status(), `${pageType.path(lang)} status`).toBe(pageType.status)
    return { page, errors, outside: outside.urls.slice(before) }
  }

  for (const lang of ['en', 'ru'] as const) {
    for (const pageType of pageTypes) {
      describe(`${pageType.name} page (${lang})`, () => {
        it('has no serious or critical axe-core violations', async () => {
          const { page } = await open(pageType, lang, 'desktop')
          const violations = seriousOrCritical(await runAxe(page))
          await page.close()
          expect(violations, `axe on ${pageType.path(lang)}:\n${describeViolations(violations)}`).toEqual([])
        })

        it('logs no console errors and requests nothing outside localhost', async () => {
          const { page, errors, outside } = await open(pageType, lang, 'desktop')
          await page.close()
          expect(errors.filter((error) => !isOwnStatusNotice(error, pageType, baseUrl + pageType.path(lang))), 'console errors').toEqual([])
          expect(outside, 'requests to other hosts').toEqual([])
        })

        it('fits a 390 px phone screen without horizontal scrolling', async () => {
          const { page } = await open(pageType, lang, 'phone')
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }))
          await page.close()
          expect(innerWidth).toBe(widths.phone.width)
          expect(scrollWidth, `document width on ${pageType.path(lang)}`).toBeLessThanOrEqual(innerWidth)
        })

        it('is saved as full-page screenshots at 1280 px and 390 px under test-results/screenshots', async () => {
          for (const width of Object.keys(widths) as Width[]) {
            const { page } = await open(pageType, lang, width)
            const file = path.join(screenshotDir, `${pageType.name}-${lang}-${widths[width].width}.png`)
            await page.screenshot({ path: file, fullPage: true })
            await page.close()
          }
        })
      })
    }
  }
})

/**
 * Chromium reports a page answered with an error status as a failed resource load;
 * for the 404 page that status is the point, not a fault.
 */
const isOwnStatusNotice = (error: string, pageType: PageType, url: string): boolean =>
  pageType.status >= 400 &&
  error.startsWith(`console: Failed to load resource: the server responded with a status of ${pageType.status}`) &&
  error.endsWith(`(${url})`)
