import type { PageChrome } from '../format/chrome'
import type { StatementCard } from '../format/statementView'
import { Layout } from './Layout'
import { StatementList } from './StatementList'

type Props = { chrome: PageChrome; items: StatementCard[]; total: number }

export const HomePage = ({ chrome, items, total }: Props) => {
  const { t } = chrome
  return (
    <Layout chrome={chrome}>
      <h1 className="page-title">{t('home.title')}</h1>
      {items.length > 0 ? <StatementList items={items} /> : <p>{t('home.empty')}</p>}
      <p className="more">
        <a href={`${chrome.homeHref}statements`}>{t('home.all')}</a> · {t('count.statements', { count: total })}
      </p>
    </Layout>
  )
}
