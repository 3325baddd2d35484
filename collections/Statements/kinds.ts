/** Kinds of statement a press office publishes; the public labels live in locales/. */
export const statementKinds = [
  { value: 'statement', label: { en: 'Statement', ru: 'Заявление' } },
  { value: 'answer-to-media-question', label: { en: 'Answer to a media question', ru: 'Ответ на вопрос СМИ' } },
  { value: 'comment', label: { en: 'Comment', ru: 'Комментарий' } },
  { value: 'briefing', label: { en: 'Briefing', ru: 'Брифинг' } },
  { value: 'interview', label: { en: 'Interview', ru: 'Интервью' } },
  { value: 'speech', label: { en: 'Speech', ru: 'Выступление' } },
  { value: 'article', label: { en: 'Article', ru: 'Статья' } },
  { value: 'press-release', label: { en: 'Press release', ru: 'Пресс-релиз' } },
] as const

export type StatementKind = (typeof statementKinds)[number]['value']
export const statementKindValues: StatementKind[] = statementKinds.map((kind) => kind.value)
