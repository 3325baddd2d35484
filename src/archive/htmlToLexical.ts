import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload, RichTextField } from 'payload'

/** Elements an archived body may hold: text structure, links, images. Anything else is refused, not dropped. */
const allowedElements = new Set([
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'b', 'em', 'i', 'u', 's',
  'sub', 'sup', 'code', 'span', 'div', 'img', 'hr',
])
const voidElements = new Set(['br', 'img', 'hr'])
/** Elements HTML closes by itself when the next block starts, as old sites rely on. */
const selfClosing = new Set(['p', 'li'])

/**
 * Why an archived HTML body is not acceptable, or undefined when it is:
 * an element we do not keep (script, iframe, form, style…) or tags that do
 * not nest (`<b><i></b></i>`, a `</div>` with no `<div>`). A browser would
 * guess; an archive import should say.
 */
export const htmlBodyProblem = (html: string): string | undefined => {
  const stack: string[] = []
  const tags = html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)
  for (const [whole, closing, rawName, selfClose] of tags) {
    const name = rawName!.toLowerCase()
    if (!allowedElements.has(name)) return `the body holds <${name}>, which an archived statement may not contain`
    if (/\son[a-z]+\s*=/i.test(whole)) return `the body’s <${name}> carries an event handler attribute`
    if (voidElements.has(name) || selfClose) continue
    if (!closing) {
      if (selfClosing.has(name) && stack.at(-1) === name) stack.pop()
      stack.push(name)
      continue
    }
    while (selfClosing.has(stack.at(-1) ?? '') && stack.at(-1) !== name) stack.pop()
    if (stack.at(-1) !== name) return `the body’s HTML is not well nested: </${name}> where ${stack.length ? `<${stack.at(-1)}> is open` : 'nothing is open'}`
    stack.pop()
  }
  const unclosed = stack.filter((name) => !selfClosing.has(name))
  if (unclosed.length > 0) return `the body’s HTML leaves <${unclosed.at(-1)}> unclosed`
  return undefined
}

const editorConfigs = new WeakMap<Payload, SanitizedServerEditorConfig>()

/** The statement body field's own editor configuration, so the converter knows its blocks and features. */
export const bodyEditorConfig = (payload: Payload): SanitizedServerEditorConfig => {
  let config = editorConfigs.get(payload)
  if (!config) {
    const field = payload.collections.statements.config.flattenedFields.find((f) => f.name === 'body') as RichTextField
    config = editorConfigFactory.fromField({ field })
    editorConfigs.set(payload, config)
  }
  return config
}

export type LexicalState = { root: { type: 'root'; children: Record<string, unknown>[]; [key: string]: unknown } }

/**
 * Converts archived HTML with Payload's own converter. An image whose source
 * is one of the statement's media paths becomes an upload node naming that
 * path (the caller swaps in the media id); any other image is dropped.
 */
export const htmlToLexical = (payload: Payload, html: string, mediaPaths: ReadonlySet<string> = new Set()): LexicalState => {
  const dom = new JSDOM(`<body>${html}</body>`)
  for (const img of dom.window.document.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? ''
    if (!mediaPaths.has(src)) {
      img.remove()
      continue
    }
    img.setAttribute('data-lexical-upload-relation-to', 'media')
    img.setAttribute('data-lexical-upload-id', src)
  }
  const prepared = dom.window.document.body.innerHTML
  dom.window.close()
  // The converter makes a window of its own; closed once it is done, so none outlives its statement.
  const opened: JSDOM[] = []
  const ClosableDOM = class extends JSDOM {
    constructor(html: string) {
      super(html)
      opened.push(this)
    }
  }
  try {
    return convertHTMLToLexical({ editorConfig: bodyEditorConfig(payload), html: prepared, JSDOM: ClosableDOM }) as unknown as LexicalState
  } finally {
    for (const window of opened) window.window.close()
  }
}
