import type { TFunction } from 'i18next'

import type { ArchiveQuery } from '../format/archiveQuery'

type Option = { value: string; label: string }

type Props = {
  t: TFunction
  action: string
  query: ArchiveQuery
  kinds: Option[]
  topics: Option[]
  people: Option[]
}

const Select = ({ name, label, any, options, value }: { name: string; label: string; any: string; options: Option[]; value?: string }) => (
  <p className="field">
    <label htmlFor={`filter-${name}`}>{label}</label>
    <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </p>
)

/** The archive's filter form: a plain GET form, so it works without JavaScript. */
export const ArchiveFilters = ({ t, action, query, kinds, topics, people }: Props) => (
  <form className="filters" method="get" action={action} aria-label={t('archive.filters')}>
    <Select name="kind" label={t('archive.kind')} any={t('archive.anyKind')} options={kinds} value={query.kind} />
    <Select name="topic" label={t('archive.topic')} any={t('archive.anyTopic')} options={topics} value={query.topic} />
    <Select name="person" label={t('archive.person')} any={t('archive.anyPerson')} options={people} value={query.person} />
    <p className="field">
      <label htmlFor="filter-from">{t('archive.from')}</label>
      <input id="filter-from" type="date" name="from" defaultValue={query.from ?? ''} />
    </p>
    <p className="field">
      <label htmlFor="filter-to">{t('archive.to')}</label>
      <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ''} />
    </p>
    <p className="actions">
      <button type="submit">{t('archive.apply')}</button> <a href={action}>{t('archive.reset')}</a>
    </p>
  </form>
)
