import type { RequestHandler } from 'express'

import { publicStatementFields } from '../../collections/Listings/publicApiDoc'
import { statementKindValues } from '../../collections/Statements/kinds'
import { defaultLocale, localeCodes } from '../i18n/locales'
import { maxPublicLimit } from './data/publicApiQuery'

const json = { 'application/json': {} }
const errors = (description: string) => ({
  description,
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait before asking again' } },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } },
})
const limited = { '429': errors('Too many reads from this address that are not answered from the cache (API_ANONYMOUS_PER_MINUTE)'), '503': errors('The server is busy with other anonymous reads (API_ANONYMOUS_CONCURRENCY, API_ANONYMOUS_BUSY_PERCENT)') }
const cached = { ETag: { schema: { type: 'string' }, description: 'Strong validator; send it back as If-None-Match for a 304' } }

const parameter = (name: string, schema: Record<string, unknown>, description: string, required = false) => ({ name, in: 'query', required, schema, description })
const locale = parameter('locale', { type: 'string', enum: localeCodes, default: defaultLocale.code }, 'The language version; only versions published in it are answered')
const depth = parameter('depth', { type: 'integer', enum: [0] }, 'Speakers and topics as ids', true)
const filters = [
  parameter('where[kind][equals]', { type: 'string', enum: statementKindValues }, 'Only statements of this kind'),
  parameter('where[topics][equals]', { type: 'integer' }, 'Only statements on this topic (its id)'),
  parameter('where[speakers][equals]', { type: 'integer' }, 'Only statements by this person (their id)'),
]

/**
 * The OpenAPI description of the public read API (docs/public-api.md): the
 * reads answered from the read model, with their parameters, pagination,
 * languages, caching and limits. Served at /openapi.json, outside `/api/`,
 * which is Payload's.
 */
export const publicApiDescription = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Statements: public read API',
    version: '1',
    description:
      'Published statements, one language at a time. These reads are answered from the public read model at the cost of a page. ' +
      'Any other anonymous read of /api/ is answered by Payload within limits (503 or 429 with Retry-After). ' +
      'Cross-origin browser requests are allowed from the site itself only; read the API from your server.',
  },
  servers: [{ url: serverUrl }],
  paths: {
    '/api/statements': {
      get: {
        summary: 'A page of published statements, newest first',
        parameters: [
          locale,
          depth,
          parameter('limit', { type: 'integer', minimum: 1, maximum: maxPublicLimit, default: 10 }, 'Statements per page'),
          parameter('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number; past the last page the answer is empty with totalDocs 0'),
          parameter('sort', { type: 'string', enum: ['-publishedAt'] }, 'Newest first (then by creation, newest first)'),
          ...filters,
        ],
        responses: { '200': { description: 'A page', headers: cached, content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } } }, '304': { description: 'Not modified' }, ...limited },
      },
    },
    '/api/statements/count': {
      get: {
        summary: 'How many published statements match',
        parameters: [locale, ...filters],
        responses: { '200': { description: 'The count', headers: cached, content: { 'application/json': { schema: { type: 'object', properties: { totalDocs: { type: 'integer' } } } } } }, ...limited },
      },
    },
    '/api/statements/{id}': {
      get: {
        summary: 'One statement in one language',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, locale, depth],
        responses: { '200': { description: 'The statement', headers: cached, content: { 'application/json': { schema: { $ref: '#/components/schemas/Statement' } } } }, '404': { description: 'Not published in this language, or no such statement', content: json }, ...limited },
      },
    },
  },
  components: {
    schemas: {
      Statement: { type: 'object', properties: Object.fromEntries(publicStatementFields.map((field) => [field, {}])), description: 'As Payload answers an anonymous reader at depth 0; body is Lexical JSON' },
      Page: {
        type: 'object',
        properties: {
          docs: { type: 'array', items: { $ref: '#/components/schemas/Statement' } },
          ...Object.fromEntries(['limit', 'page', 'pagingCounter', 'totalDocs', 'totalPages'].map((name) => [name, { type: 'integer' }])),
          ...Object.fromEntries(['nextPage', 'prevPage'].map((name) => [name, { type: ['integer', 'null'] }])),
          hasNextPage: { type: 'boolean' },
          hasPrevPage: { type: 'boolean' },
        },
      },
      Errors: { type: 'object', properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' } } } } } },
    },
  },
})

export const openApiController = (serverUrl: string): RequestHandler => {
  const body = JSON.stringify(publicApiDescription(serverUrl), null, 2)
  return (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('application/json').send(body)
  }
}
