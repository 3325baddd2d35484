import { describe, expect, it } from 'vitest'

import { jsonBodyProblem, maxJsonNesting } from '../../../src/security/jsonBodyProblem'

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)

describe('JSON request bodies', () => {
  it('lets through what Payload can take: objects, anything else well-formed, and no body at all', () => {
    expect(jsonBodyProblem('{"title":"A [bracket] in a \\"string\\" {"}')).toBeNull()
    expect(jsonBodyProblem('null')).toBeNull()
    expect(jsonBodyProblem('')).toBeNull()
    expect(jsonBodyProblem(nested(maxJsonNesting))).toBeNull()
  })

  it('refuses invalid JSON and says which part of the request it was', () => {
    expect(jsonBodyProblem('{"title":')).toBe('The request body is not valid JSON')
    expect(jsonBodyProblem('{bad', 'The _payload part')).toBe('The _payload part is not valid JSON')
  })

  it('refuses nesting past the limit before parsing, however the brackets are mixed', () => {
    expect(jsonBodyProblem(nested(maxJsonNesting + 1))).toMatch(/nests deeper than 256 levels/)
    expect(jsonBodyProblem('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toMatch(/nests deeper/)
  })

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonBodyProblem(JSON.stringify({ text: '['.repeat(10_000) + '\\"' + '{'.repeat(10_000) }))).toBeNull()
  })
})
