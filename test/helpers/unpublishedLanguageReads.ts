import { seededRandom } from './seededRandom'

/** One anonymous read: a GET through the front door (REST) or a GraphQL query. */
export type LeakProbe = { via: 'rest'; path: string } | { via: 'graphql'; query: string }

// REST: `none` sends no locale at all (the default language).
const restLocales = ['en-GB', 'ru-RU', 'all', 'all', 'none']
const depths = ['', '0', '1', '2']
const selects = ['', 'select[title]=true', 'select[title]=true&select[body]=true&select[speakers]=true', 'select[_status]=false', 'select[body]=false', 'select[summary]=true&select[slug]=true']
const populates = ['', 'populate[people][name]=true', 'populate[statements][title]=true', 'populate[people][photo]=true']
const options = ['', 'draft=true', 'fallback-locale=en-GB', 'fallback-locale=ru-RU', 'draft=true&fallback-locale=ru-RU', 'trash=true']
const shapes = ['', 'sort=-publishedAt', 'sort=title', 'limit=50', 'limit=2&page=2']

// GraphQL has no all-languages read (its locale enum leaves `all` out).
const graphqlLocales = ['en_GB', 'ru_RU', '']
const graphqlFields = [
  'id title summary slug _status',
  'id title body',
  'id slug speakers { id name position } topics { name }',
  'id title summary slug body _status speakers { name } topics { name }',
]
const graphqlOptions = ['', 'draft: true', 'fallbackLocale: en_GB', 'fallbackLocale: ru_RU', 'draft: true, fallbackLocale: none']

const join = (...parts: string[]) => parts.filter(Boolean).join('&')

/**
 * `count` anonymous reads of statements, the same ones for the same seed:
 * lists and single documents by id, REST and GraphQL, in every locale
 * spelling, depth, select, populate and draft/fallback option, each a way an
 * unpublished language could come back beside a published one.
 */
export const unpublishedLanguageReads = (seed: number, count: number, ids: (number | string)[]): LeakProbe[] => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (): LeakProbe => {
    if (random.next() < 0.7) {
      const locale = random.pick(restLocales)
      const depth = random.pick(depths)
      const query = join(
        locale === 'none' ? '' : `locale=${locale}`,
        depth === '' ? '' : `depth=${depth}`,
        random.pick(selects),
        random.pick(populates),
        random.pick(options),
        random.pick(shapes),
      )
      const single = random.next() < 0.4
      const id = random.pick(ids)
      if (single) return { via: 'rest', path: `/api/statements/${id}?${query}` }
      const where = random.next() < 0.3 ? `where[id][equals]=${id}` : ''
      return { via: 'rest', path: `/api/statements?${join(query, where)}` }
    }
    const locale = random.pick(graphqlLocales)
    const args = [locale ? `locale: ${locale}` : '', random.pick(graphqlOptions)].filter(Boolean)
    const fields = random.pick(graphqlFields)
    if (random.next() < 0.4) {
      const id = random.pick(ids)
      return { via: 'graphql', query: `{ Statement(${[`id: ${id}`, ...args].join(', ')}) { ${fields} } }` }
    }
    const listArgs = [...args, 'limit: 50'].join(', ')
    return { via: 'graphql', query: `{ Statements(${listArgs}) { docs { ${fields} } } }` }
  })
}
