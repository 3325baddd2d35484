import { randomUUID } from 'node:crypto'

import type { Statement } from '../payload-types'

export type BodyPart =
  | { type: 'paragraph'; text: string }
  | { type: 'question'; asker?: string; text: string }
  | { type: 'answer'; speaker: number | string; text: string }

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })

const paragraphNode = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
})

const blockNode = (fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: randomUUID().replace(/-/g, '').slice(0, 24), blockName: '', ...fields },
})

/** Builds a Lexical body (paragraphs and Q&A blocks) as the admin editor would save it. */
export const lexicalBody = (parts: BodyPart[]): NonNullable<Statement['body']> => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: parts.map((part) => {
      switch (part.type) {
        case 'paragraph':
          return paragraphNode(part.text)
        case 'question':
          return blockNode({ blockType: 'question', asker: part.asker ?? null, text: part.text })
        case 'answer':
          return blockNode({ blockType: 'answer', speaker: part.speaker, text: part.text })
      }
    }),
  },
})
