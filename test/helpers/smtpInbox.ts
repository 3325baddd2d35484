import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { waitUntil } from './waitUntil'

export type ArrivedMail = { to: string; subject: string; text: string; html: string; from: string }

export type SmtpInbox = {
  /** smtp://user:password@127.0.0.1:port, for SMTP_URL. */
  url: string
  arrived: ArrivedMail[]
  /** Waits for a message to this address (and matching `subject`, when given), and answers it. */
  waitFor: (to: string, subject?: RegExp) => Promise<ArrivedMail>
  close: () => Promise<void>
}

const user = 'mailer'
const password = 'mail-secret'

/**
 * A real SMTP server on a free port that insists on the user and password in its URL, and keeps
 * every message that arrives, parsed. No TLS: the test talks to it over the loopback.
 */
export const startSmtpInbox = async (): Promise<SmtpInbox> => {
  const arrived: ArrivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === password ? callback(null, { user }) : callback(new Error('Invalid username or password')),
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const addresses = (list: ParsedMail['to']) => [list ?? []].flat().flatMap((entry) => entry.value.map((address) => address.address ?? '')).join(', ')
          arrived.push({ to: addresses(mail.to), from: addresses(mail.from), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    arrived,
    waitFor: (to, subject) => waitUntil(`an e-mail to ${to}${subject ? ` about ${subject}` : ''}`, () => arrived.find((mail) => mail.to === to && (!subject || subject.test(mail.subject)))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
