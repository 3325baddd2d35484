import type { Payload, PayloadRequest } from 'payload'

import { deferListingsContext, rebuildListings } from '../../collections/Listings/syncListings'
import { toSlug } from '../../collections/shared/fields/slugField'
import { demoStatements } from '../../src/seed/demoContent'
import { inTransaction } from '../../src/inTransaction'
import { nextTurnOfTheEventLoop } from '../../src/nextTurnOfTheEventLoop'
import { lexicalBody } from '../../src/seed/lexicalBody'

const kinds = ['statement', 'answer-to-media-question', 'comment', 'briefing', 'interview', 'speech', 'article', 'press-release'] as const

const progress = (done: number, total: number, started: number) => {
  const width = 30
  const filled = Math.round((done / total) * width)
  const rate = done / ((Date.now() - started) / 1000 || 1)
  process.stdout.write(`\r  seeding [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(0)}/s   `)
  if (done === total) process.stdout.write('\n')
}

/**
 * N statements published in both languages, with Q&A bodies of
 * realistic length made from the demo texts, spread over speakers and
 * topics, written through the Local API in batches of one transaction
 * each. The read model is left to one rebuild at the end (see
 * seedStatements).
 */
const seedEach = async (payload: Payload, n: number, onBatch: (done: number) => void, { batch = 50 } = {}) => {
  const people = (await payload.find({ collection: 'people', limit: 100, depth: 0, pagination: false })).docs.map((d) => d.id)
  const topics = (await payload.find({ collection: 'topics', limit: 100, depth: 0, pagination: false })).docs.map((d) => d.id)
  const base = Date.parse('2026-11-27T12:00:00Z')
  const one = async (i: number, req: PayloadRequest) => {
    const source = demoStatements[i % demoStatements.length]!
    const speaker = people[i % people.length]!
    const body = (locale: 'en-GB' | 'ru-RU') =>
      lexicalBody(
        source[locale].body.map((part) => (part.type === 'answer' ? { ...part, speaker } : part)),
      )
    const doc = await payload.create({
      collection: 'statements',
      locale: 'en-GB',
      context: { seeding: true, [deferListingsContext]: true },
      depth: 0,
      select: { kind: true },
      req,
      data: {
        title: `${source['en-GB'].title} (${i + 1})`,
        slug: `${toSlug(source['en-GB'].title).slice(0, 100)}-${i + 1}`,
        summary: source['en-GB'].summary,
        body: body('en-GB'),
        kind: kinds[i % kinds.length],
        publishedAt: new Date(base - i * 37 * 60_000).toISOString(),
        speakers: [speaker as number],
        topics: [topics[i % topics.length] as number, topics[(i + 3) % topics.length] as number],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'ru-RU',
      context: { seeding: true, [deferListingsContext]: true },
      depth: 0,
      select: { kind: true },
      req,
      data: { title: `${source['ru-RU'].title} (${i + 1})`, slug: `${toSlug(source['ru-RU'].title).slice(0, 100)}-${i + 1}`, summary: source['ru-RU'].summary, body: body('ru-RU'), _status: 'published' },
    })
  }
  for (let i = 0; i < n; i += batch) {
    const size = Math.min(batch, n - i)
    // One statement after another: SQLite runs them on one thread either way, and writes sharing a
    // transaction (`req`) must not interleave.
    await inTransaction(payload, async (req) => {
      for (let k = 0; k < size; k++) await one(i + k, req)
    })
    await nextTurnOfTheEventLoop()
    onBatch(size)
  }
}

/**
 * N statements in both languages, then the read model built once, in
 * batches. One process: seeding processes side by side on one SQLite file
 * were tried and were no faster (21 a second with two), their writes
 * waiting on each other's locks.
 */
export const seedStatements = async (payload: Payload, n: number) => {
  const started = Date.now()
  let done = 0
  await seedEach(payload, n, (size) => {
    done += size
    progress(done, n, started)
  })
  const rebuilding = Date.now()
  await rebuildListings(payload)
  return { seconds: (Date.now() - started) / 1000, rebuildSeconds: (Date.now() - rebuilding) / 1000 }
}
