import { describe, expect, it } from 'vitest'

import { parseDatabaseUri, redact } from '../../../src/db'

describe('DATABASE_URI', () => {
  it('chooses the adapter from the scheme', () => {
    expect(parseDatabaseUri('file:./data/cms.db').kind).toBe('sqlite')
    expect(parseDatabaseUri('postgres://u@localhost:5432/db').kind).toBe('postgres')
    expect(parseDatabaseUri('postgresql://u@localhost/db').kind).toBe('postgres')
    expect(parseDatabaseUri('mongodb://localhost:27017/cms').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://cluster.example.net/cms').kind).toBe('mongodb')
  })

  it('names the problem with a malformed or unsupported URI', () => {
    expect(() => parseDatabaseUri('mysql://localhost/db')).toThrow(/scheme "mysql:" is not supported/)
    expect(() => parseDatabaseUri('just-a-word')).toThrow(/malformed/)
    expect(() => parseDatabaseUri('postgres://')).toThrow(/names no host|not a valid URL/)
    expect(() => parseDatabaseUri('file:')).toThrow(/names no SQLite file/)
  })

  it('never prints a password', () => {
    expect(redact('postgres://user:secret@db:5432/x')).toBe('postgres://user:***@db:5432/x')
  })
})
