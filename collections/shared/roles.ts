import type { User } from '../../src/payload-types'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Partial<Pick<User, 'roles'>> | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Array.isArray(user?.roles) && user.roles.some((role) => wanted.includes(role as Role))
