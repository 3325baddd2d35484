import type { PayloadRequest } from 'payload'

/**
 * A Local API call given `req` sets `req.locale` (when given a locale) and
 * merges its `context` into `req.context` for good. A hook that reads
 * another language, or writes with its own context, puts the request's back.
 */
export const keepRequestLocale = async <T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> => {
  const { locale, fallbackLocale, context } = req
  try {
    return await call()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.context = context
  }
}
