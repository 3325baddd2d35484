import { refuse } from '../archiveProblem'

/** The month names a language writes, both grammatical cases ("март", "марта"), lower-cased, January first. */
const monthNames = (locale: string): string[][] =>
  Array.from({ length: 12 }, (_, month) => {
    const date = new Date(Date.UTC(2001, month, 15))
    const standalone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date)
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date).find((part) => part.type === 'month')?.value
    return [...new Set([standalone, inDate].filter((name): name is string => Boolean(name)).map((name) => name.toLocaleLowerCase(locale)))]
  })

const tokenPatterns: Record<string, string> = { yyyy: '(\\d{4})', MMMM: '(\\p{L}+)', MM: '(\\d{2})', M: '(\\d{1,2})', dd: '(\\d{2})', d: '(\\d{1,2})', HH: '(\\d{2})', H: '(\\d{1,2})', mm: '(\\d{2})' }

/** Milliseconds the zone is ahead of UTC at this instant. */
const offsetAt = (instant: number, timeZone: string): number => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  )
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000
}

/**
 * "22 March 2018 16:17" or "22 марта 2018 16:17", written as `format` says
 * in `timeZone`, as an ISO instant. A date the calendar does not have (31
 * February, 25:00) or text that does not fit the format is refused.
 */
export const parseLocalDate = (text: string, format: string, locale: string, timeZone: string): string => {
  const tokens: string[] = []
  const pattern = format.replace(/yyyy|MMMM|MM|M|dd|d|HH|H|mm|[.*+?^${}()|[\]\\]/g, (token) => {
    if (!tokenPatterns[token]) return `\\${token}`
    tokens.push(token)
    return tokenPatterns[token]!
  })
  const match = new RegExp(`^\\s*${pattern.replace(/\s+/g, '\\s+')}\\s*$`, 'iu').exec(text.replace(/\u00a0/g, ' '))
  if (!match) return refuse('impossible date', `"${text}" does not read as ${format}`)
  const value = (token: string) => (tokens.includes(token) ? match[tokens.indexOf(token) + 1] : undefined)
  const year = Number(value('yyyy'))
  const monthName = value('MMMM')?.toLocaleLowerCase(locale)
  const month = monthName ? monthNames(locale).findIndex((names) => names.includes(monthName)) + 1 : Number(value('MM') ?? value('M'))
  const day = Number(value('dd') ?? value('d'))
  const hour = Number(value('HH') ?? value('H') ?? 0)
  const minute = Number(value('mm') ?? 0)
  if (month < 1) refuse('impossible date', `"${monthName}" is not a month name in ${locale}`)
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(wall)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour || check.getUTCMinutes() !== minute) {
    refuse('impossible date', `"${text}" is not a date the calendar has`)
  }
  // The wall-clock time in the zone, as an instant: subtract the zone's offset, checked again at the result.
  let instant = wall - offsetAt(wall, timeZone)
  instant = wall - offsetAt(instant, timeZone)
  return new Date(instant).toISOString()
}
