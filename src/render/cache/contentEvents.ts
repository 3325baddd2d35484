import { EventEmitter } from 'node:events'

/**
 * "Published content changed" travels on one emitter per process, kept on
 * globalThis: Next's bundle carries its own copy of this module (and its own
 * Payload), so a module-level emitter would not reach the Express side.
 */
const key = Symbol.for('statements-cms.content-events')

type Holder = { [key]?: EventEmitter }

export const contentEvents = (): EventEmitter => {
  const holder = globalThis as Holder
  if (!holder[key]) {
    holder[key] = new EventEmitter()
    holder[key].setMaxListeners(50)
  }
  return holder[key]
}

export type ContentChange = { collection: string; id?: number | string; origin?: string }

export const contentChangedEvent = 'content-changed'

/** Tells every page cache in this process (and, through the Redis relay, in other instances) to drop what it holds. */
export const announceContentChange = (change: ContentChange): void => {
  contentEvents().emit(contentChangedEvent, change)
}

export const onContentChange = (listener: (change: ContentChange) => void): (() => void) => {
  contentEvents().on(contentChangedEvent, listener)
  return () => contentEvents().off(contentChangedEvent, listener)
}
