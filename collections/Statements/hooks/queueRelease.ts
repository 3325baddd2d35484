import type { CollectionAfterChangeHook } from 'payload'

import type { Statement } from '../../../src/payload-types'
import { releaseQueue, releaseTaskSlug } from '../../../src/jobs/releaseStatement'

/**
 * A scheduled release is a job waiting for its instant. Rescheduling queues
 * a new one; the old one finds the time changed and does nothing.
 */
export const queueRelease: CollectionAfterChangeHook<Statement> = async ({ doc, previousDoc, req }) => {
  if (!doc.releaseAt || new Date(doc.releaseAt).getTime() === (previousDoc?.releaseAt ? new Date(previousDoc.releaseAt).getTime() : null)) return doc
  await req.payload.jobs.queue({
    task: releaseTaskSlug,
    queue: releaseQueue,
    input: { statement: String(doc.id), releaseAt: new Date(doc.releaseAt).toISOString() },
    waitUntil: new Date(doc.releaseAt),
    req,
  })
  return doc
}
