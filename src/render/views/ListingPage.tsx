import type { ReactNode } from 'react'

import type { PageChrome } from '../format/chrome'
import type { StatementCard } from '../format/statementView'
import { Layout } from './Layout'
import { Pagination, type PaginationView } from './Pagination'
import { StatementList } from './StatementList'

type Props = {
  chrome: PageChrome
  heading: string
  intro?: ReactNode
  items: StatementCard[]
  total: number
  emptyText: string
  pagination: PaginationView
  children?: ReactNode
}

/** A heading, optional intro or filters, a list of statements, pagination and the total: home, archive, topic and person pages. */
export const ListingPage = ({ chrome, heading, intro, items, total, emptyText, pagination, children }: Props) => {
  const { t } = chrome
  return (
    <Layout chrome={chrome}>
      <h1 className="page-title">{heading}</h1>
      {intro}
      {children}
      {items.length > 0 ? <StatementList items={items} /> : <p className="empty">{emptyText}</p>}
      <div className="list-footer">
        <Pagination pagination={pagination} t={t} />
        <p className="total">{t('count.statements', { count: total })}</p>
      </div>
    </Layout>
  )
}
