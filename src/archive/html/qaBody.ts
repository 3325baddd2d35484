import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { toSlug } from '../../../collections/shared/fields/slugField'
import { htmlToLexical, type LexicalState } from '../htmlToLexical'

type BlockFields = { blockType: 'question'; text: string; asker: null } | { blockType: 'answer'; speaker: string; text: string }
type Part = { html: string } | BlockFields

/** Block ids made from the page and the block's place in it: the same page again gives the same body, and so imports as unchanged. */
const blockNode = (fields: BlockFields, idSeed: string, index: number) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: createHash('sha1').update(`${idSeed}#${index}`).digest('hex').slice(0, 24), blockName: '', ...fields },
})

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The speaker who leads a paragraph in bold ("<strong>Lukas Ferrane:</strong> …"), and what they said. */
const boldSpeaker = (paragraph: Element): { name: string; said: string } | undefined => {
  const first = paragraph.firstElementChild
  const leading = paragraph.textContent?.trimStart() ?? ''
  if (!first || !['STRONG', 'B'].includes(first.tagName) || !leading.startsWith(first.textContent?.trim() ?? '\0')) return undefined
  const match = /^(.+?)\s*:\s*(.*)$/su.exec(text(paragraph))
  const bold = text(first).replace(/:$/, '').trim()
  if (!match || !bold || match[1]!.trim() !== bold) return undefined
  return { name: bold, said: match[2]!.trim() }
}

export type QaSpeaker = { slug: string; name: string }

/**
 * A page body as Lexical: a paragraph opening with a question prefix
 * ("Question:", "Вопрос:") becomes a question block; one led by a bold name
 * and a colon, an answer block by that speaker (found among the page's
 * people by name, else named by the transliterated name); the paragraphs
 * after either continue it. Everything else goes through Payload's own
 * HTML-to-Lexical converter, formatting kept.
 */
export const qaBody = (payload: Payload, body: Element, questionPrefixes: string[], people: QaSpeaker[], idSeed: string): { body: LexicalState; speakers: QaSpeaker[] } => {
  const parts: Part[] = []
  const speakers: QaSpeaker[] = []
  let open: BlockFields | undefined
  for (const element of Array.from(body.children)) {
    const paragraph = element.tagName === 'P' ? element : undefined
    const content = paragraph ? text(paragraph) : ''
    const prefix = paragraph && questionPrefixes.find((p) => content.toLocaleLowerCase().startsWith(p.toLocaleLowerCase()))
    const answer = paragraph && !prefix ? boldSpeaker(paragraph) : undefined
    if (prefix) {
      open = { blockType: 'question', text: content.slice(prefix.length).trim(), asker: null }
      parts.push(open)
    } else if (answer) {
      const known = people.find((person) => person.name.toLocaleLowerCase() === answer.name.toLocaleLowerCase())
      const speaker = known ?? { slug: toSlug(answer.name), name: answer.name }
      if (!speakers.some((s) => s.slug === speaker.slug)) speakers.push(speaker)
      open = { blockType: 'answer', speaker: speaker.slug, text: answer.said }
      parts.push(open)
    } else if (open && paragraph) {
      open.text = [open.text, content].filter(Boolean).join('\n\n')
    } else {
      open = undefined
      const last = parts.at(-1)
      if (last && 'html' in last) last.html += element.outerHTML
      else parts.push({ html: element.outerHTML })
    }
  }
  const children = parts.flatMap((part, index) => ('html' in part ? htmlToLexical(payload, part.html).root.children : [blockNode(part, idSeed, index)]))
  return { body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }, speakers }
}
