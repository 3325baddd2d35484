import axe, { type AxeResults, type Result } from 'axe-core'
import type { Page } from 'playwright-core'

export type AxeViolation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & { targets: string[]; summaries: string[] }

/**
 * Runs axe-core in the page and returns its violations. The source comes from the
 * installed package and is evaluated through DevTools: the site's CSP (script-src 'self')
 * rightly refuses an inline <script>, and the page is checked with its CSP intact.
 */
export const runAxe = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(axe.source)
  const results = await page.evaluate<AxeResults>(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run())
  return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
    id,
    impact,
    help,
    helpUrl,
    targets: nodes.map((node) => node.target.join(' ')),
    summaries: nodes.map((node) => node.failureSummary ?? ''),
  }))
}

/** Only what must be fixed before release: the violations axe rates serious or critical. */
export const seriousOrCritical = (violations: AxeViolation[]): AxeViolation[] =>
  violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')

/** One readable block per violation: rule, impact, what it means, and each element with axe's explanation. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}  ${violation.helpUrl}`,
        ...violation.targets.map((target, index) => `  - ${target}\n      ${(violation.summaries[index] ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n')
