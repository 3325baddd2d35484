/**
 * Codes and messages database drivers raise when the database cannot be
 * reached: refused, reset or timed-out sockets; PostgreSQL's admin shutdown
 * and termination (57P01-3), lost or failed connections (08xxx), too many
 * connections (53300), a database closed to new connections and a client whose
 * connection was lost (pg: "... is not queryable"); SQLite busy or
 * unopenable; MongoDB network and server selection failures.
 */
const unavailable =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P0[1-3]|08000|08003|08006|08001|08004|53300|SQLITE_BUSY|SQLITE_CANTOPEN|Connection terminated|terminating connection|not currently accepting connections|is not queryable|cannot connect|timeout exceeded when trying to connect|MongoNetworkError|MongoServerSelectionError/i

/** How deep to follow `cause`: guards against cycles without a visited set. */
const maxDepth = 8

/**
 * Whether an error means the database is out of reach (answer 503) rather than
 * a fault in the request or the code (answer 500). Drizzle and Payload wrap the
 * driver's error (Drizzle's "Failed query: ..." keeps the pg error as `cause`),
 * so the whole `cause` chain is read, and aggregate errors' members too.
 */
export const isUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > maxDepth) return false
  const { code, name, message, cause, errors } = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  const text = [code, name, message].filter((part) => typeof part === 'string').join(' ')
  if (unavailable.test(text)) return true
  if (Array.isArray(errors) && errors.some((member) => isUnavailable(member, depth + 1))) return true
  return isUnavailable(cause, depth + 1)
}
