import escapeHTML from 'escape-html'

import type { AdminLanguage } from './adminLanguage'

/** A message before it is laid out: a subject, a few lines, one link to act on, and why it came. */
type Draft = { subject: string; lines: string[]; action: { label: string; url: string }; footer?: string }

export type Mail = { subject: string; text: string; html: string }

type Texts = {
  passwordReset: (v: { name: string; url: string }) => Draft
  invitation: (v: { name: string; inviter: string; email: string; url: string; days: number }) => Draft
  translationNeeded: (v: { title: string; language: string; url: string }) => Draft
  translationReturned: (v: { title: string; language: string; url: string; by: string }) => Draft
  reviewWaiting: (v: { title: string; language: string; url: string; by: string }) => Draft
  translationOutdated: (v: { title: string; language: string; url: string; fields: string }) => Draft
  notificationFooter: (v: { accountUrl: string }) => string
  /** The statement fields a change of the source can outdate, as the sentence names them. */
  fieldNames: Record<'title' | 'summary' | 'body', string>
}

const ruDays = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'день' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'дня' : 'дней')

/** Every e-mail the CMS sends, in each admin language; TypeScript holds both to the same set. */
export const mailTexts: Record<AdminLanguage, Texts> = {
  en: {
    passwordReset: ({ name, url }) => ({
      subject: 'Reset your password for the Statements CMS',
      lines: [`Hello ${name},`, 'someone (we hope you) asked to reset the password of your Statements CMS account. Choose a new password within an hour; the link works once.', 'If you did not ask for this, ignore this e-mail: your password stays as it is.'],
      action: { label: 'Choose a new password', url },
    }),
    invitation: ({ name, inviter, email, url, days }) => ({
      subject: 'Your account for the Statements CMS',
      lines: [`Hello ${name},`, `${inviter || 'An administrator'} has made you an account in the Statements CMS; you sign in with ${email}.`, `Choose your password within ${days} days; the link works once. Then sign in with your e-mail address and that password.`],
      action: { label: 'Choose your password', url },
    }),
    translationNeeded: ({ title, language, url }) => ({
      subject: `Translation needed into ${language}: ${title}`,
      lines: [`The statement “${title}” needs a translation into ${language}.`],
      action: { label: 'Translate it side by side', url },
    }),
    translationReturned: ({ title, language, url, by }) => ({
      subject: `Translation sent back: ${title} (${language})`,
      lines: [`${by} sent the ${language} translation of “${title}” back for more work.`],
      action: { label: 'Open the translation', url },
    }),
    reviewWaiting: ({ title, language, url, by }) => ({
      subject: `Translation waiting for your review: ${title} (${language})`,
      lines: [`${by} sent the ${language} translation of “${title}” for review.`],
      action: { label: 'Review it side by side', url },
    }),
    translationOutdated: ({ title, language, url, fields }) => ({
      subject: `Translation outdated: ${title} (${language})`,
      lines: [`The source text of “${title}” changed after its ${language} translation was approved (${fields}). The published translation stays online until an updated one is approved and published.`],
      action: { label: 'Update the translation', url },
    }),
    fieldNames: { title: 'title', summary: 'summary', body: 'text' },
    notificationFooter: ({ accountUrl }) => `You receive these e-mails because translation notifications are on in your account: ${accountUrl}`,
  },
  ru: {
    passwordReset: ({ name, url }) => ({
      subject: 'Сброс пароля в Statements CMS',
      lines: [`Здравствуйте, ${name}!`, 'Кто-то (надеемся, вы) попросил сбросить пароль вашей учётной записи в Statements CMS. Задайте новый пароль в течение часа; ссылка действует один раз.', 'Если вы этого не просили, просто не обращайте внимания на это письмо: пароль останется прежним.'],
      action: { label: 'Задать новый пароль', url },
    }),
    invitation: ({ name, inviter, email, url, days }) => ({
      subject: 'Ваша учётная запись в Statements CMS',
      lines: [`Здравствуйте, ${name}!`, `${inviter || 'Администратор'} создал(а) для вас учётную запись в Statements CMS; для входа используется адрес ${email}.`, `Задайте пароль в течение ${days} ${ruDays(days)}; ссылка действует один раз. Затем войдите, указав адрес электронной почты и этот пароль.`],
      action: { label: 'Задать пароль', url },
    }),
    translationNeeded: ({ title, language, url }) => ({
      subject: `Нужен перевод на ${language}: ${title}`,
      lines: [`Заявление «${title}» нужно перевести на ${language}.`],
      action: { label: 'Перевести в режиме «Рядом с оригиналом»', url },
    }),
    translationReturned: ({ title, language, url, by }) => ({
      subject: `Перевод возвращён на доработку: ${title} (${language})`,
      lines: [`${by} вернул(а) перевод заявления «${title}» на ${language} на доработку.`],
      action: { label: 'Открыть перевод', url },
    }),
    reviewWaiting: ({ title, language, url, by }) => ({
      subject: `Перевод ждёт вашей проверки: ${title} (${language})`,
      lines: [`${by} отправил(а) перевод заявления «${title}» на ${language} на проверку.`],
      action: { label: 'Проверить рядом с оригиналом', url },
    }),
    translationOutdated: ({ title, language, url, fields }) => ({
      subject: `Перевод устарел: ${title} (${language})`,
      lines: [`Оригинал заявления «${title}» изменился после утверждения перевода на ${language} (${fields}). Опубликованный перевод остаётся на сайте, пока не будет утверждён и опубликован обновлённый.`],
      action: { label: 'Обновить перевод', url },
    }),
    fieldNames: { title: 'заголовок', summary: 'краткое содержание', body: 'текст' },
    notificationFooter: ({ accountUrl }) => `Вы получаете эти письма, потому что в вашей учётной записи включены уведомления о переводах: ${accountUrl}`,
  },
}

/** Lays a draft out as plain text and as simple HTML (every value escaped). */
export const composeMail = ({ subject, lines, action, footer }: Draft): Mail => ({
  subject,
  text: [...lines, '', `${action.label}: ${action.url}`, ...(footer ? ['', '--', footer] : [])].join('\n'),
  html: [
    ...lines.map((line) => `<p>${escapeHTML(line)}</p>`),
    `<p><a href="${escapeHTML(action.url)}">${escapeHTML(action.label)}</a><br>${escapeHTML(action.url)}</p>`,
    ...(footer ? [`<p style="color:#666;font-size:small">${escapeHTML(footer)}</p>`] : []),
  ].join('\n'),
})
