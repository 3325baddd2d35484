import type { APIRequestContext, Browser, Page } from 'playwright-core'

import { newLocalContext } from './browser'

/** The account the first-run journey creates; later files sign in with it to set up their own people. */
export const firstUser = { email: 'first-admin@example.test', password: 'first-run-E2E-passphrase' }

export const formReady = (page: Page) => page.locator('form[data-form-ready="true"]').first().waitFor()

/** Payload's own answer to "has anyone signed up yet?". */
export const hasUsers = async (request: APIRequestContext, baseUrl: string): Promise<boolean> => {
  const response = await request.get(`${baseUrl}/api/users/init`)
  return ((await response.json()) as { initialized: boolean }).initialized
}

/** A token for the first administrator, registering them when nobody has yet (the files share one server). */
export const adminToken = async (request: APIRequestContext, baseUrl: string): Promise<string> => {
  if (!(await hasUsers(request, baseUrl))) await request.post(`${baseUrl}/api/users/first-register`, { data: firstUser })
  const login = await request.post(`${baseUrl}/api/users/login`, { data: firstUser })
  return ((await login.json()) as { token: string }).token
}

/** Signs in through the admin's own login form and waits for the dashboard. */
export const signIn = async (page: Page, baseUrl: string, account: { email: string; password: string }) => {
  await page.goto(`${baseUrl}/admin/login`)
  await formReady(page)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.click('form button[type="submit"]')])
  await page.locator('.dashboard').waitFor()
}

/** Switches the admin's interface language from the account page, as a person would. */
export const switchAdminLanguage = async (page: Page, baseUrl: string, option: string, selectLabel: string) => {
  await page.goto(`${baseUrl}/admin/account`)
  await formReady(page)
  await page.locator('#language-select').click()
  await page.getByRole('option', { name: option, exact: true }).click()
  // The switch refreshes the page in place: wait for the select's own label to change.
  await page.locator('label[for="language-select"]', { hasText: selectLabel }).waitFor()
}

/**
 * Makes an account as the first administrator (an existing one is kept), in a browser context of its own:
 * signing in through the API leaves a session cookie behind, and the admin's login page then goes straight
 * to the dashboard. `alsoWith` reads what else a test needs while that administrator's context is open.
 */
export const createAccount = async (
  browser: Browser,
  baseUrl: string,
  account: { email: string; password: string; roles: string[]; languages: string[] },
  alsoWith?: (request: APIRequestContext) => Promise<void>,
): Promise<string> => {
  const setup = await newLocalContext(browser)
  try {
    const token = await adminToken(setup.context.request, baseUrl)
    const response = await setup.context.request.post(`${baseUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
    if (![201, 400].includes(response.status())) throw new Error(`creating ${account.email} answered ${response.status()}: ${await response.text()}`)
    await alsoWith?.(setup.context.request)
    return token
  } finally {
    await setup.context.close()
  }
}
