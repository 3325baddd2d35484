import { seededRandom } from './seededRandom'

/** One generated write: sent as written, with or without a declared length. `{id}` and `{draftId}` in the path are filled in by the test. */
export type MalformedBody = { method: 'POST' | 'PATCH' | 'PUT'; path: string; headers: Record<string, string>; body: Buffer; chunked: boolean; asEditor: boolean }

type Random = ReturnType<typeof seededRandom>

const targets = [
  'POST /api/statements', 'PATCH /api/statements/{id}', 'PATCH /api/statements/{draftId}', 'PATCH /api/statements?where[slug][equals]=draft-statement',
  'POST /api/people', 'POST /api/topics', 'POST /api/media', 'POST /api/users', 'PATCH /api/users/1', 'POST /api/globals/site-settings',
  'POST /api/users/login', 'POST /api/users/forgot-password', 'POST /api/users/reset-password', 'POST /api/users/first-register', 'PUT /api/statements/{id}',
]
const queries = ['', '?locale=en-GB', '?locale=ru-RU', '?locale=all', '?locale=xx', '?draft=true', '?depth=-1', '?locale=en-GB&publishSpecificLocale=ru-RU']
const contentTypes = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', '', 'multipart/form-data',
  'application/json;charset=latin1', 'application/xml',
]
const scalars = ['null', 'true', '0', '-1', '1e309', '"text"', '""', '[]', '[1,2]', '{}', '"\\u0000"', '99999999999999999999']
const keys = ['title', 'slug', 'summary', 'body', '_status', 'publishedAt', 'kind', 'speakers', 'topics', 'email', 'password', 'roles', 'languages', 'token', 'name', 'id', '__proto__', 'constructor', 'locale', 'where', 'file', 'siteName']
const values = [
  '"x"', '""', 'null', '1', '-1', '1.5', '[]', '{}', '["published"]', '{"$gt":""}', '{"$ne":null}', '"published"', '"draft"', '"\' OR 1=1--"', '"../../etc/passwd"',
  '"\\u0000"', '"2026-13-45"', '[99999999999999999999]', '["abc"]', '[{"relationTo":"people","value":1}]', '{"root":null}', '{"root":{"children":"x"}}', '{"en-GB":"a","ru-RU":"b"}',
  '["admin"]', '{"toString":1}', '"%FF%C0%AF"',
]

const nested = (random: Random): string => {
  const levels = random.pick([50, 255, 257, 1000, 3000, 6000, 20000])
  const [open, close] = random.pick([['[', ']'], ['{"a":', '}']] as const)
  return `{"title":${open.repeat(levels)}${open === '[' ? '' : '1'}${close.repeat(levels)}}`
}

const objectBody = (random: Random): string => {
  const fields = Array.from({ length: random.int(0, 5) }, () => `"${random.pick(keys)}":${random.pick(values)}`)
  return `{${fields.join(',')}}`
}

/** Well-formed or broken on purpose: truncated, a byte-order mark, invalid UTF-8, trailing junk, a huge string. */
const jsonBody = (random: Random): Buffer => {
  const roll = random.next()
  if (roll < 0.15) return Buffer.from(random.pick(scalars))
  if (roll < 0.25) return Buffer.from(nested(random))
  const text = objectBody(random)
  if (roll < 0.35) return Buffer.from(text.slice(0, random.int(0, text.length - 1)))
  if (roll < 0.42) return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(text)])
  if (roll < 0.5) return Buffer.concat([Buffer.from('{"title":"'), Buffer.from(random.pick([[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]])), Buffer.from('"}')])
  if (roll < 0.55) return Buffer.from(`${text}${random.pick(['}', ',', ' junk', '\u0000', '{}'])}`)
  if (roll < 0.6) return Buffer.from(`{"title":"${'x'.repeat(random.int(10_000, 200_000))}"}`)
  return Buffer.from(text)
}

