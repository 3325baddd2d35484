import { describe, expect, it } from 'vitest'

import { refuseWhenOverdue } from '../../../collections/shared/hooks/stopOverdueGraphql'
import { graphqlTimeLimitMs } from '../../../src/security/limitGraphqlTime'

describe('stopping an overdue GraphQL request inside Payload', () => {
  it('lets a request work until its time limit, then refuses its further reads with a 503', () => {
    const req = { payloadAPI: 'GraphQL' as const, context: {} }
    refuseWhenOverdue(req, 1_000)
    expect(() => refuseWhenOverdue(req, 1_000 + graphqlTimeLimitMs)).not.toThrow()
    expect(() => refuseWhenOverdue(req, 1_001 + graphqlTimeLimitMs)).toThrow(expect.objectContaining({ status: 503 }))
    // Another request has a clock of its own.
    expect(() => refuseWhenOverdue({ payloadAPI: 'GraphQL', context: {} }, 1_001 + graphqlTimeLimitMs)).not.toThrow()
  })

  it('leaves REST and the Local API alone', () => {
    const req = { payloadAPI: 'REST' as const, context: {} }
    refuseWhenOverdue(req, 0)
    expect(() => refuseWhenOverdue(req, 10 * graphqlTimeLimitMs)).not.toThrow()
  })
})
