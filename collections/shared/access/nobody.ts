import type { Access } from 'payload'

/** Records that only the system writes (through hooks, with overrideAccess). */
export const nobody: Access = () => false
