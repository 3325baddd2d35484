import type { PayloadRequest, TaskConfig } from 'payload'

import { deliverMail } from './emailAdapter'
import type { Mail } from './mailTexts'

export const emailQueue = 'email'
export const sendMailTaskSlug = 'sendMail'

type MailInput = Mail & { to: string }

/**
 * Queues one e-mail. Queued with the request, the job is written in the request's transaction, so it exists
 * only once the save that caused it has committed; the server's job runner sends it within a second, and
 * a slow or unreachable mail server delays the e-mail, never the save.
 */
export const queueMail = (req: PayloadRequest, input: MailInput) =>
  req.payload.jobs.queue({ task: sendMailTaskSlug, queue: emailQueue, input, req })

export const sendMailTask: TaskConfig<{ input: MailInput; output: object }> = {
  slug: sendMailTaskSlug,
  label: 'Send an e-mail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  // About 30 s, 1, 2, 4 and 8 minutes: a mail server's restart or a short outage.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    try {
      await deliverMail(req.payload, { to: input.to, subject: input.subject, text: input.text, html: input.html })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `E-mail to ${input.to} ("${input.subject}") could not be sent: ${(error as Error)?.message}` })
      throw error
    }
    return { output: {} }
  },
}
