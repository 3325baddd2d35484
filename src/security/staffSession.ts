import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Whether a request carries a session Payload itself signed and that has not
 * expired: a `{prefix}-token` cookie, or `Authorization: JWT …` / `Bearer …`
 * (the users collection has no API keys). Only the signature and the expiry
 * are checked, with Payload's key (HS256 over its hashed secret), so that a
 * request with made-up credentials counts as anonymous; who the user is and
 * what they may read is still Payload's to decide. About 2 µs, against a
 * database read for Payload's own check.
 */
export const staffSession = ({ secret, cookiePrefix = 'payload' }: { secret: string; cookiePrefix?: string }) => {
  const key = Buffer.from(secret, 'utf8')
  const cookieName = `${cookiePrefix}-token=`

  const tokenOf = (req: IncomingMessage): string | undefined => {
    const authorization = req.headers.authorization
    if (authorization?.startsWith('JWT ')) return authorization.slice(4)
    if (authorization?.startsWith('Bearer ')) return authorization.slice(7)
    const cookie = req.headers.cookie
    if (!cookie) return undefined
    for (const part of cookie.split(';')) {
      const trimmed = part.trim()
      if (trimmed.startsWith(cookieName)) return decodeURIComponent(trimmed.slice(cookieName.length))
    }
    return undefined
  }

  const isValid = (token: string): boolean => {
    const [header, body, signature, ...rest] = token.split('.')
    if (!header || !body || !signature || rest.length > 0) return false
    const expected = createHmac('sha256', key).update(`${header}.${body}`).digest()
    const given = Buffer.from(signature, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
    try {
      const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }
      const { exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp?: unknown }
      return alg === 'HS256' && typeof exp === 'number' && exp * 1000 > Date.now()
    } catch {
      return false
    }
  }

  return (req: IncomingMessage): boolean => {
    const token = tokenOf(req)
    return token !== undefined && isValid(token)
  }
}
