import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import { pino } from 'pino'
import pinoPretty from 'pino-pretty'
import sharp from 'sharp'

import { collections, globals } from './collections'
import { usersSlug } from './collections/Users'
import { databaseAdapter, parseDatabaseUri } from './src/db'
import { emailAdapter } from './src/email/emailAdapter'
import { sendInvitationTask } from './src/email/invitations'
import { notifyTranslationTask } from './src/email/notifyTranslationTask'
import { emailQueue, sendMailTask } from './src/email/sendMailTask'
import { env } from './src/env'
import { defaultLocale, locales } from './src/i18n/locales'
import { isJobRunner } from './src/jobs/jobRunner'
import { releaseQueue, releaseStatementTask } from './src/jobs/releaseStatement'
import { projectRoot } from './src/projectRoot'
import { databaseUnavailableStatus } from './src/security/databaseUnavailableStatus'
import { maxUploadBytes, uploadTooLargeMessage } from './src/security/maxUploadBytes'

/** SERVER_URL's origin; on a laptop, http://localhost:PORT and http://127.0.0.1:PORT are the same server. */
const trustedOrigins = (serverUrl: string): string[] => {
  const url = new URL(serverUrl)
  if (url.hostname !== 'localhost') return [url.origin]
  return [url.origin, `${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`]
}

export type ConfigOptions = {
  databaseUri?: string
  production?: boolean
  serverUrl?: string
  /** Unset: e-mails are written to the log. */
  smtpUrl?: string
}

/** The whole Payload configuration; tests call it with their own database. */
export const createConfig = ({
  databaseUri = env.databaseUri,
  production = env.isProduction,
  serverUrl = env.serverUrl,
  smtpUrl = env.smtpUrl,
}: ConfigOptions = {}) =>
  buildConfig({
    secret: env.payloadSecret,
    serverURL: serverUrl,
    // Cross-site requests are refused unless they come from our own origin.
    cors: trustedOrigins(serverUrl),
    csrf: trustedOrigins(serverUrl),
    collections: [...collections],
    globals: [...globals],
    db: databaseAdapter(parseDatabaseUri(databaseUri), { production }),
    editor: lexicalEditor(),
    // SMTP_URL through Payload's nodemailer adapter; unset, the console (src/email/emailAdapter.ts).
    email: emailAdapter({ smtpUrl, from: env.emailFrom, production }),
    sharp,
    localization: {
      locales: locales.map(({ code, label }) => ({ code, label })),
      defaultLocale: defaultLocale.code,
      // A missing translation is missing: never show another language in its place.
      fallback: false,
      // "Publish changes" publishes the language being edited; every language at once is in its menu.
      defaultLocalePublishOption: 'active',
    },
    experimental: { localizeStatus: true },
    i18n: {
      supportedLanguages: { en, ru },
      fallbackLanguage: 'en',
      // Our own admin strings, for labels that only take a translation key.
      translations: {
        en: { custom: { sideBySide: 'Side by side' } },
        ru: { custom: { sideBySide: 'Рядом с оригиналом' } },
      },
    },
    admin: {
      user: usersSlug,
      // The Gravatar default would call an outside host.
      avatar: 'default',
      importMap: { baseDir: path.join(projectRoot, 'src') },
      meta: { titleSuffix: ' · Statements CMS' },
      // Outdated and waiting translations, where everyone lands after signing in.
      components: { beforeDashboard: ['/components/TranslationQueue#TranslationQueue'] },
    },
    graphQL: {
      disablePlaygroundInProduction: true,
      disableIntrospectionInProduction: true,
      maxComplexity: 1000,
    },
    jobs: {
      tasks: [releaseStatementTask, sendMailTask, sendInvitationTask, notifyTranslationTask],
      // Scheduled releases and e-mails are checked every second, by the server's own Payload instance only.
      autoRun: [
        { cron: '* * * * * *', queue: releaseQueue, limit: 20, silent: true },
        { cron: '* * * * * *', queue: emailQueue, limit: 20, silent: true },
      ],
      shouldAutoRun: (payload) => isJobRunner(payload),
    },
    // A database out of reach is a 503 on the REST API too, without detail.
    hooks: { afterError: [databaseUnavailableStatus] },
    upload: { limits: { fileSize: maxUploadBytes }, responseOnLimit: uploadTooLargeMessage },
    typescript: { outputFile: path.join(projectRoot, 'src/payload-types.ts'), autoGenerate: false },
    telemetry: false,
    // Payload's own readable log format, at the level LOG_LEVEL asks for.
    logger: pino({ name: 'payload', level: env.logLevel }, pinoPretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' })),
  })

export default createConfig()
