/**
 * Checks a condition until it holds and answers what it answered, or fails
 * after `timeoutMs` naming what was awaited. Tests wait on conditions, not on
 * the clock; the short pause only keeps the check from spinning.
 */
export const waitUntil = async <T>(
  what: string,
  check: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  { timeoutMs = 10_000, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const result = await check()
      if (result) return result
      last = result
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
