import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

export type EmailSettings = { smtpUrl?: string; from: { name: string; address: string } }

type Initialized = ReturnType<EmailAdapter>
/** Payload's adapter plus `deliver`, which waits for the SMTP server's answer (and throws when it refuses). */
type DeliveringAdapter = Initialized & { deliver: (message: SendEmailOptions) => Promise<unknown> }

const recipients = (message: SendEmailOptions) => [message.to].flat().map((to) => (typeof to === 'object' && to ? to.address : to)).join(', ')

/** smtp://user:pass@host:587 → nodemailer's options, with timeouts short enough that a dead server fails a job, not the process. */
const transportOptions = (smtpUrl: string) => {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  }
}

/**
 * Without SMTP_URL: Payload's console fallback (the recipient and subject in the log), given explicitly so
 * that Payload does not warn about it at every start; outside production the text too, links included,
 * so that a password can be reset on a laptop.
 */
const consoleAdapter = ({ from, production }: { from: EmailSettings['from']; production: boolean }): EmailAdapter => ({ payload }) => {
  const deliver = async (message: SendEmailOptions) => {
    payload.logger.info({ msg: `Email attempted without being configured. To: '${recipients(message)}', Subject: '${message.subject}'${production ? '' : `\n${message.text ?? message.html ?? ''}`}` })
  }
  return { name: 'console', defaultFromAddress: from.address, defaultFromName: from.name, sendEmail: deliver, deliver } satisfies DeliveringAdapter
}

/**
 * Payload's nodemailer adapter. Payload itself sends the password-reset e-mail from inside the request's
 * transaction and waits for it: handing the message to SMTP in the background instead keeps a slow or
 * unreachable mail server from holding the request and, on SQLite, the database's one writer; a failure
 * is logged (and the person may ask again). Our own e-mails go through the `sendMail` job, which calls
 * `deliver` and so retries a refusal.
 */
export const emailAdapter = async ({ smtpUrl, from, production }: EmailSettings & { production: boolean }): Promise<EmailAdapter> => {
  if (!smtpUrl) return consoleAdapter({ from, production })
  const nodemailer = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transportOptions: transportOptions(smtpUrl),
    // Verifying connects to the server whenever the configuration is built (every CLI command too).
    skipVerify: true,
  })
  return ({ payload }) => {
    const inner = nodemailer({ payload })
    const sendInBackground = async (message: SendEmailOptions) => {
      inner.sendEmail(message).catch((error: unknown) => payload.logger.error({ err: error, msg: `E-mail to ${recipients(message)} could not be sent: ${(error as Error)?.message}` }))
    }
    return { ...inner, name: 'smtp', sendEmail: sendInBackground, deliver: (message) => inner.sendEmail(message) } satisfies DeliveringAdapter
  }
}

/** Sends now and waits for the outcome: for job handlers, whose retries take over when it throws. */
export const deliverMail = (payload: Payload, message: SendEmailOptions): Promise<unknown> => {
  const adapter = payload.email as Partial<DeliveringAdapter>
  return adapter.deliver ? adapter.deliver(message) : payload.sendEmail(message)
}
