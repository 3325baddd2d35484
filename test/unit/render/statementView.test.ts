import { describe, expect, it } from 'vitest'

import { toSlug } from '../../../collections/shared/fields/slugField'
import { safeJsonLd } from '../../../src/render/format/statementView'

describe('JSON-LD', () => {
  it('cannot close its script element or open a comment, whatever the title holds', () => {
    const out = safeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' })
    expect(out).not.toMatch(/[<>&]/)
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' })
  })
})

describe('slugs', () => {
  it('transliterates Russian titles and keeps only lower-case letters, digits and hyphens', () => {
    expect(toSlug('Брифинг официального представителя 5 мая')).toBe('brifing-ofitsialnogo-predstavitelya-5-maya')
    expect(toSlug('Trade & Transit: "Q&A"')).toBe('trade-and-transit-q-and-a')
    expect(toSlug('x'.repeat(300)).length).toBeLessThanOrEqual(120)
  })
})
