import { describe, expect, it } from 'vitest'

import { type SourceSnapshot, staleFieldsBetween } from '../../../collections/Translations/sourceSnapshot'

const approved: SourceSnapshot = { title: 'Title', summary: 'Summary', body: ['One.', 'Two.', 'Three.'] }

describe('stale fields since approval', () => {
  it('reports nothing when the source is as approved', () => {
    expect(staleFieldsBetween(approved, { ...approved, body: [...approved.body] })).toEqual([])
  })

  it('reports an inserted paragraph once, at its place, not every paragraph after it', () => {
    expect(staleFieldsBetween(approved, { ...approved, body: ['One.', 'New one.', 'Two.', 'Three.'] })).toEqual([
      { field: 'body', part: 2, before: '', after: 'New one.' },
    ])
  })

  it('reports a removed paragraph and a changed title separately', () => {
    expect(staleFieldsBetween(approved, { ...approved, title: 'New title', body: ['One.', 'Three.'] })).toEqual([
      { field: 'title', before: 'Title', after: 'New title' },
      { field: 'body', part: 2, before: 'Two.', after: '' },
    ])
  })

  it('ignores a record approved before snapshots kept the body by parts', () => {
    expect(staleFieldsBetween({ title: 'Title', summary: 'Summary', body: 'One. Two.' }, approved)).toEqual([])
  })
})
