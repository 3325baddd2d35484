/**
 * `npm run bench [-- --n 10000] [-- --smoke] [-- --reuse-seed] [-- --seed-only]`:
 * seeds a fresh database, starts the production server, measures it with
 * autocannon against a bare node:http baseline, and writes
 * bench-results/bench-n{N}.{json,md}. `--reuse-seed` keeps the seeded
 * database under bench-results/ and, on later runs, starts from a copy of it
 * when nothing it was made from has changed; `--seed-only` stops once seeded.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { type ChildProcess, spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'
import { getPayload } from 'payload'

import { createConfig } from '../../payload.config'
import { seedDemo } from '../../src/seed/seedDemo'
import { root, startServerProcess } from '../helpers/serverProcess'
import { seedStatements } from './seedStatements'
import { copyDatabase, seedFingerprint } from './seedFingerprint'

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    smoke: { type: 'boolean', default: false },
    'reuse-seed': { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    // Only the baseline and the isolation scenario (issue 23), on the production server with its caches.
    'isolation-only': { type: 'boolean', default: false },
  },
})
const smoke = values.smoke
const isolationOnly = values['isolation-only']
const n = smoke ? 30 : Number(values.n)
const connections = smoke ? 5 : 50
const seconds = smoke ? 1 : 10
const warmup = smoke ? 0.5 : 3

const kinds = ['statement', 'answer-to-media-question', 'comment', 'briefing', 'interview', 'speech', 'article', 'press-release']
/** Words readers search for: from the seeded titles and texts, common and rare. */
const searchWords = {
  en: ['cooperation', 'border', 'delta', 'humanitarian', 'transit', 'consular', 'fisheries', 'river', 'talks', 'statement', 'ministry', 'coast', 'visa', 'trade', 'water', 'media', 'question', 'briefing', 'minister', 'kestria'],
  ru: ['сотрудничество', 'границы', 'дельта', 'гуманитарный', 'транзит', 'консульские', 'река', 'переговоры', 'заявления', 'министерство', 'побережье', 'визы', 'торговля', 'вода', 'вопрос', 'брифинг', 'министр', 'кестрия'],
}

type Row = { name: string; reqPerSec: number; p50: number; p99: number; errors: number; aloneMs: number; ratio?: number; rssMb?: number }

