import type { PageChrome } from '../format/chrome'
import { Layout } from './Layout'

type Props = { chrome: PageChrome; heading: string; items: { name: string; href: string; note?: string | null }[]; emptyText: string }

/** A plain alphabetical list of links: the topics index and the people index. */
export const IndexPage = ({ chrome, heading, items, emptyText }: Props) => (
  <Layout chrome={chrome}>
    <h1 className="page-title">{heading}</h1>
    {items.length > 0 ? (
      <ul className="index-list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.name}</a>
            {item.note ? <span className="note"> · {item.note}</span> : null}
          </li>
        ))}
      </ul>
    ) : (
      <p className="empty">{emptyText}</p>
    )}
  </Layout>
)
