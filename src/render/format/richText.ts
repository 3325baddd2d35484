import { convertLexicalToHTML, type HTMLConverters, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import escapeHTML from 'escape-html'
import type { TFunction } from 'i18next'

import type { Person, Statement } from '../../payload-types'

type Body = Statement['body']

/** Blank-line separated text from a textarea becomes paragraphs. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const speakerName = (speaker: unknown): string | null =>
  speaker && typeof speaker === 'object' && typeof (speaker as Person).name === 'string' ? (speaker as Person).name : null

/**
 * Lexical -> HTML with the Q&A blocks rendered as question and answer pairs,
 * the answer led by the speaker's name. Every text is escaped here or by
 * Payload's own converters.
 */
export const renderBody = (body: Body, t: TFunction): string => {
  if (!body?.root) return ''
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    blocks: {
      question: ({ node }) => {
        const { asker, text } = node.fields as { asker?: string | null; text?: string | null }
        const label = escapeHTML(asker ? `${t('statement.question')} (${asker})` : t('statement.question'))
        const [first = '', ...rest] = paragraphs(text ?? '')
        return (
          `<div class="qa qa-question"><p><strong class="qa-label">${label}:</strong> ${escapeHTML(first)}</p>` +
          rest.map((p) => `<p>${escapeHTML(p)}</p>`).join('') +
          '</div>'
        )
      },
      answer: ({ node }) => {
        const { speaker, text } = node.fields as { speaker?: unknown; text?: string | null }
        const name = speakerName(speaker)
        const [first = '', ...rest] = paragraphs(text ?? '')
        const lead = name ? `<strong class="qa-label">${escapeHTML(name)}:</strong> ` : ''
        return (
          `<div class="qa qa-answer"><p>${lead}${escapeHTML(first)}</p>` +
          rest.map((p) => `<p>${escapeHTML(p)}</p>`).join('') +
          '</div>'
        )
      },
    },
  }
  return convertLexicalToHTML({ data: body, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
