import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { localeCodes } from '../i18n/locales'
import type { ArchivePerson, ArchiveStatement, ArchiveTopic } from './format'

type Id = number | string
type Node = Record<string, unknown> & { type?: string; children?: Node[]; fields?: Record<string, unknown> }
type Localized = Partial<Record<string, string | null>>

const present = (values: Localized | undefined) => Object.fromEntries(Object.entries(values ?? {}).filter(([code, value]) => value && localeCodes.includes(code as never))) as Record<string, string>

/**
 * People, topics and media as the archive names them (slugs, paths), read
 * once each with every language's names, and media files copied beside the
 * archive under `media/` the first time one is met.
 */
export class ExportReferences {
  private people = new Map<string, ArchivePerson>()
  private topics = new Map<string, ArchiveTopic>()
  private media = new Map<string, ArchiveStatement['media'][number] | null>()

  constructor(
    private payload: Payload,
    private archiveDir: string,
    private warn: (message: string) => void,
  ) {}

  async person(id: Id): Promise<ArchivePerson | undefined> {
    const key = String(id)
    if (!this.people.has(key)) {
      const doc = (await this.payload.findByID({ collection: 'people', id, locale: 'all' as never, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as { slug: string; name: Localized; position?: Localized } | null
      if (!doc?.slug) return undefined
      const position = present(doc.position)
      this.people.set(key, { slug: doc.slug, name: present(doc.name), ...(Object.keys(position).length ? { position } : {}) })
    }
    return this.people.get(key)
  }

  async topic(id: Id): Promise<ArchiveTopic | undefined> {
    const key = String(id)
    if (!this.topics.has(key)) {
      const doc = (await this.payload.findByID({ collection: 'topics', id, locale: 'all' as never, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as { slug: string; name: Localized; type?: 'country' | 'region' | 'theme' } | null
      if (!doc?.slug) return undefined
      this.topics.set(key, { slug: doc.slug, name: present(doc.name), ...(doc.type ? { type: doc.type } : {}) })
    }
    return this.topics.get(key)
  }

  /** The media entry of an upload, its file copied beside the archive; undefined when the file is gone. */
  async mediaItem(id: Id): Promise<ArchiveStatement['media'][number] | undefined> {
    const key = String(id)
    if (!this.media.has(key)) {
      const doc = (await this.payload.findByID({ collection: 'media', id, locale: 'all' as never, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as { filename?: string; alt?: Localized; caption?: Localized } | null
      const staticDir = String(this.payload.collections.media.config.upload.staticDir)
      const file = doc?.filename ? path.join(staticDir, doc.filename) : undefined
      if (!doc?.filename || !file || !existsSync(file)) {
        this.warn(`media ${key}: its file is missing; left out of the archive`)
        this.media.set(key, null)
      } else {
        mkdirSync(path.join(this.archiveDir, 'media'), { recursive: true })
        copyFileSync(file, path.join(this.archiveDir, 'media', doc.filename))
        const caption = present(doc.caption)
        this.media.set(key, { path: `media/${doc.filename}`, alt: present(doc.alt), ...(Object.keys(caption).length ? { caption } : {}) })
      }
    }
    return this.media.get(key) ?? undefined
  }

  /**
   * A stored body as the archive writes it: answer speakers by slug (added to
   * the statement's speakers), uploads by media path (added to its media).
   */
  async body(node: Node, speakers: Map<string, ArchivePerson>, media: Map<string, ArchiveStatement['media'][number]>): Promise<Node | undefined> {
    if (node.type === 'block' && node.fields?.blockType === 'answer') {
      const speakerId = node.fields.speaker
      const person = speakerId === null || speakerId === undefined ? undefined : await this.person(typeof speakerId === 'object' ? (speakerId as { id: Id }).id : (speakerId as Id))
      if (!person) return undefined
      speakers.set(person.slug, person)
      return { ...node, fields: { ...node.fields, speaker: person.slug } }
    }
    if (node.type === 'upload') {
      const value = node.value as Id | { id: Id } | undefined
      const item = value === undefined ? undefined : await this.mediaItem(typeof value === 'object' ? value.id : value)
      if (!item) return undefined
      media.set(item.path, item)
      return { ...node, value: item.path }
    }
    if (!Array.isArray(node.children)) return node
    const children: Node[] = []
    for (const child of node.children) {
      const converted = await this.body(child, speakers, media)
      if (converted) children.push(converted)
    }
    return { ...node, children }
  }
}
