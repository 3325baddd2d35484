import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'

/** Debian's Chromium: browser downloads (`npx playwright install`) cannot work here. */
export const chromiumPath = '/usr/bin/chromium'

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A headless Chromium with a fresh profile; each test file launches its own. */
export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs })

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True for URLs the page may load: this machine, or data the page already holds. */
export const isLocalUrl = (url: string): boolean => {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true
  return localHosts.has(hostname)
}

export type OutsideRequests = { urls: string[] }

/**
 * A fresh context whose requests to any host but this machine are recorded
 * and aborted (there is no network beyond localhost, and there must be none).
 */
export const newLocalContext = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; outside: OutsideRequests }> => {
  const context = await browser.newContext(options)
  const outside: OutsideRequests = { urls: [] }
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => {
      outside.urls.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  return { context, outside }
}

/** Console errors and uncaught exceptions of a page, gathered as they happen. */
export const collectPageErrors = (page: Page): string[] => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return errors
}