/** The median time of one request with nothing else in flight: what a reader waits when the server is not queueing. */
const alone = async (base: string, paths: string[], headers: Record<string, string>): Promise<number> => {
  const times: number[] = []
  for (let i = 0; i < (smoke ? 3 : 21); i++) {
    const started = performance.now()
    const response = await fetch(base + paths[i % paths.length], { headers })
    await response.arrayBuffer()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10
}

const load = async (name: string, base: string, paths: string[], headers: Record<string, string> = {}): Promise<Row> => {
  let i = 0
  const options = (duration: number) => ({
    url: base,
    connections,
    duration,
    headers,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  })
  await autocannon(options(warmup) as never)
  const result = await autocannon(options(seconds) as never)
  const aloneMs = await alone(base, paths, headers)
  return {
    name,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    aloneMs,
  }
}

/** CPU time a process has used, in ms (utime + stime from /proc). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * 10
}

/**
 * Waits until the server has finished its start-up work (Next loads the
 * admin's pages in the background for several seconds after it listens):
 * measured while it still works, the baseline shared the two cores with it.
 */
const settled = async (pid: number | undefined): Promise<void> => {
  if (!pid) return
  for (let quiet = 0, tries = 0; quiet < 3 && tries < 120; tries++) {
    const before = cpuMs(pid)
    await new Promise((resolve) => setTimeout(resolve, 500))
    quiet = cpuMs(pid) - before < 25 ? quiet + 1 : 0
  }
}

/**
 * The machine's limit: a bare node:http server sending the page's bytes from
 * memory, in its own process like the real server (in this one it would share
 * a thread with autocannon and come out slower than the server it measures).
 */
const startBareServer = async (dir: string, bytes: Buffer, port: number): Promise<ChildProcess> => {
  const file = path.join(dir, 'page.html')
  writeFileSync(file, bytes)
  const source = `const b = require('node:fs').readFileSync(${JSON.stringify(file)}); require('node:http').createServer((q, s) => s.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(b)).listen(${port})`
  const child = spawn(process.execPath, ['-e', source], { stdio: 'ignore' })
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error('the bare node:http server did not start')
}

const rssMb = (pid: number | undefined): number => {
  const status = pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : ''
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

type FloodResult = { reqPerSec: number; p50: number; p99: number; codes: Record<string, number> }

/**
 * One API client in a process of its own (as it would be: a crawler or an
 * attacker is not the load generator measuring pages): `connections`
 * connections asking for distinct anonymous REST lists that neither the API
 * cache nor the read model answer (a title filter), for `seconds`.
 */
const startApiFlood = (base: string, seconds: number): Promise<FloodResult> => {
  const words = ['border', 'river', 'trade', 'visa', 'talks', 'water', 'coast', 'media', 'delta', 'transit', 'consular', 'fisheries']
  const source = `
    const autocannon = require(${JSON.stringify(path.join(root, 'node_modules/autocannon'))})
    const words = ${JSON.stringify(words)}
    let i = 0
    autocannon({ url: ${JSON.stringify(base)}, connections: ${connections}, duration: ${seconds}, requests: [{ setupRequest: (req) => ({ ...req, path: '/api/statements?locale=en-GB&depth=0&limit=' + (10 + (Math.floor(i / 600) % 20)) + '&page=' + (1 + (i % 50)) + '&where[title][like]=' + words[Math.floor(i++ / 50) % words.length] }) }] }, (error, result) => {
      if (error) throw error
      process.stdout.write(JSON.stringify({ reqPerSec: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, codes: { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], timeouts: result.timeouts } }))
    })
  `
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout?.on('data', (chunk) => (out += chunk))
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as FloodResult) : reject(new Error(`the API flood exited with ${code}`)))))
}

/** Archive addresses no earlier request asked for: every one a render, not a cache hit. */
const uncachedPages = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10)
    // Distinct addresses that all exist whatever the archive's size (a second page may not): every other
    // block of 4,000 also names an end date.
    return `/${i % 2 ? 'ru' : 'en'}/statements?kind=${kinds[Math.floor(i / 2) % kinds.length]}&from=${day}${Math.floor(i / 4000) % 2 ? '&to=2031-12-31' : ''}`
  })

