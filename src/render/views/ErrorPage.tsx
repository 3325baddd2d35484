import type { PageChrome } from '../format/chrome'
import { Layout } from './Layout'

type Props = { chrome: PageChrome; heading: string; text: string; reference?: string }

export const ErrorPage = ({ chrome, heading, text, reference }: Props) => (
  <Layout chrome={chrome}>
    <h1 className="page-title">{heading}</h1>
    <p>{text}</p>
    {reference ? <p className="reference">{chrome.t('errors.reference', { id: reference })}</p> : null}
    <p>
      <a href={chrome.homeHref}>{chrome.t('errors.goHome')}</a>
    </p>
  </Layout>
)