const multipartBody = (random: Random, boundary: string): Buffer => {
  const part = (name: string, content: string, extra = '') => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${content}\r\n`
  const parts: string[] = []
  if (random.next() < 0.8) parts.push(part('_payload', jsonBody(random).toString('latin1')))
  if (random.next() < 0.3) parts.push(part('file', 'not really a picture', `; filename="${random.pick(['x.png', '../../x.png', '', 'a\u0000.png', 'x.svg'])}"\r\nContent-Type: image/png`))
  if (random.next() < 0.2) parts.push(part('_payload', '{"title":"twice"}'))
  if (random.next() < 0.2) parts.push(part('file', random.pick(['{}', '{bad', '{"filename":"x.png","url":"http://127.0.0.1:1/x"}'])))
  const end = random.pick([`--${boundary}--\r\n`, `--${boundary}--\r\n`, '', `--${boundary}`, '--wrong--\r\n'])
  return Buffer.from(parts.join('') + end, 'latin1')
}

const overrideBody = (random: Random): { type: string; body: Buffer } =>
  random.next() < 0.5
    ? { type: 'application/x-www-form-urlencoded', body: Buffer.from(random.pick(['where[title][bogus]=1', 'where[_status][equals]=draft', 'depth=-5&limit=NaN', 'locale=xx', '%FF=%C0', 'where[or][0][and]=x', 'draft=true'])) }
    : { type: 'application/json', body: jsonBody(random) }

const json = { 'Content-Type': 'application/json' }

/** Writes that once answered 500, sent whatever the seed draws: a link to no document (a draft is not validated), e-mail verification where there is none. */
export const onceFailedBodies: MalformedBody[] = [
  { method: 'PATCH', path: '/api/statements/{id}?locale=en-GB&draft=true', headers: json, body: Buffer.from('{"speakers":[99999999]}'), chunked: false, asEditor: true },
  { method: 'PATCH', path: '/api/statements/{id}?locale=en-GB', headers: json, body: Buffer.from('{"topics":[99999999],"_status":"published"}'), chunked: false, asEditor: true },
  { method: 'POST', path: '/api/statements?locale=en-GB&draft=true', headers: json, body: Buffer.from('{"title":"Linked to nobody","speakers":[1,99999999]}'), chunked: false, asEditor: true },
  { method: 'POST', path: '/api/people?locale=en-GB', headers: json, body: Buffer.from('{"name":"Nobody","slug":"nobody","photo":99999999}'), chunked: false, asEditor: true },
  { method: 'POST', path: '/api/users/verify/x', headers: {}, body: Buffer.alloc(0), chunked: false, asEditor: false },
  { method: 'POST', path: '/api/users/verify/x', headers: json, body: Buffer.from('{}'), chunked: false, asEditor: true },
]

/** `count` malformed writes to the REST API, the same ones for the same seed, then those that once failed. `oversize` bytes is past the app's body limit. */
export const malformedBodies = (seed: number, count: number, oversize: number): MalformedBody[] => [...generatedBodies(seed, count, oversize), ...onceFailedBodies]

const generatedBodies = (seed: number, count: number, oversize: number): MalformedBody[] => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (): MalformedBody => {
    const [method, route] = random.pick(targets).split(' ') as [MalformedBody['method'], string]
    const path = route + (route.includes('?') ? '' : random.pick(queries))
    const asEditor = random.next() < 0.4
    const chunked = random.next() < 0.2
    const roll = random.next()
    // Past the body limit: declared or streamed.
    if (roll < 0.03) return { method, path, headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(oversize, 'a'), chunked, asEditor }
    if (roll < 0.13) {
      const { type, body } = overrideBody(random)
      return { method: 'POST', path: path.replace(/\/(\{\w+\}|\d+)(?=\?|$)/, ''), headers: { 'Content-Type': type, 'X-Payload-HTTP-Method-Override': 'GET' }, body, chunked, asEditor }
    }
    if (roll < 0.35) {
      const boundary = random.pick(['xyz', '----formdata-1', 'a b', ''])
      const type = random.pick([`multipart/form-data; boundary=${boundary}`, `multipart/form-data; boundary="${boundary}"`, 'multipart/form-data', 'multipart/mixed; boundary=xyz'])
      return { method, path, headers: { 'Content-Type': type }, body: multipartBody(random, boundary), chunked, asEditor }
    }
    const type = random.pick(contentTypes)
    return { method, path, headers: type ? { 'Content-Type': type } : {}, body: random.next() < 0.05 ? Buffer.alloc(0) : jsonBody(random), chunked, asEditor }
  })
}
