import { describe, expect, it } from 'vitest'

import { bodyText } from '../../../collections/Statements/hooks/indexSearchText'
import { lexicalBody } from '../../../src/seed/lexicalBody'
import { excerpt } from '../../../src/render/format/excerpt'
import { localeFromCode } from '../../../src/i18n/locales'
import { stem } from '../../../src/search/stemmers'

describe('statement body as plain text', () => {
  const body = lexicalBody([
    { type: 'question', asker: 'Amber Coast Radio', text: 'Is the ceasefire at risk?' },
    { type: 'answer', speaker: 1, text: 'We are concerned by these reports.' },
  ])

  it('sets the asker of a question apart with a colon, so a search excerpt does not run them into the question', () => {
    expect(bodyText(body)).toContain('Amber Coast Radio:\nIs the ceasefire at risk?')
    const en = localeFromCode('en-GB')!
    const text = excerpt(bodyText(body), [stem(en, 'ceasefire')], en)
      .map((part) => part.text)
      .join('')
    expect(text).toContain('Amber Coast Radio: Is the ceasefire at risk? We are concerned')
  })
})
