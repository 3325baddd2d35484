import { DrizzleQueryError } from 'drizzle-orm/errors'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { isUnavailable } from '../../../../src/render/middleware/isUnavailable'

/** A pg DatabaseError as the driver builds it from a server message. */
const pgError = (message: string, code: string) => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code })

describe('isUnavailable', () => {
  it('recognises PostgreSQL terminating a connection, and a database closed to new connections', () => {
    expect(isUnavailable(pgError('terminating connection due to administrator command', '57P01'))).toBe(true)
    expect(isUnavailable(pgError('database "cms" is not currently accepting connections', '55000'))).toBe(true)
    expect(isUnavailable(pgError('too many connections for database "cms"', '53300'))).toBe(true)
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    // pg's answer to a query on a client whose connection was lost before it (a BEGIN, a ROLLBACK after a failed COMMIT).
    expect(isUnavailable(new DrizzleQueryError('begin', [], new Error('Client has encountered a connection error and is not queryable')))).toBe(true)
    expect(isUnavailable(new Error('Client was closed and is not queryable'))).toBe(true)
  })

  it('recognises socket failures by their code', () => {
    expect(isUnavailable(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isUnavailable(Object.assign(new Error('read failed'), { code: 'ECONNRESET' }))).toBe(true)
  })

  it("follows the cause chain: Drizzle's failed query wrapping the pg error, wrapped again", () => {
    const drizzle = new DrizzleQueryError('select "id" from "statements"', [], pgError('terminating connection due to administrator command', '57P01'))
    expect(isUnavailable(drizzle)).toBe(true)
    expect(isUnavailable(new Error('Something went wrong.', { cause: drizzle }))).toBe(true)
  })

  it('reads the members of an aggregate error (a connect attempt on each address)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    expect(isUnavailable(new AggregateError([refused, refused]))).toBe(true)
  })

  it('leaves faults of the query or the code as a 500', () => {
    expect(isUnavailable(new DrizzleQueryError('select 1/0', [], pgError('division by zero', '22012')))).toBe(false)
    expect(isUnavailable(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false)
    expect(isUnavailable(undefined)).toBe(false)
    expect(isUnavailable('ECONNRESET as a bare string is not an error')).toBe(false)
  })

  it('stops on a cause cycle instead of looping', () => {
    const first = new Error('first')
    const second = new Error('second', { cause: first })
    ;(first as { cause?: unknown }).cause = second
    expect(isUnavailable(first)).toBe(false)
  })
})
