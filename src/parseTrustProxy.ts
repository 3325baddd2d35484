import { isIP } from 'node:net'

import { ConfigError } from './configError'

const named = new Set(['loopback', 'linklocal', 'uniquelocal'])

const isAddressOrSubnet = (entry: string): boolean => {
  const [address = '', mask, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (mask === undefined) return true
  if (/^\d{1,3}$/.test(mask)) return Number(mask) <= (family === 4 ? 32 : 128)
  // IPv4 subnets may also be written with a dotted netmask, as Express allows.
  return family === 4 && isIP(mask) === 4
}

/**
 * TRUST_PROXY as Express's `trust proxy` setting: a hop count, or a
 * comma-separated list of `loopback`, `linklocal`, `uniquelocal`, addresses
 * and subnets. Anything else is refused: Express would read `loopback` given
 * as a number as "trust nothing", and `true` would let any client name its own
 * address with X-Forwarded-For and so walk around the per-address limits.
 */
export const parseTrustProxy = (raw: string | undefined): number | string => {
  if (raw === undefined) return 0
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw)
    if (hops <= 100) return hops
  }
  const entries = raw.split(',').map((entry) => entry.trim())
  const bad = entries.find((entry) => !named.has(entry) && !isAddressOrSubnet(entry))
  if (bad === undefined) return entries.join(',')
  throw new ConfigError(
    `TRUST_PROXY must be a number of proxy hops (such as 1), or a comma-separated list of loopback, linklocal, uniquelocal, IP addresses and subnets (such as 10.0.0.0/8); "${bad}" is neither`,
  )
}
