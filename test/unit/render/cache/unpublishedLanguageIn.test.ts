import { describe, expect, it } from 'vitest'

import { unpublishedLanguageIn } from '../../../../src/render/cache/unpublishedLanguageIn'

const statement = (status: unknown, title: unknown) => ({ id: 7, title, kind: 'comment', _status: status })

describe('unpublished languages in an API answer', () => {
  it('finds a language whose status is not published beside its text, in a list, by id or populated', () => {
    const leak = statement({ 'en-GB': 'published', 'ru-RU': 'draft' }, { 'en-GB': 'Title', 'ru-RU': 'Снято' })
    expect(unpublishedLanguageIn(leak)).toBe('document 7: ru-RU (draft) in title')
    expect(unpublishedLanguageIn({ docs: [statement('published', 'Title'), leak], totalDocs: 2 })).toMatch(/ru-RU \(draft\)/)
    expect(unpublishedLanguageIn({ id: 1, name: 'Person', quoted: [leak] })).toMatch(/ru-RU/)
  })

  it('counts a language missing from the status as never published', () => {
    expect(unpublishedLanguageIn(statement({ 'en-GB': 'published' }, { 'en-GB': 'Title', 'ru-RU': 'Черновик' }))).toBe('document 7: ru-RU (never published) in title')
  })

  it('finds a one-language document that is not published', () => {
    expect(unpublishedLanguageIn({ docs: [statement('draft', 'Draft title')] })).toBe('document 7: its one language, draft')
  })

  it('passes published languages, hidden ones without text, and documents without a status', () => {
    expect(unpublishedLanguageIn(statement({ 'en-GB': 'published', 'ru-RU': 'draft' }, { 'en-GB': 'Title' }))).toBeUndefined()
    expect(unpublishedLanguageIn(statement({ 'en-GB': 'published', 'ru-RU': 'draft' }, { 'en-GB': 'Title', 'ru-RU': null }))).toBeUndefined()
    expect(unpublishedLanguageIn({ docs: [statement({ 'en-GB': 'published', 'ru-RU': 'published' }, { 'en-GB': 'T', 'ru-RU': 'Т' })] })).toBeUndefined()
    expect(unpublishedLanguageIn({ docs: [{ id: 1, name: { 'en-GB': 'Person', 'ru-RU': 'Персона' } }] })).toBeUndefined()
  })

  it('refuses to vouch for an answer nested past what it looks through', () => {
    let deep: unknown = 'end'
    for (let i = 0; i < 100; i++) deep = { next: deep }
    expect(unpublishedLanguageIn(deep)).toMatch(/too deep/)
  })
})
