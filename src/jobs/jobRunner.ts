import type { Payload } from 'payload'

/**
 * Next's bundle holds a second Payload instance in the same process, with
 * the same config; only the one the server marks here runs the job queue.
 */
const runnerKey = Symbol.for('statements-cms.jobRunner')
type WithRunner = typeof globalThis & { [runnerKey]?: Payload }

export const runJobsIn = (payload: Payload | undefined): void => {
  ;(globalThis as WithRunner)[runnerKey] = payload
}

export const isJobRunner = (payload: Payload): boolean => (globalThis as WithRunner)[runnerKey] === payload
