import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` with a request of its own in one transaction (where the
 * database has them: MongoDB without a replica set runs it without one),
 * committed when it ends and rolled back when it throws. Bulk writes made
 * this way commit once per batch rather than once per row: on SQLite that
 * also spares the full-text index a new segment for every row.
 */
export const inTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  try {
    const result = await work(req)
    if (began) await commitTransaction(req)
    return result
  } catch (error) {
    if (began) await killTransaction(req)
    throw error
  }
}
