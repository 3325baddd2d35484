/**
 * Resolves on the event loop's next turn. A long run of database work on
 * SQLite never gets there by itself: libsql answers synchronously, so every
 * await resolves at once and the loop's phases never come round. libsql
 * frees the native memory of each query's rows in a finalizer that runs on
 * such a turn: seeding 22,000 statements without one grew the process to
 * 15 GB (about 0.65 MB a statement, and no larger a JavaScript heap). Bulk
 * work yields here between batches.
 */
export const nextTurnOfTheEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
