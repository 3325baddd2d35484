/**
 * A date and time as people write them, for messages in the admin:
 * "4 December 2026, 18:09 (Moscow Standard Time)" / "4 декабря 2026, 18:09
 * (Москва, стандартное время)", in the site's zone, which the text names.
 * Never an ISO string ("2026-12-04T15:09:00.000Z") in a refusal.
 */
export const adminDateTime = (instant: string | Date, adminLanguage: string | undefined, timeZone: string): string => {
  const locale = adminLanguage === 'ru' ? 'ru-RU' : 'en-GB'
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longGeneric',
  }).formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const zone = /^(Etc\/)?(UTC|GMT)$/.test(timeZone) ? 'UTC' : part('timeZoneName')
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} (${zone})`
}
