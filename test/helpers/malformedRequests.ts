import { seededRandom } from './seededRandom'

/**
 * One generated request: a GET through the Express front door, or through Payload's REST handler.
 * `refused`: it sorts or filters on what its reader may not see, and must be a 4xx whatever else it holds.
 */
export type MalformedRequest = { via: 'http' | 'rest'; path: string; refused?: true }

// Each piece is printable ASCII, so node:http sends the path byte for byte (no normalising of dots).
const junk = [
  '', '..', '../..', '%2e%2e', '%2e%2e%2f%2e%2e', '..%2f..%2fetc%2fpasswd', '%00', 'a%00b', '%C0%AF', '%C0%AE%C0%AE', '%FF', '%FE%FF',
  '%E0%80%80', '%ED%A0%80', '%F4%90%80%80', '%', '%2', '%zz', '%25', '%u0041', '\\..\\', '//', ';', '%3B', '%0d%0aSet-Cookie:x=1',
  "'", "'%20OR%201=1--", '1;DROP%20TABLE%20statements', '%22%3E%3Cscript%3E', '__proto__', 'constructor', 'prototype', '$ne', '[]',
  '-1', '0', '1e309', 'NaN', 'Infinity', '0x10', '99999999999999999999', '1.5', '%E2%80%AE', '%D0%9F%D1%80', 'draft', 'null', 'undefined',
]
const longPiece = (random: ReturnType<typeof seededRandom>) => random.pick(['a', '%41', '%FF', '../', '%D1%8F']).repeat(random.int(200, 3000))
const piece = (random: ReturnType<typeof seededRandom>) => (random.next() < 0.05 ? longPiece(random) : random.pick(junk))

const languages = ['en', 'ru', 'EN', 'Ru', 'xx', 'en-GB', 'ru-RU', 'de', '', '..', '%2e%2e', 'en%00', 'ru%C0%AF', '%FF', 'en%2F..', 'e%6e']
const sections = ['', 'statements', 'statements/', 'topics/', 'people/', 'topics', 'people', 'search', 'feed.xml', 'archive', 'archive/']
const archiveParams = ['page', 'kind', 'topic', 'person', 'from', 'to', 'q']
const fields = ['title', 'slug', 'summary', '_status', 'publishedAt', 'kind', 'speakers', 'topics', 'id', 'body', 'nope', '__proto__', 'title.en', 'speakers.name', 'speakers.photo', 'speakers.photo.alt']
const operators = [
  'equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'contains', 'exists', 'greater_than', 'less_than_equal', 'near', 'within',
  'intersects', '$gt', '$ne', '$where', '$regex', 'gt', 'bogus', '', '__proto__', 'constructor',
]

const publicPath = (random: ReturnType<typeof seededRandom>): string => {
  const lang = random.pick(languages)
  const section = random.pick(sections)
  const tail = section.endsWith('/') ? piece(random) : random.next() < 0.3 ? `/${piece(random)}` : ''
  const query = random.next() < 0.3 ? `?${random.pick(['q', 'page', 'x'])}=${piece(random)}` : ''
  return `/${lang}/${section}${tail}${query}`
}

const archivePath = (random: ReturnType<typeof seededRandom>): string => {
  const params = Array.from({ length: random.int(1, 4) }, () => {
    const name = random.pick(archiveParams)
    const shape = random.int(0, 3)
    if (shape === 0) return `${name}[]=${piece(random)}`
    if (shape === 1) return `${name}[${piece(random)}]=${piece(random)}`
    return `${name}=${random.next() < 0.3 ? String(random.int(-5, 20_000)) : piece(random)}`
  })
  return `/${random.pick(['en', 'ru'])}/statements?${params.join('&')}`
}

const wherePart = (random: ReturnType<typeof seededRandom>): string => {
  const shape = random.int(0, 4)
  const condition = `[${random.pick(fields)}][${random.pick(operators)}]=${piece(random)}`
  if (shape === 0) return `where${condition}`
  if (shape === 1) return `where[${random.pick(['or', 'and', 'OR', 'nor'])}][${random.int(-1, 3)}]${condition}`
  if (shape === 2) {
    const depth = random.int(5, 60)
    const nesting = Array.from({ length: depth }, (_, i) => `[${i % 2 ? 'and' : 'or'}][0]`).join('')
    return `where${nesting}${condition}`
  }
  if (shape === 3) return `where[${random.pick(fields)}]=${piece(random)}`
  return `where${condition.replace(/=.*/, '')}[${piece(random)}]=${piece(random)}`
}

// `all` reads every language at once, the likeliest way to an unpublished one.
const localeTricks = [
  'locale=all', 'locale=ALL', 'locale=*', 'locale=all%00', 'locale[]=all', 'locale[]=all&locale[]=en-GB', 'locale=all&locale=en-GB', 'locale=all&draft=true',
  'locale=all&fallback-locale=ru-RU', 'locale=ru-RU&fallback-locale=all', 'locale=en-GB%2Cru-RU', 'locale=ru', 'locale=%20ru-RU', 'locale[all]=1', 'locale=__proto__',
]
const selects = ['select[title]=true', 'select[_status]=true', 'select[body]=false', 'select=title', 'select[title][ru-RU]=true', 'select[__proto__]=1', 'select[title]=0x10', 'select[][]=1']

