import type { StatementCard } from '../format/statementView'

/** A list of statements: date and kind, linked title, one-line summary. */
export const StatementList = ({ items }: { items: StatementCard[] }) => (
  <ol className="statement-list">
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
        {item.summary ? <p className="summary">{item.summary}</p> : null}
      </li>
    ))}
  </ol>
)
