import type { ReactNode } from 'react'

import type { PageChrome } from '../format/chrome'

type Props = { chrome: PageChrome; children: ReactNode; head?: ReactNode }

/** The page shell shared by every public page: header, switcher, navigation, footer. */
export const Layout = ({ chrome, children, head }: Props) => {
  const { locale, t } = chrome
  return (
    <html lang={locale.code}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${chrome.title} · ${chrome.siteName}`}</title>
        {chrome.description ? <meta name="description" content={chrome.description} /> : null}
        <link rel="canonical" href={chrome.canonical} />
        {chrome.alternates.map((alternate) => (
          <link key={alternate.hreflang} rel="alternate" hrefLang={alternate.hreflang} href={alternate.href} />
        ))}
        <link rel="alternate" type="application/rss+xml" title={`${chrome.siteName} · ${t('site.rss')}`} href={chrome.feedHref} />
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        {head}
      </head>
      <body>
        <a className="skip-link" href="#content">
          {t('site.skipToContent')}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <p className="site-name">
              <a href={chrome.homeHref}>{chrome.siteName}</a>
              {chrome.tagline ? <span className="tagline">{chrome.tagline}</span> : null}
            </p>
            <nav className="switcher" aria-label={t('site.languageSwitcher')}>
              <ul>
                {chrome.switcher.map((link) => (
                  <li key={link.code}>
                    {link.current ? (
                      <a href={link.href ?? chrome.homeHref} lang={link.code} hrefLang={link.code} aria-current="page">
                        {link.label}
                      </a>
                    ) : link.href ? (
                      <a href={`${link.href}`} lang={link.code} hrefLang={link.code} data-set-lang={link.code}>
                        {link.label}
                      </a>
                    ) : (
                      <span className="unavailable" lang={link.code}>
                        {t('site.notAvailable', { language: link.label })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {chrome.navigation.length > 0 ? (
            <nav className="wrap main-nav" aria-label={t('site.mainNavigation')}>
              <ul>
                {chrome.navigation.map((link) => (
                  <li key={link.href + link.label}>
                    <a href={link.href} aria-current={link.current}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="content" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            {chrome.footerText ? <p>{chrome.footerText}</p> : null}
            <p>
              <a href={chrome.feedHref}>{t('site.rss')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