const restPath = (random: ReturnType<typeof seededRandom>): string => {
  const params = Array.from({ length: random.int(1, 4) }, () => {
    const name = random.pick(['where', 'where', 'sort', 'depth', 'locale', 'locale', 'fallback-locale', 'limit', 'page', 'draft', 'select', 'populate', 'joins'])
    if (name === 'where') return wherePart(random)
    if (name === 'locale' && random.next() < 0.6) return random.pick(localeTricks)
    if (name === 'select') return random.pick(selects)
    return `${name}=${random.next() < 0.3 ? String(random.int(-10, 1_000_000)) : piece(random)}`
  })
  // Mostly statements, the collection with drafts to leak; every other collection and the global take the same queries.
  const collection = random.next() < 0.6 ? 'statements' : random.pick(['people', 'topics', 'media', 'users', 'translations', 'release-log', 'globals/site-settings'])
  // Half name a language of ours too, as a reader's client would: the query itself must then be refused, not the locale.
  if (random.next() < 0.5) params.push(random.pick(['locale=en-GB', 'locale=ru-RU']))
  return `/api/${collection}${random.next() < 0.1 ? `/${piece(random)}` : ''}?${params.join('&')}`
}

/** Requests that once answered 500, sent whatever the seed draws: null in a list of ids, nothing compared with a choice or a yes-or-no field. */
export const onceFailedRequests: MalformedRequest[] = [
  '/api/statements?locale=en-GB&where[speakers][in]=null',
  '/api/statements?locale=en-GB&where[speakers][not_in]=null',
  '/api/statements?locale=en-GB&where[speakers][in]=1,null',
  '/api/statements?locale=en-GB&where[id][in]=null',
  '/api/topics?locale=en-GB&where[type][equals]=',
  '/api/topics?locale=en-GB&where[type][not_equals]=',
  '/api/topics?locale=en-GB&where[type][equals]=null',
  '/api/topics?locale=en-GB&where[type][in]=null',
  '/api/statements?locale=en-GB&where[kind][in]=',
  '/api/statements?locale=en-GB&where[minorEdit][equals]=',
].map((path) => ({ via: 'rest', path }))

// Hidden and sign-in fields, reached directly or through links (translation records link accounts; locks and
// preferences, Payload's own collections, too), and sorts through links into what an anonymous reader may not read.
const secretPaths: Record<string, string[]> = {
  statements: ['translations.translatedBy.hash', 'translations.translatedBy.email', 'translations__approvedBy__salt', 'translations.submittedBy.resetPasswordToken', 'translations.publishedBy.resetPasswordExpiration'],
  translations: ['translatedBy.hash', 'translatedBy.salt', 'approvedBy.email', 'submittedBy.resetPasswordExpiration', 'statement.translations.translatedBy.hash'],
  'release-log': ['statement.translations.translatedBy.email'],
  'payload-locked-documents': ['user.hash', 'user.value.salt', 'user.email'],
  'payload-preferences': ['user.hash', 'user.resetPasswordToken'],
  users: ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration'],
}
const anonymousSorts = ['speakers.photo.filename', '-speakers.photo.alt', 'speakers.photo.public', 'translations.status', '-translations.statement.title']

const secretQuery = (random: ReturnType<typeof seededRandom>): string => {
  const collection = random.pick(Object.keys(secretPaths))
  const path = random.pick(secretPaths[collection] as string[])
  const locale = `locale=${random.pick(['en-GB', 'ru-RU', 'all'])}`
  const direction = random.next() < 0.5 ? '-' : ''
  const filter = random.next() < 0.5 ? `where[${path}][${random.pick(['like', 'equals', 'greater_than', 'exists', 'in'])}]=${piece(random)}` : `where[or][0][id][exists]=true&where[or][1][${path}][like]=${piece(random)}`
  switch (random.int(0, 3)) {
    case 0:
      return `/api/${collection}?sort=${direction}${path}&${locale}`
    case 1:
      // A count takes a where clause too (not a sort); Payload's preferences answer /count as a preference's key.
      return `/api/${collection}${collection !== 'payload-preferences' && random.next() < 0.3 ? '/count' : ''}?${filter}&${locale}`
    case 2: {
      const joined = random.pick(secretPaths.translations as string[])
      return `/api/statements?${random.next() < 0.5 ? `joins[translations][sort]=${direction}${joined}` : `joins[translations][where][${joined}][like]=${piece(random)}`}&${locale}`
    }
    default:
      return `/api/statements?sort=kind,${random.pick(anonymousSorts)}&${locale}`
  }
}

/** `count` malformed requests, the same ones for the same seed: public pages, the archive's filters and the REST API; then those that once failed. */
export const malformedRequests = (seed: number, count: number): MalformedRequest[] => {
  const random = seededRandom(seed)
  const generated = Array.from({ length: count }, (): MalformedRequest => {
    const roll = random.next()
    if (roll < 0.35) return { via: 'http', path: publicPath(random) }
    if (roll < 0.6) return { via: 'http', path: archivePath(random) }
    if (roll < 0.66) return { via: 'rest', path: secretQuery(random), refused: true }
    return { via: 'rest', path: restPath(random) }
  })
  return [...generated, ...onceFailedRequests]
}
