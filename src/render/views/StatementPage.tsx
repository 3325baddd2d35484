import { localePath, type PageChrome } from '../format/chrome'
import type { StatementView } from '../format/statementView'
import { Layout } from './Layout'

type Props = { chrome: PageChrome; statement: StatementView }

export const StatementPage = ({ chrome, statement }: Props) => {
  const { t } = chrome
  const others = chrome.switcher.filter((link) => !link.current && link.href)
  return (
    <Layout
      chrome={chrome}
      head={
        <>
          <meta property="og:type" content="article" />
          <meta property="og:title" content={statement.title} />
          {statement.summary ? <meta property="og:description" content={statement.summary} /> : null}
          <meta property="og:url" content={chrome.canonical} />
          <meta property="og:locale" content={chrome.locale.code.replace('-', '_')} />
          <meta property="og:site_name" content={chrome.siteName} />
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: statement.jsonLd }} />
        </>
      }
    >
      <nav className="breadcrumb" aria-label={t('site.breadcrumb')}>
        <ol>
          <li>
            <a href={chrome.homeHref}>{t('site.home')}</a>
          </li>
          <li>
            <a href={localePath(chrome.locale, '/statements')}>{t('statement.statements')}</a>
          </li>
          {statement.kindArchive ? (
            <li>
              <a href={statement.kindArchive.href}>{statement.kindArchive.label}</a>
            </li>
          ) : null}
        </ol>
      </nav>
      <article className="statement">
        <header>
          <p className="meta">
            {statement.date ? <time dateTime={statement.date.iso}>{statement.date.text}</time> : null}
            <span className="kind">{statement.kindLabel}</span>
          </p>
          <h1>{statement.title}</h1>
          {others.length > 0 ? (
            <p className="also-available">
              {t('site.alsoAvailableIn')}{' '}
              {others.map((link, index) => (
                <span key={link.code}>
                  {index > 0 ? ' · ' : null}
                  <a href={link.href ?? ''} lang={link.code} hrefLang={link.code}>
                    {link.label}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
          {statement.summary ? <p className="lead">{statement.summary}</p> : null}
        </header>
        <div className="body" dangerouslySetInnerHTML={{ __html: statement.bodyHtml }} />
        <footer className="statement-footer">
          {statement.topics.length > 0 ? (
            <p>
              {t('statement.topics')}{' '}
              {statement.topics.map((topic, index) => (
                <span key={topic.name}>
                  {index > 0 ? ' · ' : null}
                  {topic.href ? <a href={topic.href}>{topic.name}</a> : topic.name}
                </span>
              ))}
            </p>
          ) : null}
          {statement.speakers.length > 0 ? (
            <p>
              {t('statement.speakers', { count: statement.speakers.length })}{' '}
              {statement.speakers.map((speaker, index) => (
                <span key={speaker.name}>
                  {index > 0 ? '; ' : null}
                  {speaker.href ? <a href={speaker.href}>{speaker.name}</a> : speaker.name}
                  {speaker.position ? `, ${speaker.position}` : null}
                </span>
              ))}
            </p>
          ) : null}
          <p className="print-only">{t('statement.printedFrom', { url: chrome.canonical })}</p>
        </footer>
      </article>
    </Layout>
  )
}
