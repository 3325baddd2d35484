import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { projectRoot } from '../projectRoot'

/** What every controller needs, made once when the app is created. */
export type RenderContext = {
  payload: Payload
  serverUrl: string
  timeZone: string
  stylesheet: { href: string; body: string }
  /** URLs per sitemap file before /sitemap.xml becomes an index (50,000; tests use fewer). */
  sitemapUrlsPerFile: number
}

const assetsDir = path.join(projectRoot, 'src/render/assets')

/** The stylesheet is served under a content hash, so browsers may keep it for a year. */
export const loadStylesheet = (): RenderContext['stylesheet'] => {
  const body = readFileSync(path.join(assetsDir, 'site.css'), 'utf8')
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
  return { href: `/assets/site.${hash}.css`, body }
}
