import type { Payload } from 'payload'

import { refuse } from './archiveProblem'
import type { ArchiveVersion } from './format'
import { htmlBodyProblem, htmlToLexical, type LexicalState } from './htmlToLexical'

type Id = number | string
type Node = Record<string, unknown> & { type?: string; children?: Node[]; fields?: Record<string, unknown> }

export type BodyRefs = {
  /** People by slug: an answer block names its speaker by slug in the archive. */
  speakerIds: Map<string, Id>
  /** Uploaded media by their path in the archive; absent in a dry run, whose uploads are left out. */
  mediaIds?: Map<string, Id>
  /** The statement's media paths, which an HTML body's images may show. */
  mediaPaths: ReadonlySet<string>
}

/** Walks a Lexical tree, replacing archive references (slugs, paths) with this database's ids. */
const withIds = (node: Node, refs: BodyRefs): Node | undefined => {
  if (node.type === 'block' && node.fields?.blockType === 'answer') {
    const slug = node.fields.speaker
    const id = typeof slug === 'string' ? refs.speakerIds.get(slug) : undefined
    if (id === undefined) refuse('unknown speaker in the body', `an answer in the body is by "${String(slug)}", who is not among the statement’s speakers`)
    return { ...node, fields: { ...node.fields, speaker: id } }
  }
  if (node.type === 'upload') {
    const path = node.value
    if (!refs.mediaIds) return undefined
    const id = typeof path === 'string' ? refs.mediaIds.get(path) : undefined
    if (id === undefined) refuse('unknown media in the body', `the body shows "${String(path)}", which is not in the statement’s media list`)
    return { ...node, value: id }
  }
  if (!Array.isArray(node.children)) return node
  return { ...node, children: node.children.map((child) => withIds(child, refs)).filter((child): child is Node => child !== undefined) }
}

const inRoot = (state: LexicalState, refs: BodyRefs): LexicalState => ({ ...state, root: withIds(state.root as unknown as Node, refs) as unknown as LexicalState['root'] })

/** A language version's body as the statement stores it, or a refusal saying why it cannot be. */
export const archiveBodyToLexical = (payload: Payload, body: ArchiveVersion['body'], refs: BodyRefs): LexicalState | undefined => {
  if (!body) return undefined
  if ('html' in body) {
    const problem = htmlBodyProblem(body.html)
    if (problem) refuse('invalid HTML body', problem)
    return inRoot(htmlToLexical(payload, body.html, refs.mediaPaths), refs)
  }
  return inRoot(body.lexical as unknown as LexicalState, refs)
}
