import type { TFunction } from 'i18next'

export type PaginationView = {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}

/** Page numbers around the current one, with the first and last always shown: 1 … 4 5 [6] 7 8 … 20. */
export const pageWindow = (page: number, totalPages: number): (number | 'gap')[] => {
  const wanted = new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= totalPages))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, index) => {
    if (index > 0 && p - (sorted[index - 1] as number) > 1) out.push('gap')
    out.push(p)
  })
  return out
}

export const Pagination = ({ pagination, t }: { pagination: PaginationView; t: TFunction }) => {
  const { page, totalPages, hrefFor } = pagination
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <a href={hrefFor(item)} aria-current="page" aria-label={t('pagination.page', { page: item })}>
                  {item}
                </a>
              ) : (
                <a href={hrefFor(item)} aria-label={t('pagination.page', { page: item })}>
                  {item}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
