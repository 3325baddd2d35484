import { describe, expect, it } from 'vitest'

import { localeFromCode } from '../../../src/i18n/locales'
import { formatDateTime, machineDateTime } from '../../../src/render/format/dates'

const en = localeFromCode('en-GB')!
const ru = localeFromCode('ru-RU')!

describe('statement dates', () => {
  it('formats day, month name, year and 24-hour time in the site time zone, without "at" or "г."', () => {
    const iso = '2018-03-22T13:17:00.000Z'
    expect(formatDateTime(iso, en, 'Europe/Moscow')).toBe('22 March 2018 16:17')
    expect(formatDateTime(iso, ru, 'Europe/Moscow')).toBe('22 марта 2018 16:17')
    expect(formatDateTime(iso, en, 'UTC')).toBe('22 March 2018 13:17')
    expect(formatDateTime('2026-01-05T00:05:00.000Z', ru, 'UTC')).toBe('5 января 2026 00:05')
  })

  it('gives a machine-readable time with the zone offset', () => {
    expect(machineDateTime('2018-03-22T13:17:00.000Z', 'Europe/Moscow')).toBe('2018-03-22T16:17:00+03:00')
    expect(machineDateTime('2018-03-22T13:17:00.000Z', 'UTC')).toBe('2018-03-22T13:17:00+00:00')
  })
})
