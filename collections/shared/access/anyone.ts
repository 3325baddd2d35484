import type { Access } from 'payload'

/** Public reference data (people, topics, media): everyone may read it. */
export const anyone: Access = () => true
