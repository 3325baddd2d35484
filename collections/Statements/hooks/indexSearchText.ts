import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionBeforeChangeHook } from 'payload'

import { localeFromCode } from '../../../src/i18n/locales'
import type { Statement } from '../../../src/payload-types'
import { stemIndex } from '../../../src/search/stemmers'

/** Plain text of a body, Q&A blocks included (their text lives in block fields). */
export const bodyText = (body: Statement['body']): string => {
  if (!body?.root) return ''
  const blockText: string[] = []
  const visit = (node: { type?: string; fields?: { text?: unknown; asker?: unknown }; children?: unknown[] }) => {
    if (node.type === 'block' && node.fields) {
      const { asker, text } = node.fields
      // "Amber Coast Radio: Humanitarian organisations report…", as the page reads, not one run-on sentence in excerpts.
      if (typeof asker === 'string' && asker.trim() !== '') blockText.push(`${asker.trim()}:`)
      if (typeof text === 'string') blockText.push(text)
    }
    node.children?.forEach((child) => visit(child as typeof node))
  }
  visit(body.root as never)
  return [convertLexicalToPlaintext({ data: body }), ...blockText].join('\n')
}

/**
 * Keeps `searchStems` (hidden) in step with the title, summary and body of
 * the language being saved, stemmed for that language.
 */
export const indexSearchText: CollectionBeforeChangeHook<Statement> = ({ data, req }) => {
  const locale = localeFromCode(String(req.locale))
  if (!locale) return data
  const text = [data.title, data.summary, bodyText(data.body)].filter(Boolean).join('\n')
  return { ...data, searchStems: stemIndex(locale, text) }
}
