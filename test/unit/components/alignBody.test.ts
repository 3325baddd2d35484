import { describe, expect, it } from 'vitest'

import { alignBodies, applyRows, type LexicalBody } from '../../../src/components/SideBySide/alignBody'
import { lexicalBody } from '../../../src/seed/lexicalBody'

const source = lexicalBody([
  { type: 'paragraph', text: 'Opening words.' },
  { type: 'question', asker: 'Reuters', text: 'Will the bridge reopen?' },
  { type: 'answer', speaker: 1, text: 'Yes, on Monday.' },
]) as LexicalBody

describe('side-by-side body alignment', () => {
  it('lines up paragraphs and Q&A blocks by position, with an empty target where the translation has none', () => {
    const target = lexicalBody([{ type: 'paragraph', text: 'Вступление.' }]) as LexicalBody
    const rows = alignBodies(source, target)
    expect(rows.map(({ kind, source: s, target: t }) => [kind, s, t])).toEqual([
      ['paragraph', 'Opening words.', 'Вступление.'],
      ['question', 'Will the bridge reopen?', ''],
      ['answer', 'Yes, on Monday.', ''],
    ])
    expect(rows[1].sourceAsker).toBe('Reuters')
  })

  it('writes edited rows back, building missing blocks from the source shape and keeping unchanged nodes as they were', () => {
    const target = lexicalBody([{ type: 'paragraph', text: 'Вступление.' }]) as LexicalBody
    const rows = alignBodies(source, target)
    rows[1].target = 'Откроется ли мост?'
    rows[1].targetAsker = 'Рейтер'
    const written = applyRows(source, target, rows)
    expect(written?.root.children[0]).toEqual(target?.root.children[0])
    const again = alignBodies(source, written)
    expect(again.map((row) => row.target)).toEqual(['Вступление.', 'Откроется ли мост?', ''])
    expect(again[1].targetAsker).toBe('Рейтер')
    expect(written?.root.children).toHaveLength(2)
  })
})
