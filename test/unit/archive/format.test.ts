import { describe, expect, it } from 'vitest'

import { htmlBodyProblem } from '../../../src/archive/htmlToLexical'
import { archiveHeader, isoInstant } from '../../../src/archive/format'

describe('the archive format', () => {
  it('takes only instants the calendar has, with an offset', () => {
    expect(isoInstant.safeParse('2019-02-14T11:42:00+03:00').success).toBe(true)
    expect(isoInstant.safeParse('2019-02-14T08:42:00.000Z').success).toBe(true)
    for (const text of ['2019-02-30T10:00:00Z', '2019-02-14T24:10:00Z', '2019-02-14T10:00:00', '14 February 2019']) expect(isoInstant.safeParse(text).success, text).toBe(false)
  })

  it('names the version it reads when the header asks for another', () => {
    const parsed = archiveHeader.safeParse({ format: 'statements-archive', version: 2 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe('format version 2 is not supported; this importer reads version 1')
  })
})

describe('htmlBodyProblem', () => {
  it('accepts text structure, links and images, and paragraphs HTML closes by itself', () => {
    expect(htmlBodyProblem('<h2>Title</h2><p>One <a href="/x">link</a><p>Two<ul><li>a<li>b</ul><img src="media/a.png"><br>')).toBeUndefined()
  })

  it('refuses elements it does not keep, event handlers and tags that do not nest', () => {
    expect(htmlBodyProblem('<iframe src="x"></iframe>')).toBe('the body holds <iframe>, which an archived statement may not contain')
    expect(htmlBodyProblem('<p onclick="x()">a</p>')).toBe('the body’s <p> carries an event handler attribute')
    expect(htmlBodyProblem('<div><b>a</div>')).toBe('the body’s HTML is not well nested: </div> where <b> is open')
    expect(htmlBodyProblem('<blockquote>a')).toBe('the body’s HTML leaves <blockquote> unclosed')
  })
})
