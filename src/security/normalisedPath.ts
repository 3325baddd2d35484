/**
 * A request path as the routers behind the front door may understand it:
 * percent-encoding undone (repeatedly, in case a layer decodes again),
 * backslashes read as slashes and `.`/`..` segments resolved (as WHATWG URL
 * parsing does, `%2e` included), runs of slashes and a trailing slash
 * dropped, and lower case. Express matches paths literally, so a check keyed
 * on a path must look at this form or `/api/users/%6cogin` walks past it. Null
 * when the path is not valid percent-encoding (the router refuses it).
 */
export const normalisedPath = (path: string): string | null => {
  let decoded = path
  for (let i = 0; i < 3; i++) {
    let next: string
    try {
      next = decodeURIComponent(decoded)
    } catch {
      if (i === 0) return null
      break
    }
    if (next === decoded) break
    decoded = next
  }
  const segments: string[] = []
  for (const segment of decoded.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return `/${segments.join('/')}`.toLowerCase()
}
