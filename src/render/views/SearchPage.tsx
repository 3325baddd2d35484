import type { PageChrome } from '../format/chrome'
import type { ExcerptPart } from '../format/excerpt'
import type { StatementCard } from '../format/statementView'
import { Layout } from './Layout'
import { Pagination, type PaginationView } from './Pagination'
import { StatementList } from './StatementList'

export type SearchResult = StatementCard & { excerpt: ExcerptPart[] }

type Props = {
  chrome: PageChrome
  action: string
  query: string
  results: SearchResult[]
  total: number
  pagination: PaginationView
}

export const SearchPage = ({ chrome, action, query, results, total, pagination }: Props) => {
  const { t } = chrome
  return (
    <Layout chrome={chrome}>
      <h1 className="page-title">{t('search.title')}</h1>
      <form className="search-form" method="get" action={action} role="search">
        <label htmlFor="search-q">{t('search.label')}</label>
        <input id="search-q" type="search" name="q" defaultValue={query} maxLength={200} />
        <button type="submit">{t('search.button')}</button>
      </form>
      {query === '' ? (
        <p>{t('search.prompt')}</p>
      ) : total === 0 ? (
        <p className="empty">{t('search.empty', { query })}</p>
      ) : (
        <>
          <p className="total">{t('search.results', { count: total, query })}</p>
          <StatementList
            items={results}
            className="search-results"
            summary={(result) =>
              result.excerpt.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))
            }
          />
          <Pagination pagination={pagination} t={t} />
        </>
      )}
    </Layout>
  )
}
