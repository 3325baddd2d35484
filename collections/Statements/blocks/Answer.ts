import type { Block } from 'payload'

import { peopleSlug } from '../../People'

/** The answer to the preceding question, led by the speaker's name on the page. */
export const Answer: Block = {
  slug: 'answer',
  interfaceName: 'AnswerBlock',
  labels: {
    singular: { en: 'Answer', ru: 'Ответ' },
    plural: { en: 'Answers', ru: 'Ответы' },
  },
  fields: [
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: peopleSlug,
      required: true,
      label: { en: 'Speaker', ru: 'Кто отвечает' },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      label: { en: 'Answer', ru: 'Ответ' },
      admin: { description: { en: 'Separate paragraphs with an empty line.', ru: 'Абзацы разделяйте пустой строкой.' } },
    },
  ],
}
