/**
 * Lines up two language versions of a Lexical body, top-level node by node
 * (paragraph with paragraph, question block with question block), and
 * writes edited texts back into the target body. Paragraph-like nodes and
 * Q&A blocks are editable as plain text; anything else (lists, tables) is
 * shown but left to the full editor, so no structure is lost.
 */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; [key: string]: unknown }
export type LexicalBody = { root: LexicalNode & { children: LexicalNode[] } } | null | undefined

export type AlignedRow = {
  index: number
  kind: 'paragraph' | 'heading' | 'quote' | 'question' | 'answer' | 'other'
  editable: boolean
  source: string
  target: string
  /** Question blocks name who asked. */
  sourceAsker?: string
  targetAsker?: string
}

const textKinds = new Set(['paragraph', 'heading', 'quote'])

const textOf = (node: LexicalNode | undefined): string => {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

const kindOf = (node: LexicalNode | undefined): AlignedRow['kind'] => {
  if (!node) return 'other'
  if (node.type === 'block') return node.fields?.blockType === 'question' ? 'question' : node.fields?.blockType === 'answer' ? 'answer' : 'other'
  return textKinds.has(String(node.type)) ? (node.type as AlignedRow['kind']) : 'other'
}

const blockText = (node: LexicalNode | undefined, key: 'text' | 'asker') => (typeof node?.fields?.[key] === 'string' ? (node.fields[key] as string) : '')

/** The text of each top-level part of a body (a paragraph, or a Q&A block with who asked), in order. */
export const bodyParts = (body: LexicalBody): string[] =>
  (body?.root?.children ?? []).map((node) => {
    const kind = kindOf(node)
    if (kind === 'question') return [blockText(node, 'asker'), blockText(node, 'text')].filter(Boolean).join(': ')
    if (kind === 'answer') return blockText(node, 'text')
    return textOf(node)
  })

export const alignBodies = (source: LexicalBody, target: LexicalBody): AlignedRow[] => {
  const sourceNodes = source?.root?.children ?? []
  const targetNodes = target?.root?.children ?? []
  return sourceNodes.map((node, index) => {
    const kind = kindOf(node)
    const counterpart = kindOf(targetNodes[index]) === kind ? targetNodes[index] : undefined
    const isBlock = kind === 'question' || kind === 'answer'
    return {
      index,
      kind,
      editable: kind !== 'other',
      source: isBlock ? blockText(node, 'text') : textOf(node),
      target: isBlock ? blockText(counterpart, 'text') : textOf(counterpart),
      ...(kind === 'question' ? { sourceAsker: blockText(node, 'asker'), targetAsker: blockText(counterpart, 'asker') } : {}),
    }
  })
}

const textNode = (text: string): LexicalNode => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

/**
 * The target body with the edited rows written in. A row whose text did not
 * change keeps its node as it was (formatting and links included); a row the
 * target lacks is made from the source node's shape.
 */
export const applyRows = (source: LexicalBody, target: LexicalBody, rows: AlignedRow[]): LexicalBody => {
  const base = structuredClone(target?.root ? target : source) as NonNullable<LexicalBody>
  const sourceNodes = source?.root?.children ?? []
  const original = alignBodies(source, target)
  const children = [...(target?.root?.children ?? [])]
  for (const row of rows) {
    if (!row.editable) continue
    const before = original[row.index]
    const unchanged = before && before.target === row.target && before.targetAsker === row.targetAsker
    if (unchanged) continue
    const node = structuredClone(kindOf(children[row.index]) === row.kind ? children[row.index] : sourceNodes[row.index]) as LexicalNode
    if (row.kind === 'question' || row.kind === 'answer') {
      node.fields = { ...node.fields, text: row.target, ...(row.kind === 'question' ? { asker: row.targetAsker ?? '' } : {}) }
    } else {
      node.children = row.target ? [textNode(row.target)] : []
    }
    children[row.index] = node
  }
  // Rows the target never had and nobody filled stay out, rather than arriving empty or in the source language.
  const filled = children.filter(Boolean)
  return { ...base, root: { ...base.root, children: filled } }
}