const main = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-bench-'))
  const databaseUri = `file:${path.join(dir, 'bench.db')}`
  console.log(`bench: ${n} statements in both languages${smoke ? ' (smoke run)' : ''}`)

  // 1. Seed through the Local API, with the committed migrations, as production would; or copy a kept seed.
  const outDir = path.join(root, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  const fingerprint = seedFingerprint(n)
  const kept = path.join(outDir, `seed-n${n}.db`)
  const keptMeta = `${kept}.json`
  const reuse = values['reuse-seed'] && !smoke
  let seeded: { seconds: number; rebuildSeconds: number }
  if (reuse && existsSync(kept) && existsSync(keptMeta) && JSON.parse(readFileSync(keptMeta, 'utf8')).fingerprint === fingerprint) {
    seeded = JSON.parse(readFileSync(keptMeta, 'utf8')).seeded
    copyDatabase(kept, path.join(dir, 'bench.db'))
    console.log(`  reusing the database seeded earlier (${kept}), made in ${Math.round(seeded.seconds)} s`)
  } else {
    const payload = await getPayload({ config: await createConfig({ databaseUri, production: true }), key: 'bench-seed' })
    await seedDemo(payload)
    seeded = await seedStatements(payload, n)
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'bench@example.org', password: 'bench-password-1', roles: ['admin'] } })
    await payload.destroy()
    if (reuse) {
      copyDatabase(path.join(dir, 'bench.db'), kept)
      writeFileSync(keptMeta, JSON.stringify({ fingerprint, seeded }, null, 2))
    }
  }
  if (values['seed-only']) {
    console.log(`seeded ${n} statements in ${Math.round(seeded.seconds)} s${reuse ? `, kept in ${kept}` : ''}`)
    rmSync(dir, { recursive: true, force: true })
    return
  }
  // Only what a reader can open: published versions in each language, the newest thousand of each.
  // An instance of its own: getPayload hands back the seeding one, destroyed, for the same key.
  const payload = await getPayload({ config: await createConfig({ databaseUri, production: true }), key: 'bench-sample' })
  const publishedIn = (locale: 'en-GB' | 'ru-RU') =>
    payload.find({ collection: 'statements', locale, fallbackLocale: false, overrideAccess: false, draft: false, limit: smoke ? 20 : 1000, depth: 0, select: { slug: true } })
  const [sample, ruSample] = await Promise.all([publishedIn('en-GB'), publishedIn('ru-RU')])
  const all = { depth: 0, limit: 100, pagination: false, select: { slug: true } } as const
  const [topics, people] = await Promise.all([payload.find({ collection: 'topics', ...all }), payload.find({ collection: 'people', ...all })])
  await payload.destroy()
  const slugs = sample.docs.map((d) => `/en/statements/${d.slug}`).concat(ruSample.docs.map((d) => `/ru/statements/${d.slug}`))
  const topicSlug = topics.docs[0]?.slug ?? ''
  // What readers of a busy day open: every language's home, topic and person pages, the archive by each
  // kind, topic and person, and searches for words of the day's titles.
  const inBoth = (make: (lang: 'en' | 'ru') => string[]) => [...make('en'), ...make('ru')]
  const homes = ['/en/', '/ru/']
  const archives = inBoth((lang) => [
    ...kinds.map((kind) => `/${lang}/statements?kind=${kind}`),
    ...topics.docs.map((topic) => `/${lang}/statements?topic=${topic.slug}`),
    ...people.docs.map((person) => `/${lang}/statements?person=${person.slug}&kind=briefing`),
  ])
  const taxonomy = inBoth((lang) => [...topics.docs.map((topic) => `/${lang}/topics/${topic.slug}`), ...people.docs.map((person) => `/${lang}/people/${person.slug}`)])
  const searches = [
    ...searchWords.en.map((word) => `/en/search?q=${encodeURIComponent(word)}`),
    ...searchWords.ru.map((word) => `/ru/search?q=${encodeURIComponent(word)}`),
  ]
  const feeds = ['/en/feed.xml', '/ru/feed.xml']

  const env = { DATABASE_URI: databaseUri, SEED_DEMO: 'false', LOG_LEVEL: 'warn' }
  const rows: Row[] = []

  // 2. Cached pages, against the machine's limit: a bare server sending the same bytes.
  const cached = await startServerProcess({ port: 4400, env, timeoutMs: 15 * 60_000 })
  const pageBytes = Buffer.from(await (await fetch(cached.url + slugs[0])).text())
  await settled(cached.child.pid)
  const bare = await startBareServer(dir, pageBytes, 4499)
  const baseline = await load('baseline: bare node:http, same bytes', 'http://127.0.0.1:4499', ['/'])
  bare.kill()
  rows.push(baseline)
  if (!isolationOnly) rows.push(await load('statement page, cached', cached.url, [slugs[0] as string]))
  // As served in production: the first request for each address renders it, the rest are cached.
  if (!isolationOnly) rows.push(await load('home, as served', cached.url, homes))
  if (!isolationOnly) rows.push(await load(`archive by kind, topic or person, as served (${archives.length} addresses)`, cached.url, archives))
  if (!isolationOnly) rows.push(await load(`topic and person pages, as served (${taxonomy.length} addresses)`, cached.url, taxonomy))
  if (!isolationOnly) rows.push(await load(`search, as served (${searches.length} queries)`, cached.url, searches))

  // Before anything reaches Next's handler (the admin and the REST API load its bundle, with a Payload of its own).
  const publicRss = rssMb(cached.child.pid)

  // Publish-to-visible: a REST publish, then poll the public page until it shows.
  const login = await fetch(`${cached.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.org', password: 'bench-password-1' }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  // What an app or a partner site polling the public API asks: the newest 20 in each language.
  const publicApiReads = ['/api/statements?locale=en-GB&limit=20&depth=0', '/api/statements?locale=ru-RU&limit=20&depth=0']
  const visible: number[] = []
  const target = sample.docs[1]!
  for (let round = 0; round < (smoke || isolationOnly ? 1 : 5); round++) {
    const title = `Published at ${Date.now()}`
    const started = Date.now()
    const res = await fetch(`${cached.url}/api/statements/${target.id}?locale=en-GB`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`)
    while (!(await (await fetch(`${cached.url}/en/statements/${target.slug}`)).text()).includes(title)) {
      if (Date.now() - started > 10_000) throw new Error('publish never became visible')
    }
    visible.push(Date.now() - started)
  }
  if (!isolationOnly) rows.push(await load('admin REST list, 20 per page (authenticated)', cached.url, ['/api/statements?limit=20&depth=0&sort=-publishedAt'], auth))
  if (!isolationOnly) rows.push(await load('REST list, anonymous, as served (API cache)', cached.url, publicApiReads))

  // Isolation: one client keeps 50 connections asking for distinct uncached REST lists (Payload's path, behind
  // the anonymous limits); cached and uncached pages measured alone and then during it, in the same run.
  const fresh = uncachedPages(40_000)
  let freshAt = 0
  const nextFresh = (count: number) => fresh.slice(freshAt, (freshAt += count))
  rows.push(await load('isolation: statement page, cached, alone', cached.url, [slugs[0] as string]))
  rows.push(await load('isolation: archive, uncached, alone', cached.url, nextFresh(15_000)))
  const flood = startApiFlood(cached.url, smoke ? 4 : 2 * (warmup + seconds) + 10)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  rows.push(await load('isolation: statement page, cached, during the API flood', cached.url, [slugs[0] as string]))
  rows.push(await load('isolation: archive, uncached, during the API flood', cached.url, nextFresh(15_000)))
  const flooded = await flood
  rows.push({ name: `isolation: the API flood, distinct REST lists (${Object.entries(flooded.codes).map(([code, count]) => `${code}: ${count}`).join(', ')})`, reqPerSec: flooded.reqPerSec, p50: flooded.p50, p99: flooded.p99, errors: flooded.codes.timeouts ?? 0, aloneMs: 0 })
  const cachedRss = rssMb(cached.child.pid)
  await cached.stop()

  // 3. Cache off: every request renders, so these measure queries and rendering.
  let coldRss = 0
  if (!isolationOnly) {
    const cold = await startServerProcess({ port: 4401, env: { ...env, PAGE_CACHE_MB: '0' } })
    await settled(cold.child.pid)
    rows.push(await load(`statement page, cache miss (${slugs.length} statements)`, cold.url, slugs))
    rows.push(await load('home, uncached', cold.url, homes))
    rows.push(await load('archive filtered by kind, uncached', cold.url, ['/en/statements?kind=briefing', '/ru/statements?kind=comment&topic=' + topicSlug]))
    rows.push(await load('archive by kind, topic or person, uncached', cold.url, archives))
    rows.push(await load('topic page, uncached', cold.url, [`/en/topics/${topicSlug}`, `/ru/topics/${topicSlug}`]))
    rows.push(await load('search en, uncached', cold.url, ['/en/search?q=cooperation', '/en/search?q=border']))
    rows.push(await load('search ru, uncached', cold.url, [`/ru/search?q=${encodeURIComponent('заявления')}`, `/ru/search?q=${encodeURIComponent('границы')}`]))
    rows.push(await load('feed, uncached', cold.url, feeds))
    coldRss = rssMb(cold.child.pid)
    // Last, since it loads Next's bundle into the process whose memory was just read.
    rows.push(await load('REST list, anonymous, uncached (read model)', cold.url, publicApiReads))
    await cold.stop()
  }
  rmSync(dir, { recursive: true, force: true })

  for (const row of rows) row.ratio = Math.round((row.reqPerSec / baseline.reqPerSec) * 1000) / 10
  const report = {
    n,
    smoke,
    date: new Date().toISOString(),
    seedSeconds: Math.round(seeded.seconds),
    rebuildSeconds: Math.round(seeded.rebuildSeconds),
    publishToVisibleMs: { median: [...visible].sort((a, b) => a - b)[Math.floor(visible.length / 2)], max: Math.max(...visible) },
    serverRssMb: { publicOnly: publicRss, cached: cachedRss, uncached: coldRss },
    connections,
    seconds,
    rows,
  }
  const name = smoke ? 'bench-smoke' : isolationOnly ? `bench-isolation-n${n}` : `bench-n${n}`
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(report, null, 2))
  const markdown = toMarkdown(report, smoke ? [] : otherRuns(outDir, n))
  writeFileSync(path.join(outDir, `${name}.md`), markdown)
  console.log(`\n${markdown}`)
}

