import type { ReactNode } from 'react'

import type { StatementCard } from '../format/statementView'

type Props<T extends StatementCard> = {
  items: T[]
  className?: string
  /** What stands under the title; the summary unless a page (search) shows something else. */
  summary?: (item: T) => ReactNode
}

/** A list of statements: date and kind, linked title, one-line summary. */
export const StatementList = <T extends StatementCard>({ items, className, summary }: Props<T>) => (
  <ol className={className ? `statement-list ${className}` : 'statement-list'}>
    {items.map((item) => (
      <li key={item.href}>
        <p className="meta">
          {item.date ? <time dateTime={item.date.iso}>{item.date.text}</time> : null}
          {item.date ? ' · ' : null}
          <span className="kind">{item.kindLabel}</span>
        </p>
        <h2>
          <a href={item.href}>{item.title}</a>
        </h2>
        {summary ? <p className="summary">{summary(item)}</p> : item.summary ? <p className="summary">{item.summary}</p> : null}
      </li>
    ))}
  </ol>
)
