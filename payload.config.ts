import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import { pino } from 'pino'
import pinoPretty from 'pino-pretty'
import sharp from 'sharp'

import { collections, globals } from './collections'
import { freshCopy } from './collections/shared/freshCopy'
import { withGraphqlTimeLimit } from './collections/shared/hooks/stopOverdueGraphql'
import { usersSlug } from './collections/Users'
import { refuseSecretFieldQueriesEverywhere } from './collections/shared/hooks/refuseSecretFieldQueries'
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
    // A GraphQL request past its time limit stops reading (src/security/limitGraphqlTime.ts).
    collections: collections.map(freshCopy).map(withGraphqlTimeLimit),
    globals: globals.map(freshCopy),
    db: databaseAdapter(parseDatabaseUri(databaseUri), { production }),
    editor: lexicalEditor(),
    // SMTP_URL through Payload's nodemailer adapter; unset, the console (src/email/emailAdapter.ts).
    email: emailAdapter({ smtpUrl, from: env.emailFrom, production }),
    sharp,
    localization: {
      // Named in the admin's own language: "Publish in Russian", not "Publish in Русский".
      locales: locales.map(({ code, adminLabel }) => ({ code, label: adminLabel })),
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
        ru: {
          custom: { sideBySide: 'Рядом с оригиналом' },
          // Payload's "Искать по" dropped the field's name, and joined the next one with "Или же".
          general: { searchBy: 'Поиск: {{label}}', or: 'или' },
          // Payload's "на {{locale}}" needs the prepositional case ("на русском"), which a label cannot give.
          version: {
            publishIn: 'Опубликовать ({{locale}})',
            unpublishIn: 'Снять с публикации ({{locale}})',
            aboutToUnpublishIn: 'Вы собираетесь снять с публикации версию «{{locale}}». Продолжить?',
          },
        },
      },
    },
    admin: {
      user: usersSlug,
      // The Gravatar default would call an outside host.
      avatar: 'default',
      importMap: { baseDir: path.join(projectRoot, 'src') },
      meta: { titleSuffix: ' · Statements CMS' },
      // Dates as people write them in both admin languages ("4 December 2026, 14:47", "4 декабря 2026, 14:47"),
      // not Payload's "December 4th 2026, 2:47 PM" ("декабря 4-е 2026, 2:47 ПП").
      dateFormat: 'd MMMM yyyy, HH:mm',
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
  }).then(refuseSecretFieldQueriesEverywhere)

export default createConfig()