type Report = { n: number; rows: Row[]; publishToVisibleMs: { median?: number; max: number }; serverRssMb: { publicOnly?: number; cached: number; uncached: number }; seedSeconds: number; rebuildSeconds?: number; connections: number; seconds: number }

const otherRuns = (dir: string, n: number): Report[] =>
  readdirSync(dir)
    .filter((file) => /^bench-n\d+\.json$/.test(file) && file !== `bench-n${n}.json`)
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Report)

const toMarkdown = (report: Report, others: Report[]): string => {
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', '% of baseline', 'one at a time, ms', ...others.map((o) => `req/s, time alone vs n=${o.n}`)]
  const lines = report.rows.map((row) => {
    // How the rate and the time of one request alone moved from the other size: "92 %, 1.1×".
    const versus = others.map((o) => {
      const before = o.rows.find((r) => r.name.split(' (')[0] === row.name.split(' (')[0])
      if (!before) return '–'
      const slower = before.aloneMs ? `, ${(row.aloneMs / before.aloneMs).toFixed(1)}×` : ''
      return `${((row.reqPerSec / before.reqPerSec) * 100).toFixed(0)} %${slower}`
    })
    return [row.name, row.reqPerSec, row.p50, row.p99, row.errors, `${row.ratio} %`, row.aloneMs, ...versus]
  })
  return [
    `# Benchmark: ${report.n} statements (${report.connections} connections, ${report.seconds} s each)`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `Publish to visible: median ${report.publishToVisibleMs.median} ms, max ${report.publishToVisibleMs.max} ms.`,
    `Server RSS: ${report.serverRssMb.publicOnly ?? '–'} MB after the public pages (cache on), ${report.serverRssMb.cached} MB once the REST API had loaded Next's bundle, ${report.serverRssMb.uncached} MB after the uncached run (public pages only).`,
    `Seeding ${report.n} statements in both languages took ${report.seedSeconds} s, ${report.rebuildSeconds ?? '–'} s of it building the read model.`,
    '',
  ].join('\n')
}

// Node ends a process whose event loop has nothing left to wait on, with code 0, even when a promise
// (this run) has not settled: say so and fail rather than look like a run that wrote nothing.
let finished = false
process.on('exit', (code) => {
  if (finished || code !== 0) return
  console.error('bench: the process ended before the run finished (nothing was left for Node to wait on); no report was written')
  process.exitCode = 3
})

main().then(
  () => {
    finished = true
    process.exit(0)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
