import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Typed, validated configuration, read once. Nothing else reads process.env.
 */
import { ConfigError } from './configError'
import { parseTrustProxy } from './parseTrustProxy'

export { ConfigError }

/**
 * A `.env` file in the working directory (the project's root for every npm script) is read before
 * anything else here; a variable set in the environment wins over the file, as Node's own loader
 * never overwrites one. Node's parser: `KEY=value` lines, `#` comments, quoted values.
 */
const dotEnvFile = path.resolve('.env')
if (existsSync(dotEnvFile)) {
  try {
    process.loadEnvFile(dotEnvFile)
  } catch (error) {
    throw new ConfigError(`.env could not be read: ${(error as Error).message}`)
  }
}

const read = (name: string): string | undefined => {
  const value = process.env[name]
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

const readPort = (): number => {
  const raw = read('PORT') ?? '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`)
  }
  return port
}

const readTimeZone = (): string => {
  const zone = read('SITE_TIMEZONE') ?? 'UTC'
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
  } catch {
    throw new ConfigError(`SITE_TIMEZONE must be an IANA time zone such as Europe/London, got "${zone}"`)
  }
  return zone
}

const readBoolean = (name: string, fallback: boolean): boolean => {
  const raw = read(name)
  if (raw === undefined) return fallback
  if (/^(1|true|yes|on)$/i.test(raw)) return true
  if (/^(0|false|no|off)$/i.test(raw)) return false
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

const readBytes = (name: string, fallbackMb: number): number => {
  const raw = read(name) ?? String(fallbackMb)
  const mb = Number(raw)
  if (!Number.isFinite(mb) || mb < 0) throw new ConfigError(`${name} must be a number of megabytes (0 turns the cache off), got "${raw}"`)
  return Math.round(mb * 1024 * 1024)
}

const readSeconds = (name: string, fallback: number): number => {
  const raw = read(name) ?? String(fallback)
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 1) throw new ConfigError(`${name} must be a whole number of seconds, at least 1, got "${raw}"`)
  return seconds
}

const readWholeNumber = (name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}): number => {
  const raw = read(name) ?? String(fallback)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  return value
}

/** SMTP_URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS from the start). */
const readSmtpUrl = (): string | undefined => {
  const raw = read('SMTP_URL')
  if (raw === undefined) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587')
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// and name a host, got "${url.protocol}//${url.host}"`)
  }
  return raw
}

/** EMAIL_FROM: `Name <address>` or a bare address; by default no-reply at SERVER_URL's host. */
const readEmailFrom = (serverUrl: string): { name: string; address: string } => {
  const host = URL.canParse(serverUrl) ? new URL(serverUrl).hostname : 'localhost'
  const raw = read('EMAIL_FROM') ?? `Statements CMS <no-reply@${host}>`
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(raw)
  if (!match) throw new ConfigError(`EMAIL_FROM must be an address such as "Press office <cms@example.org>", got "${raw}"`)
  return { name: match[1]?.trim() || 'Statements CMS', address: match[2] ?? match[3] }
}

const nodeEnv = read('NODE_ENV') ?? 'development'
const isProduction = nodeEnv === 'production'

/**
 * PAYLOAD_SECRET signs sessions. When it is not set, a random secret is made
 * once and kept beside the default database, so a fresh `npm start` is safe
 * and both Payload instances (Express's and Next's) agree on it.
 */
const readSecret = (): string => {
  const secret = read('PAYLOAD_SECRET')
  if (secret) {
    if (secret.length < 16) throw new ConfigError('PAYLOAD_SECRET must be at least 16 characters long')
    return secret
  }
  const file = path.resolve('data', '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const made = randomBytes(32).toString('hex')
  writeFileSync(file, made, { mode: 0o600 })
  return made
}

const serverUrl = (read('SERVER_URL') ?? `http://localhost:${read('PORT') ?? '3000'}`).replace(/\/+$/, '')

export const env = {
  nodeEnv,
  isProduction,
  port: readPort(),
  serverUrl,
  databaseUri: read('DATABASE_URI') ?? 'file:./data/cms.db',
  payloadSecret: readSecret(),
  siteTimeZone: readTimeZone(),
  seedDemo: readBoolean('SEED_DEMO', true),
  redisUrl: read('REDIS_URL'),
  pageCacheBytes: readBytes('PAGE_CACHE_MB', 64),
  /** A backstop: even if an invalidation is lost, no cached page is older than this. */
  pageCacheMaxAgeSeconds: readSeconds('PAGE_CACHE_MAX_AGE_S', 300),
  logLevel: read('LOG_LEVEL') ?? 'info',
  /** Proxies in front of the server to trust for the client's address (rate limits): hops, or named ranges and addresses. */
  trustProxy: parseTrustProxy(read('TRUST_PROXY')),
  /** Anonymous API reads that reach Payload (no credentials, not in the API cache): how many at once. */
  anonymousApiConcurrency: readWholeNumber('API_ANONYMOUS_CONCURRENCY', 2, { min: 1 }),
  /** ...and what share of the server's time they may take, in percent of each second. */
  anonymousApiBusyPercent: readWholeNumber('API_ANONYMOUS_BUSY_PERCENT', 10, { min: 1, max: 100 }),
  /** ...and how many one client address may make a minute; 0 turns the per-client limit off. */
  anonymousApiPerMinute: readWholeNumber('API_ANONYMOUS_PER_MINUTE', 120),
  /** Where e-mail goes out; unset, messages are written to the log instead. */
  smtpUrl: readSmtpUrl(),
  emailFrom: readEmailFrom(serverUrl),
}

export type Env = typeof env
