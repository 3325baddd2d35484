import { describe, expect, it } from 'vitest'

import { ArchiveProblem } from '../../../src/archive/archiveProblem'
import { parseLocalDate } from '../../../src/archive/html/parseLocalDate'

const format = 'd MMMM yyyy HH:mm'

describe('parseLocalDate', () => {
  it('reads English and Russian month names in the site’s time zone', () => {
    expect(parseLocalDate('22 March 2018 16:17', format, 'en-GB', 'Europe/Moscow')).toBe('2018-03-22T13:17:00.000Z')
    expect(parseLocalDate('22 марта 2018 16:17', format, 'ru-RU', 'Europe/Moscow')).toBe('2018-03-22T13:17:00.000Z')
    expect(parseLocalDate('1 май 2020 00:30', format, 'ru-RU', 'Europe/Moscow')).toBe('2020-04-30T21:30:00.000Z')
  })

  it('follows the zone’s summer time', () => {
    expect(parseLocalDate('1 July 2020 12:00', format, 'en-GB', 'Europe/London')).toBe('2020-07-01T11:00:00.000Z')
    expect(parseLocalDate('1 January 2020 12:00', format, 'en-GB', 'Europe/London')).toBe('2020-01-01T12:00:00.000Z')
  })

  it('refuses a date the calendar does not have, a month it does not know, or text of another shape', () => {
    for (const text of ['31 June 2020 10:00', '29 February 2019 10:00', '1 Smarch 2020 10:00', '2020-01-01', '1 January 2020 25:00']) {
      expect(() => parseLocalDate(text, format, 'en-GB', 'Europe/Moscow'), text).toThrow(ArchiveProblem)
    }
  })
})
