import express from 'express'
import { describe, expect, it } from 'vitest'

import { parseTrustProxy } from '../../src/parseTrustProxy'

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset', () => {
    expect(parseTrustProxy(undefined)).toBe(0)
  })

  it('takes a hop count as a number, as Express needs it', () => {
    expect(parseTrustProxy('0')).toBe(0)
    expect(parseTrustProxy('2')).toBe(2)
  })

  it('takes named ranges, addresses and subnets, and Express accepts what it returns', () => {
    for (const raw of ['loopback', 'uniquelocal, linklocal', '10.0.0.1', '10.0.0.0/8, 192.168.0.0/255.255.0.0', '::1', 'fc00::/7,loopback']) {
      const value = parseTrustProxy(raw)
      expect(value).toBe(raw.replace(/\s+/g, ''))
      expect(() => express().set('trust proxy', value)).not.toThrow()
    }
  })

  it('refuses anything else with one line that names the bad part', () => {
    for (const [raw, bad] of [
      ['true', 'true'],
      ['yes', 'yes'],
      ['-1', '-1'],
      ['1.5', '1.5'],
      ['1e3', '1e3'],
      ['99999', '99999'],
      ['loopback,localhost', 'localhost'],
      ['10.0.0.0/33', '10.0.0.0/33'],
      ['::1/129', '::1/129'],
      ['10.0.0.300', '10.0.0.300'],
      ['loopback,,10.0.0.1', ''],
      ['fc00::/255.0.0.0', 'fc00::/255.0.0.0'],
    ]) {
      expect(() => parseTrustProxy(raw), raw).toThrow(`"${bad}" is neither`)
    }
    expect(() => parseTrustProxy('true')).toThrow(/^TRUST_PROXY must be a number of proxy hops[^\n]*$/)
  })
})
