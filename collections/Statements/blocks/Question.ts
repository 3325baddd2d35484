import type { Block } from 'payload'

/** A journalist's question in a Q&A body. */
export const Question: Block = {
  slug: 'question',
  interfaceName: 'QuestionBlock',
  labels: {
    singular: { en: 'Question', ru: 'Вопрос' },
    plural: { en: 'Questions', ru: 'Вопросы' },
  },
  fields: [
    {
      name: 'asker',
      type: 'text',
      label: { en: 'Asked by (optional)', ru: 'Кто спрашивает (необязательно)' },
      admin: { description: { en: 'A journalist or outlet, e.g. "Daily Courier"', ru: 'Журналист или издание' } },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      label: { en: 'Question', ru: 'Вопрос' },
    },
  ],
}
