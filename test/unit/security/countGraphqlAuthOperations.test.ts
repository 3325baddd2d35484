import { describe, expect, it } from 'vitest'

import { countGraphqlAuthOperations } from '../../../src/security/countGraphqlAuthOperations'

const body = (value: unknown, prefix = '') => new TextEncoder().encode(prefix + JSON.stringify(value))
const login = 'mutation { loginUser(email: "x@example.org", password: "wrong") { token } }'

describe('counting GraphQL sign-in operations', () => {
  it('counts a sign-in mutation and not an ordinary query', () => {
    expect(countGraphqlAuthOperations(body({ query: login }))).toBe(1)
    expect(countGraphqlAuthOperations(body({ query: '{ Statements { docs { id } } }' }))).toBe(0)
  })

  it('counts every alias and fragment that would run a guarded mutation', () => {
    const query = 'mutation { a: loginUser(email: "a", password: "1") { token } ...F } fragment F on Mutation { unlockUser(email: "a") }'
    expect(countGraphqlAuthOperations(body({ query }))).toBe(2)
  })

  it('counts a body that starts with a byte-order mark, which Payload still reads as JSON', () => {
    expect(countGraphqlAuthOperations(body({ query: login }, '\uFEFF'))).toBe(1)
  })

  it('counts nothing in a body Payload would refuse unread: not JSON, or not GraphQL', () => {
    expect(countGraphqlAuthOperations(new TextEncoder().encode('{"query": "mutation { loginUser('))).toBe(0)
    expect(countGraphqlAuthOperations(body({ query: 'mutation { loginUser(' }))).toBe(0)
  })
})
