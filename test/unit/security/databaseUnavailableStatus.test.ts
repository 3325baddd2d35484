import { DrizzleQueryError } from 'drizzle-orm/errors'
import type { AfterErrorHookArgs } from 'payload'
import { describe, expect, it } from 'vitest'

import { databaseUnavailableStatus } from '../../../src/security/databaseUnavailableStatus'

const hookArgs = (error: Error) => ({ error, result: { errors: [{ message: 'Something went wrong.' }] } }) as unknown as AfterErrorHookArgs

describe('databaseUnavailableStatus', () => {
  it('turns a REST error caused by a lost database connection into a 503 without detail', async () => {
    const lost = new DrizzleQueryError('select "id" from "statements"', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))
    const result = await databaseUnavailableStatus(hookArgs(lost))
    expect(result).toMatchObject({ status: 503 })
    expect(JSON.stringify(result)).not.toMatch(/select|57P01|terminating/)
  })

  it("leaves other errors to Payload's own answer", async () => {
    expect(await databaseUnavailableStatus(hookArgs(new TypeError('x is undefined')))).toBeUndefined()
  })
})
