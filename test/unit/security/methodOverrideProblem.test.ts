import { describe, expect, it } from 'vitest'

import { methodOverrideProblem } from '../../../src/security/methodOverrideProblem'

const form = 'application/x-www-form-urlencoded'
const json = 'application/json'

describe('queries sent in the body of a POST read as a GET', () => {
  it('lets through what the admin sends: a form-encoded query, or a JSON one, with a bare URL', () => {
    expect(methodOverrideProblem({ contentType: form, hasQuery: false, text: 'where[id][not_in][0]=1&locale=en-GB' })).toBeNull()
    expect(methodOverrideProblem({ contentType: json, hasQuery: false, text: '{"locale":"en-GB","where":{}}' })).toBeNull()
    expect(methodOverrideProblem({ contentType: json, hasQuery: true, text: '{"depth":0}' })).toBeNull()
  })

  it('refuses a form-encoded query when the URL has one too, which Payload would paste after a second ?', () => {
    expect(methodOverrideProblem({ contentType: form, hasQuery: true, text: 'depth=1' })).toMatch(/cannot also have one in the URL/)
  })

  it('refuses JSON that Payload parses without a guard: empty, invalid, not an object, a locale that is not text', () => {
    expect(methodOverrideProblem({ contentType: json, hasQuery: false, text: '' })).toMatch(/must be a JSON object/)
    expect(methodOverrideProblem({ contentType: json, hasQuery: false, text: '{bad' })).toMatch(/not valid JSON/)
    expect(methodOverrideProblem({ contentType: json, hasQuery: false, text: '[1]' })).toMatch(/must be a JSON object/)
    expect(methodOverrideProblem({ contentType: json, hasQuery: false, text: '{"locale":{"toString":1}}' })).toMatch(/must be text/)
    expect(methodOverrideProblem({ contentType: json, hasQuery: true, text: '{"locale":"en-GB"}' })).toMatch(/cannot go with a query/)
  })

  it('leaves other content types alone, as Payload reads nothing from them', () => {
    expect(methodOverrideProblem({ contentType: 'application/json; charset=utf-8', hasQuery: true, text: '{bad' })).toBeNull()
  })
})
