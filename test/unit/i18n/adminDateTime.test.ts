import { describe, expect, it } from 'vitest'

import { adminDateTime } from '../../../src/i18n/adminDateTime'

describe('adminDateTime', () => {
  const instant = '2026-12-04T15:09:00.000Z'

  it('writes the instant in the site zone as people write it, naming the zone', () => {
    expect(adminDateTime(instant, 'en', 'Europe/Moscow')).toBe('4 December 2026, 18:09 (Moscow Standard Time)')
    expect(adminDateTime(instant, 'ru', 'Europe/Moscow')).toBe('4 декабря 2026, 18:09 (Москва, стандартное время)')
  })

  it('calls UTC by its name', () => {
    expect(adminDateTime(instant, 'en', 'UTC')).toBe('4 December 2026, 15:09 (UTC)')
  })
})
