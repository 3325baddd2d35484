import type { Locale } from '../../i18n/locales'

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (locale: Locale, timeZone: string): Intl.DateTimeFormat => {
  const key = `${locale.code}|${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale.code, {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * "22 March 2018 16:17" / "22 марта 2018 16:17": day, month name (genitive in
 * Russian, as Intl gives it next to a day), year and 24-hour time, without the
 * "at" or "г." that Intl's own patterns add.
 */
export const formatDateTime = (iso: string, locale: Locale, timeZone: string): string =>
  remembered(`${iso}|${locale.code}|${timeZone}`, () => formatWithParts(iso, locale, timeZone))

/**
 * Intl's formatToParts costs 10 to 20 microseconds a call, and a list page
 * shows twenty dates that the next list page shows again: each text is kept,
 * up to a bound far above what a press office's front pages show.
 */
const maxRemembered = 20_000
const texts = new Map<string, string>()
const remembered = (key: string, format: () => string): string => {
  let text = texts.get(key)
  if (text === undefined) {
    text = format()
    if (texts.size >= maxRemembered) texts.delete(texts.keys().next().value as string)
    texts.set(key, text)
  }
  return text
}

const formatWithParts = (iso: string, locale: Locale, timeZone: string): string => {
  const parts = formatterFor(locale, timeZone).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')} ${part('hour')}:${part('minute')}`
}

/** ISO 8601 with the site's UTC offset, for `<time datetime>`: 2018-03-22T16:17:00+03:00. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

export const machineDateTime = (iso: string, timeZone: string): string => remembered(`${iso}|${timeZone}`, () => withOffset(iso, timeZone))

const withOffset = (iso: string, timeZone: string): string => {
  const date = new Date(iso)
  let offsetFormatter = offsetFormatters.get(timeZone)
  if (!offsetFormatter) {
    offsetFormatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    timeZoneName: 'longOffset',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    })
    offsetFormatters.set(timeZone, offsetFormatter)
  }
  const parts = offsetFormatter.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`
}
