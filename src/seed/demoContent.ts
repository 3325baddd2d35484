/**
 * Demo content for the statement-publishing CMS, in en-GB and ru-RU.
 *
 * Everything here is INVENTED: the Republic of Veloria, its Ministry of
 * Foreign Affairs, Kestria, Norland, the Amber Coast, every person, place,
 * outlet, agreement and event. Any resemblance to real states, officials or
 * ministry texts is unintended. Used by ./seedDemo.ts.
 */

export type Localized = { 'en-GB': string; 'ru-RU': string }
export type DemoPerson = { key: string; slug: string; name: Localized; position: Localized }
export type DemoTopic = { key: string; slug: string; type: 'country' | 'region' | 'theme'; name: Localized }
export type DemoBodyPart =
  | { type: 'paragraph'; text: string }
  | { type: 'question'; asker?: string; text: string }
  | { type: 'answer'; speaker: string /* a DemoPerson key */; text: string }
export type DemoVersion = { title: string; summary: string; body: DemoBodyPart[] }
export type StatementKind = 'statement' | 'answer-to-media-question' | 'comment' | 'briefing' | 'interview' | 'speech' | 'article' | 'press-release'
export type DemoStatement = {
  key: string
  kind: StatementKind
  publishedAt: string // ISO 8601 UTC, e.g. '2026-11-20T13:17:00.000Z'
  speakers: string[] // DemoPerson keys
  topics: string[] // DemoTopic keys
  /** published: both languages public; en-only: English published, Russian saved as a draft; draft: nothing published */
  status: 'published' | 'en-only' | 'draft'
  'en-GB': DemoVersion
  'ru-RU': DemoVersion
}
export type DemoSiteSettings = Record<'en-GB' | 'ru-RU', { siteName: string; tagline: string; footerText: string; navigation: { label: string; url: string }[] }>

// Small builders for body parts. An answer's paragraphs are joined with a blank line.
const paragraph = (text: string): DemoBodyPart => ({ type: 'paragraph', text })
const question = (asker: string | undefined, text: string): DemoBodyPart =>
  asker === undefined ? { type: 'question', text } : { type: 'question', asker, text }
const answer = (speaker: string, ...paragraphs: string[]): DemoBodyPart => ({ type: 'answer', speaker, text: paragraphs.join('\n\n') })

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

export const demoPeople: DemoPerson[] = [
  {
    key: 'minister',
    slug: 'irena-valdis',
    name: { 'en-GB': 'Irena Valdis', 'ru-RU': 'Ирена Валдис' },
    position: {
      'en-GB': 'Minister of Foreign Affairs of the Republic of Veloria',
      'ru-RU': 'Министр иностранных дел Республики Велория',
    },
  },
  {
    key: 'press-director',
    slug: 'tomas-aldren',
    name: { 'en-GB': 'Tomas Aldren', 'ru-RU': 'Томас Алдрен' },
    position: {
      'en-GB': 'Director of the Press and Information Department',
      'ru-RU': 'Директор Департамента информации и печати',
    },
  },
  {
    key: 'press-deputy',
    slug: 'mila-korvan',
    name: { 'en-GB': 'Mila Korvan', 'ru-RU': 'Мила Корван' },
    position: {
      'en-GB': 'Deputy Director of the Press and Information Department',
      'ru-RU': 'Заместитель директора Департамента информации и печати',
    },
  },
  {
    key: 'spokesperson',
    slug: 'lukas-ferrane',
    name: { 'en-GB': 'Lukas Ferrane', 'ru-RU': 'Лукас Ферран' },
    position: {
      'en-GB': 'Official Spokesperson of the Ministry of Foreign Affairs',
      'ru-RU': 'Официальный представитель Министерства иностранных дел',
    },
  },
]

// ---------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------

export const demoTopics: DemoTopic[] = [
  { key: 'kestria', slug: 'kestria', type: 'country', name: { 'en-GB': 'Kestria', 'ru-RU': 'Кестрия' } },
  { key: 'norland', slug: 'norland', type: 'country', name: { 'en-GB': 'Norland', 'ru-RU': 'Норландия' } },
  { key: 'amber-coast', slug: 'amber-coast', type: 'region', name: { 'en-GB': 'Amber Coast', 'ru-RU': 'Янтарное побережье' } },
  { key: 'oster-basin', slug: 'oster-river-basin', type: 'region', name: { 'en-GB': 'Oster River Basin', 'ru-RU': 'Бассейн реки Остер' } },
  { key: 'consular-affairs', slug: 'consular-affairs', type: 'theme', name: { 'en-GB': 'Consular Affairs', 'ru-RU': 'Консульские вопросы' } },
  { key: 'trade-and-transit', slug: 'trade-and-transit', type: 'theme', name: { 'en-GB': 'Trade and Transit', 'ru-RU': 'Торговля и транзит' } },
]

// ---------------------------------------------------------------------------
// Statements (newest last; the site sorts by publishedAt)
// ---------------------------------------------------------------------------

export const demoStatements: DemoStatement[] = [
  // 1. Press release -----------------------------------------------------------
  {
    key: 'kestria-water-agreement',
    kind: 'press-release',
    publishedAt: '2026-10-06T09:40:00.000Z',
    speakers: ['minister'],
    topics: ['kestria', 'oster-basin'],
    status: 'published',
    'en-GB': {
      title: 'Veloria and Kestria sign agreement on the joint management of the Oster River',
      summary:
        'Foreign Ministers Irena Valdis and Severin Hollis signed an agreement in Harnel establishing a joint commission on water allocation, flood warning and water quality in the Oster River basin.',
      body: [
        paragraph(
          'On 6 October in Harnel, Minister of Foreign Affairs of the Republic of Veloria Irena Valdis and Minister of Foreign Affairs of Kestria Severin Hollis signed the Agreement on the Joint Management and Protection of the Waters of the Oster River Basin. The signing concluded three years of negotiations between expert delegations of the two countries. The Agreement will enter into force once both parties have completed their domestic ratification procedures.',
        ),
        paragraph(
          'The Agreement establishes a permanent Velorian–Kestrian Commission on the Oster River, which will meet at least twice a year, alternately in Aldmere and Harnel. The Commission will agree seasonal water allocation, coordinate the operation of reservoirs and hydroelectric installations, and oversee a joint programme of water quality monitoring.',
        ),
        paragraph(
          'Particular attention is paid to flood prevention. The parties undertake to exchange hydrological data in real time and to notify each other without delay of any emergency that may affect communities downstream. A joint early warning system covering eleven monitoring stations along the river is to be operational by the spring of 2028.',
        ),
        paragraph(
          'Speaking after the ceremony, Irena Valdis noted that for centuries the Oster had provided a livelihood for people on both banks and should remain a river that unites rather than divides. She thanked the Kestrian side for its constructive approach and expressed confidence that the Agreement would serve as a model for cooperation on transboundary waters across the region.',
        ),
        paragraph(
          'During their talks, the Ministers also discussed preparations for the next meeting of the Intergovernmental Commission on Trade and Economic Cooperation, the reopening of the Brenna Bridge border crossing to freight traffic and the situation on the Amber Coast.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Велория и Кестрия подписали соглашение о совместном управлении водными ресурсами реки Остер',
      summary:
        'Министры иностранных дел Ирена Валдис и Северин Холлис подписали в Харнеле соглашение о создании совместной комиссии по распределению водных ресурсов, предупреждению паводков и контролю качества воды в бассейне реки Остер.',
      body: [
        paragraph(
          '6 октября в Харнеле Министр иностранных дел Республики Велория Ирена Валдис и Министр иностранных дел Кестрии Северин Холлис подписали Соглашение о совместном управлении и охране вод бассейна реки Остер. Подписание завершило трёхлетние переговоры экспертных делегаций двух стран. Соглашение вступит в силу после выполнения сторонами внутригосударственных процедур, необходимых для его ратификации.',
        ),
        paragraph(
          'Соглашением учреждается постоянная велорийско-кестрийская комиссия по реке Остер, которая будет собираться не реже двух раз в год поочерёдно в Альдмере и Харнеле. Комиссия будет согласовывать сезонное распределение водных ресурсов, координировать режим работы водохранилищ и гидроэлектростанций, а также курировать совместную программу мониторинга качества воды.',
        ),
        paragraph(
          'Особое внимание уделено предупреждению паводков. Стороны обязуются обмениваться гидрологическими данными в режиме реального времени и незамедлительно уведомлять друг друга о любых чрезвычайных ситуациях, которые могут затронуть населённые пункты ниже по течению. Совместная система раннего оповещения, охватывающая одиннадцать постов наблюдения вдоль реки, должна заработать к весне 2028 года.',
        ),
        paragraph(
          'Выступая после церемонии, Ирена Валдис отметила, что Остер на протяжении веков кормил людей на обоих берегах и должен и впредь оставаться рекой, которая объединяет, а не разделяет. Министр поблагодарила кестрийскую сторону за конструктивный подход и выразила уверенность, что Соглашение станет образцом сотрудничества в области трансграничных вод для всего региона.',
        ),
        paragraph(
          'В ходе переговоров министры также обсудили подготовку очередного заседания Межправительственной комиссии по торгово-экономическому сотрудничеству, возобновление грузового движения через пункт пропуска «Бреннский мост» и ситуацию на Янтарном побережье.',
        ),
      ],
    },
  },

  // 2. Statement ---------------------------------------------------------------
  {
    key: 'amber-coast-ceasefire',
    kind: 'statement',
    publishedAt: '2026-10-14T17:25:00.000Z',
    speakers: [],
    topics: ['amber-coast'],
    status: 'published',
    'en-GB': {
      title: 'Statement by the Ministry of Foreign Affairs on the ceasefire on the Amber Coast',
      summary:
        'The Ministry welcomes the ceasefire agreed by the parties on the Amber Coast and calls on them to honour it in full, to allow humanitarian access and to return to political talks.',
      body: [
        paragraph(
          'The Ministry of Foreign Affairs of the Republic of Veloria welcomes the ceasefire agreement reached on 13 October by the parties to the conflict on the Amber Coast through the mediation of the Amber Coast Contact Group. We regard it as an important, if overdue, step towards ending hostilities that have claimed hundreds of civilian lives since the spring and forced tens of thousands of people to leave their homes.',
        ),
        paragraph(
          'A ceasefire is only as strong as the commitment of those who sign it. We call on all parties to observe the agreement in full, to refrain from any action that might undermine it and to make active use of the joint monitoring mechanism agreed in Port Selva. Isolated incidents must be resolved through the established channels rather than used as a pretext for renewed fighting.',
        ),
        paragraph(
          'The immediate priority is humanitarian. Safe and unhindered access must be ensured for aid convoys, medical teams and the staff of international organisations, and civilians who wish to leave the affected areas must be able to do so in safety. The Republic of Veloria has decided to allocate an additional 4 million velars in humanitarian assistance, to be delivered through international humanitarian organisations.',
        ),
        paragraph(
          'We are convinced that there is no military solution to the conflict on the Amber Coast. The ceasefire should open the way to an inclusive political dialogue that takes into account the legitimate interests of all communities in the region. As a member of the Contact Group, Veloria stands ready to continue its mediation efforts and, should the parties so request, to host a round of talks in Aldmere.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Заявление МИД Республики Велория в связи с прекращением огня на Янтарном побережье',
      summary:
        'МИД приветствует достигнутую сторонами договорённость о прекращении огня на Янтарном побережье и призывает их в полной мере её соблюдать, обеспечить гуманитарный доступ и вернуться к политическим переговорам.',
      body: [
        paragraph(
          'Министерство иностранных дел Республики Велория приветствует соглашение о прекращении огня, достигнутое 13 октября сторонами конфликта на Янтарном побережье при посредничестве Контактной группы по Янтарному побережью. Рассматриваем его как важный, хотя и запоздалый, шаг к прекращению боевых действий, которые с весны унесли жизни сотен мирных жителей и вынудили десятки тысяч человек покинуть свои дома.',
        ),
        paragraph(
          'Прочность режима прекращения огня определяется готовностью подписавших его сторон выполнять взятые обязательства. Призываем все стороны в полной мере соблюдать договорённости, воздерживаться от любых действий, способных их подорвать, и активно задействовать совместный механизм мониторинга, согласованный в Порт-Сельве. Отдельные инциденты должны урегулироваться по установленным каналам, а не служить предлогом для возобновления боевых действий.',
        ),
        paragraph(
          'Первоочередная задача — гуманитарная. Необходимо обеспечить безопасный и беспрепятственный доступ гуманитарным конвоям, медицинским бригадам и сотрудникам международных организаций, а мирным жителям, желающим покинуть пострадавшие районы, — возможность сделать это без риска для жизни. Республика Велория приняла решение дополнительно выделить 4 млн веларов на гуманитарную помощь, которая будет доставлена через международные гуманитарные организации.',
        ),
        paragraph(
          'Убеждены, что у конфликта на Янтарном побережье нет военного решения. Прекращение огня должно открыть путь к инклюзивному политическому диалогу с учётом законных интересов всех общин региона. Велория как член Контактной группы готова продолжать посреднические усилия и, если стороны того пожелают, принять очередной раунд переговоров в Альдмере.',
        ),
      ],
    },
  },

  // 3. Answer to a media question (Q&A) ------------------------------------------
  {
    key: 'norland-detained-citizen',
    kind: 'answer-to-media-question',
    publishedAt: '2026-10-19T08:55:00.000Z',
    speakers: ['spokesperson'],
    topics: ['norland', 'consular-affairs'],
    status: 'published',
    'en-GB': {
      title: "Spokesperson Lukas Ferrane's answer to a media question about the detention of a Velorian citizen in Norland",
      summary:
        'The Ministry is in close contact with the Norlandic authorities, has been granted consular access and expects the case to be handled promptly, transparently and in line with the Consular Convention between the two countries.',
      body: [
        question(
          'Norland Evening Herald',
          'Reports in Eskeby say that a Velorian citizen was detained at the weekend near a military installation on the island of Skarva. What do you know about the case, and has the Velorian Embassy been able to contact him?',
        ),
        answer(
          'spokesperson',
          'We are aware of the detention on 17 October of a Velorian citizen, a 34-year-old resident of Aldmere, on the island of Skarva. The Norlandic authorities informed our Embassy in Eskeby the following day, as provided for by the Consular Convention between our two countries, and the Embassy immediately requested consular access.',
          'A consular officer visited him this morning. He is in good health, has no complaints about the conditions of his detention and has been offered legal counsel. At his request, we are in touch with his family and will not be disclosing his name or any other personal details.',
        ),
        question(
          'Velorian Broadcasting Corporation',
          'Norlandic media suggest that he may be charged with espionage. How does the Ministry view these allegations?',
        ),
        answer(
          'spokesperson',
          'We have seen these reports, but we have received no official information about any charges. As far as we know, our citizen was travelling as a tourist, and we have no reason to believe otherwise. Speculation in the media helps no one, least of all the person concerned and his family.',
          'We expect the Norlandic authorities to handle the case promptly, transparently and in full accordance with the law, and to continue to ensure consular access. We are raising the matter through diplomatic channels and are following it closely. We also remind Velorian citizens travelling to Norland to observe local rules on restricted areas, which in some coastal districts are extensive and not always clearly marked.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Ответ официального представителя МИД Лукаса Феррана на вопрос СМИ о задержании гражданина Велории в Норландии',
      summary:
        'МИД поддерживает тесный контакт с норландскими властями, получил консульский доступ и рассчитывает, что дело будет рассмотрено оперативно, прозрачно и в соответствии с Консульской конвенцией между двумя странами.',
      body: [
        question(
          'Газета «Норландский вечерний вестник»',
          'По сообщениям из Эскебю, в выходные вблизи военного объекта на острове Скарва был задержан гражданин Велории. Что вам известно об этом деле и удалось ли велорийскому посольству с ним связаться?',
        ),
        answer(
          'spokesperson',
          'Нам известно о задержании 17 октября на острове Скарва гражданина Велории — 34-летнего жителя Альдмера. Норландские власти уведомили наше посольство в Эскебю на следующий день, как это предусмотрено Консульской конвенцией между нашими странами, и посольство сразу же запросило консульский доступ.',
          'Сегодня утром его посетил сотрудник консульского отдела. Он здоров, жалоб на условия содержания не имеет, ему предложена юридическая помощь. По его просьбе мы поддерживаем связь с его родственниками и не будем раскрывать его имя и другие личные данные.',
        ),
        question(
          'Велорийская телерадиокомпания',
          'Норландские СМИ пишут, что ему могут предъявить обвинение в шпионаже. Как в МИД оценивают эти утверждения?',
        ),
        answer(
          'spokesperson',
          'Мы видели эти публикации, однако никакой официальной информации о предъявлении обвинений не получали. Насколько нам известно, наш гражданин путешествовал как турист, и оснований полагать иное у нас нет. Спекуляции в СМИ никому не помогают — и меньше всего самому задержанному и его близким.',
          'Рассчитываем, что норландские власти рассмотрят это дело оперативно, прозрачно и в строгом соответствии с законом, а также продолжат обеспечивать консульский доступ. Мы поднимаем этот вопрос по дипломатическим каналам и держим ситуацию на контроле. Пользуясь случаем, напоминаем гражданам Велории, выезжающим в Норландию, о необходимости соблюдать местные правила посещения закрытых зон, которые в ряде прибрежных районов весьма обширны и не всегда чётко обозначены.',
        ),
      ],
    },
  },

  // 4. Briefing (paragraphs, then Q&A) ---------------------------------------------
  {
    key: 'press-briefing-2026-10-22',
    kind: 'briefing',
    publishedAt: '2026-10-22T11:05:00.000Z',
    speakers: ['press-director'],
    topics: ['amber-coast', 'kestria', 'consular-affairs'],
    status: 'published',
    'en-GB': {
      title: 'Briefing by Director of the Press and Information Department Tomas Aldren, Aldmere, 22 October 2026',
      summary:
        'The Minister’s forthcoming schedule, the ceasefire on the Amber Coast, ratification of the Oster River agreement and winter consular arrangements; answers to media questions.',
      body: [
        paragraph(
          'Good afternoon. Let me begin with the Minister’s schedule. On 3 November, Minister of Foreign Affairs Irena Valdis will travel to Port Selva to take part in the Amber Coast Regional Security Conference, where she will speak at the opening session. Bilateral meetings with the heads of several delegations, including those of Kestria and Norland, are planned on the margins of the conference.',
        ),
        paragraph(
          'On the situation on the Amber Coast. The ceasefire that took effect on 13 October is largely holding, although the joint monitoring mechanism has recorded a number of violations in the Selva Delta. We note with satisfaction that the first two humanitarian convoys reached the affected districts this week. The additional assistance announced by Veloria is already being delivered.',
        ),
        paragraph(
          'On consular matters. With the winter season approaching, the Ministry has extended the opening hours of its consular hotline, which now operates around the clock. We recommend that citizens planning to travel abroad register their trips on the Ministry’s website, so that our embassies can contact them quickly in an emergency.',
        ),
        question(
          'Aldmere Morning Post',
          'The Kestrian parliament is due to vote on the Oster River agreement next month. When will it be submitted to the Velorian parliament, and is there a risk that ratification could be delayed?',
        ),
        answer(
          'press-director',
          'The Government approved the ratification bill at its meeting yesterday, and it will be submitted to the National Assembly in the coming days. We expect the relevant committees to begin their consideration before the end of the year.',
          'I see no reason for delay. The agreement enjoys broad support across the political spectrum, and the committees were kept informed throughout the negotiations. Our Kestrian partners are working to a similar timetable.',
        ),
        question(
          undefined,
          'There are reports that the Amber Coast Contact Group may meet in Aldmere. Can you confirm this?',
        ),
        answer(
          'press-director',
          'The Minister has made it clear that Veloria is ready to host a round of talks if the parties so wish. Consultations on the format and timing are under way, but it would be premature to announce any dates. As soon as a decision is taken, we will inform you.',
        ),
        question(
          'Kestrian Daily Courier',
          'Hauliers on both sides of the border are complaining about queues since the Brenna Bridge crossing was closed to lorries. When will it reopen to freight traffic?',
        ),
        answer(
          'press-director',
          'We understand the frustration of hauliers and of the border communities that depend on cross-border trade. The reconstruction of the bridge is nearing completion, and the technical inspection is scheduled for the second half of November.',
          'Our working assumption, agreed with the Kestrian side, is that freight traffic will resume before the end of the year. In the meantime, the Velorian and Kestrian border services have increased staffing at the Tarrow crossing to reduce waiting times.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Брифинг директора Департамента информации и печати Томаса Алдрена, Альдмер, 22 октября 2026 года',
      summary:
        'График Министра, прекращение огня на Янтарном побережье, ратификация соглашения по реке Остер и работа консульской службы в зимний период; ответы на вопросы СМИ.',
      body: [
        paragraph(
          'Добрый день. Начну с графика Министра. 3 ноября Министр иностранных дел Ирена Валдис посетит Порт-Сельву, где примет участие в Региональной конференции по безопасности на Янтарном побережье и выступит на открытии. На полях конференции запланированы двусторонние встречи с главами ряда делегаций, в том числе Кестрии и Норландии.',
        ),
        paragraph(
          'О ситуации на Янтарном побережье. Режим прекращения огня, вступивший в силу 13 октября, в целом соблюдается, хотя совместный механизм мониторинга зафиксировал ряд нарушений в дельте Сельвы. С удовлетворением отмечаем, что на этой неделе первые два гуманитарных конвоя достигли пострадавших районов. Объявленная Велорией дополнительная помощь уже доставляется.',
        ),
        paragraph(
          'О консульской работе. В преддверии зимнего сезона Министерство продлило часы работы консульской горячей линии — теперь она работает круглосуточно. Рекомендуем гражданам, планирующим поездки за рубеж, регистрировать их на сайте Министерства, чтобы в экстренной ситуации наши посольства могли оперативно с ними связаться.',
        ),
        question(
          'Газета «Утренняя почта Альдмера»',
          'В следующем месяце парламент Кестрии должен проголосовать по соглашению о реке Остер. Когда документ будет внесён в парламент Велории и есть ли риск, что ратификация затянется?',
        ),
        answer(
          'press-director',
          'Правительство одобрило законопроект о ратификации на вчерашнем заседании, и в ближайшие дни он будет внесён в Национальное собрание. Ожидаем, что профильные комитеты приступят к его рассмотрению до конца года.',
          'Причин для задержек не вижу. Соглашение пользуется широкой поддержкой всех политических сил, а комитеты на протяжении всех переговоров были в курсе их хода. Наши кестрийские партнёры придерживаются аналогичного графика.',
        ),
        question(
          undefined,
          'Появились сообщения о том, что Контактная группа по Янтарному побережью может собраться в Альдмере. Можете ли вы это подтвердить?',
        ),
        answer(
          'press-director',
          'Министр ясно дала понять, что Велория готова принять очередной раунд переговоров, если стороны этого пожелают. Консультации о формате и сроках ведутся, однако называть какие-либо даты преждевременно. Как только решение будет принято, мы вас проинформируем.',
        ),
        question(
          'Газета «Кестрийский ежедневный курьер»',
          'Перевозчики по обе стороны границы жалуются на очереди с тех пор, как пункт пропуска «Бреннский мост» закрыли для грузовиков. Когда возобновится грузовое движение?',
        ),
        answer(
          'press-director',
          'Мы понимаем недовольство перевозчиков и жителей приграничных районов, для которых трансграничная торговля — источник средств к существованию. Реконструкция моста близится к завершению, технический осмотр запланирован на вторую половину ноября.',
          'Согласно нашему рабочему графику, согласованному с кестрийской стороной, грузовое движение возобновится до конца года. Тем временем пограничные службы Велории и Кестрии усилили смены на пункте пропуска «Тарроу», чтобы сократить время ожидания.',
        ),
      ],
    },
  },

  // 5. Interview (Q&A) -------------------------------------------------------------
  {
    key: 'minister-interview-kestrian-daily-courier',
    kind: 'interview',
    publishedAt: '2026-10-29T07:30:00.000Z',
    speakers: ['minister'],
    topics: ['kestria', 'oster-basin', 'trade-and-transit'],
    status: 'published',
    'en-GB': {
      title: `Minister Irena Valdis's interview with the "Kestrian Daily Courier"`,
      summary:
        'The Minister speaks about the Oster River agreement, the reopening of the Brenna Bridge crossing and the prospects for Velorian–Kestrian relations over the coming decade.',
      body: [
        question(
          'Kestrian Daily Courier',
          'Minister, the Oster River agreement took three years to negotiate. Why did it take so long, and what finally made the difference?',
        ),
        answer(
          'minister',
          'Water is never a simple subject between neighbours. Behind every technical clause there are farmers, towns and power stations whose interests have to be balanced, and both our governments wanted an agreement that would last for decades rather than a declaration that would be forgotten within a year.',
          'What made the difference, I think, was a change of method. Instead of arguing over principles, our experts spent the first year building a shared body of data on the river. Once we had agreed on the facts, the politics became much easier.',
        ),
        question(
          'Kestrian Daily Courier',
          'Some Kestrian farmers fear that Veloria, as the upstream country, will still have the advantage in dry years. What would you say to them?',
        ),
        answer(
          'minister',
          'I would say that this agreement was written precisely with dry years in mind. Allocation during droughts will be decided jointly by the Commission, on the basis of data that both sides can see, and a minimum flow at the border is guaranteed in the text itself.',
          'Veloria has no interest in a neighbour whose fields are dry. Our own farmers downstream of the Kestrian tributaries know very well that a river does not recognise borders.',
        ),
        question(
          'Kestrian Daily Courier',
          'Hauliers are still waiting for the Brenna Bridge to reopen. Is the end of the year a realistic date?',
        ),
        answer(
          'minister',
          'It is, and I discussed it with Minister Hollis only last week. The engineering work is almost finished; what remains are the inspections and the installation of new customs equipment, which will allow joint controls at a single stop rather than two.',
          'I want to be frank: the past year has been difficult for many businesses on both sides of the border. That is why we are not simply rebuilding the bridge but making the crossing faster than it was before.',
        ),
        question(
          'Kestrian Daily Courier',
          'How do you see relations between Veloria and Kestria in ten years’ time?',
        ),
        answer(
          'minister',
          'I hope they will be so ordinary that they no longer make headlines. That is the best compliment one can pay to neighbours: trains that run on time, students who study on both sides of the border, companies that barely notice the frontier at all.',
          'We are not there yet, but the agreements of the past year show that we are moving in the right direction. I am grateful to the people of Kestria for their openness, and to your newspaper for the opportunity to speak directly to its readers.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Интервью Министра иностранных дел Ирены Валдис газете «Кестрийский ежедневный курьер»',
      summary:
        'Министр рассказала о соглашении по реке Остер, возобновлении работы пункта пропуска «Бреннский мост» и перспективах велорийско-кестрийских отношений в ближайшее десятилетие.',
      body: [
        question(
          'Газета «Кестрийский ежедневный курьер»',
          'Госпожа Министр, переговоры по соглашению о реке Остер шли три года. Почему так долго и что в итоге позволило добиться результата?',
        ),
        answer(
          'minister',
          'Вода никогда не бывает простой темой для соседей. За каждым техническим положением стоят фермеры, города, электростанции, интересы которых нужно сбалансировать. И оба наших правительства хотели получить соглашение, которое будет работать десятилетиями, а не декларацию, о которой забудут через год.',
          'Думаю, решающую роль сыграла смена подхода. Вместо того чтобы спорить о принципах, наши эксперты весь первый год собирали общую базу данных о реке. Когда мы договорились о фактах, договориться о политике стало гораздо проще.',
        ),
        question(
          'Газета «Кестрийский ежедневный курьер»',
          'Часть кестрийских фермеров опасается, что в засушливые годы у Велории как страны, расположенной выше по течению, всё равно будет преимущество. Что бы вы им ответили?',
        ),
        answer(
          'minister',
          'Я бы ответила, что соглашение писалось именно с расчётом на засушливые годы. Распределение воды в период засухи комиссия будет определять совместно, на основе данных, доступных обеим сторонам, а минимальный расход воды на границе гарантирован самим текстом документа.',
          'Велория не заинтересована в том, чтобы поля соседей оставались без воды. Наши собственные фермеры, живущие ниже по течению кестрийских притоков, прекрасно знают, что река границ не признаёт.',
        ),
        question(
          'Газета «Кестрийский ежедневный курьер»',
          'Перевозчики по-прежнему ждут открытия Бреннского моста. Насколько реалистичен срок «до конца года»?',
        ),
        answer(
          'minister',
          'Вполне реалистичен — мы обсуждали это с министром Холлисом буквально на прошлой неделе. Инженерные работы практически завершены. Остаются проверки и установка нового таможенного оборудования, которое позволит проводить совместный контроль в одной точке, а не в двух.',
          'Скажу откровенно: минувший год был непростым для многих предприятий по обе стороны границы. Именно поэтому мы не просто восстанавливаем мост, а делаем так, чтобы переход через границу стал быстрее, чем прежде.',
        ),
        question(
          'Газета «Кестрийский ежедневный курьер»',
          'Какими вы видите отношения Велории и Кестрии через десять лет?',
        ),
        answer(
          'minister',
          'Надеюсь, настолько будничными, что о них перестанут писать в новостях. Для соседей это лучший комплимент: поезда ходят по расписанию, студенты учатся по обе стороны границы, а компании почти не замечают её существования.',
          'Пока мы к этому не пришли, но договорённости последнего года показывают, что движемся в правильном направлении. Благодарна жителям Кестрии за открытость, а вашей газете — за возможность напрямую обратиться к её читателям.',
        ),
      ],
    },
  },

  // 6. Speech ----------------------------------------------------------------------
  {
    key: 'minister-speech-port-selva-conference',
    kind: 'speech',
    publishedAt: '2026-11-03T10:15:00.000Z',
    speakers: ['minister'],
    topics: ['amber-coast', 'norland', 'kestria'],
    status: 'published',
    'en-GB': {
      title: 'Speech by Minister Irena Valdis at the opening of the Amber Coast Regional Security Conference, Port Selva',
      summary:
        'The Minister called on the states of the region to turn the ceasefire into a lasting settlement, proposed a permanent regional dialogue on maritime security and confirmed that Veloria is ready to host peace talks.',
      body: [
        paragraph(
          'Distinguished colleagues, ladies and gentlemen, I would like to thank our hosts for their hospitality and for bringing us together at a moment that may prove decisive for the whole region. Three weeks ago, few of us would have dared to hope that this conference would open against the background of a ceasefire. Today that ceasefire is holding, fragile as it is, and we owe it to the people of the Amber Coast to make it last.',
        ),
        paragraph(
          'Let me be clear about what a ceasefire is and what it is not. It is a pause that saves lives and creates space for diplomacy. It is not a settlement, and history offers too many examples of pauses that hardened into frozen conflicts because the political work was put off.',
        ),
        paragraph(
          'Veloria therefore proposes three practical steps. First, the joint monitoring mechanism should be given the staff, equipment and unrestricted access it needs to report violations promptly and impartially. Second, the parties should agree, within the next month, on an agenda for political talks covering security guarantees, the return of displaced persons and the status of the Selva Delta. Third, the international community should commit now to a reconstruction programme, so that people feel the benefits of peace before its critics can claim that nothing has changed.',
        ),
        paragraph(
          'The conflict has also reminded us how closely our security is tied to the sea. The shipping lanes along the Amber Coast carry a significant share of the region’s trade, and incidents at sea can escalate quickly where there are no channels of communication. I propose that the states represented here establish a permanent regional dialogue on maritime security at the level of senior officials, with a direct line between naval commands. Norland and Kestria have already expressed interest, and I hope others will join.',
        ),
        paragraph(
          'Veloria does not come to this table as a neutral observer. We are a neighbour, and the consequences of instability on the Amber Coast – refugees, disrupted trade, insecurity at sea – reach our shores too. But we have no preferred outcome other than peace, and we are ready to host talks in Aldmere at any level and in any format acceptable to the parties.',
        ),
        paragraph(
          'Ladies and gentlemen, conferences like this one are often remembered for their communiqués. I hope this one will be remembered for what happened afterwards. Thank you.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Выступление Министра иностранных дел Ирены Валдис на открытии Региональной конференции по безопасности на Янтарном побережье, Порт-Сельва',
      summary:
        'Министр призвала государства региона превратить прекращение огня в прочное урегулирование, предложила учредить постоянный региональный диалог по морской безопасности и подтвердила готовность Велории принять у себя мирные переговоры.',
      body: [
        paragraph(
          'Уважаемые коллеги, дамы и господа! Позвольте поблагодарить хозяев за гостеприимство и за то, что они собрали нас в момент, который может стать решающим для всего региона. Ещё три недели назад мало кто из нас осмелился бы надеяться, что конференция откроется в условиях прекращения огня. Сегодня этот режим, пусть и хрупкий, соблюдается, и наш долг перед жителями Янтарного побережья — сделать так, чтобы он сохранился.',
        ),
        paragraph(
          'Хочу ясно сказать, чем является прекращение огня и чем оно не является. Это пауза, которая спасает жизни и открывает пространство для дипломатии. Но это не урегулирование, и история знает слишком много примеров, когда такие паузы превращались в замороженные конфликты, потому что политическую работу откладывали на потом.',
        ),
        paragraph(
          'Поэтому Велория предлагает три практических шага. Во-первых, совместный механизм мониторинга должен получить персонал, оборудование и беспрепятственный доступ, необходимые для оперативной и беспристрастной фиксации нарушений. Во-вторых, в течение ближайшего месяца сторонам следует согласовать повестку политических переговоров, включающую гарантии безопасности, возвращение перемещённых лиц и статус дельты Сельвы. В-третьих, международному сообществу уже сейчас нужно взять на себя обязательства по программе восстановления, чтобы люди ощутили плоды мира прежде, чем его противники начнут утверждать, будто ничего не изменилось.',
        ),
        paragraph(
          'Конфликт также напомнил нам, насколько тесно наша безопасность связана с морем. Через морские пути вдоль Янтарного побережья проходит значительная часть торговли региона, а инциденты на море при отсутствии каналов связи способны быстро привести к эскалации. Предлагаю государствам, представленным в этом зале, учредить постоянный региональный диалог по морской безопасности на уровне старших должностных лиц и установить линию прямой связи между военно-морскими командованиями. Норландия и Кестрия уже проявили интерес к этой инициативе, и я надеюсь, что к ней присоединятся и другие.',
        ),
        paragraph(
          'Велория садится за этот стол не как нейтральный наблюдатель. Мы соседи, и последствия нестабильности на Янтарном побережье — беженцы, разорванные торговые связи, угрозы на море — доходят и до наших берегов. Но у нас нет иного желаемого исхода, кроме мира, и мы готовы принять переговоры в Альдмере на любом уровне и в любом формате, приемлемом для сторон.',
        ),
        paragraph(
          'Дамы и господа! Подобные конференции часто запоминаются своими коммюнике. Надеюсь, нынешняя запомнится тем, что произойдёт после неё. Благодарю за внимание.',
        ),
      ],
    },
  },

  // 7. Article (titles with "&" and quotes in both languages) ------------------------
  {
    key: 'minister-article-trade-transit-review',
    kind: 'article',
    publishedAt: '2026-11-09T06:00:00.000Z',
    speakers: ['minister'],
    topics: ['trade-and-transit', 'kestria', 'amber-coast'],
    status: 'published',
    'en-GB': {
      title: 'Irena Valdis: "Open corridors serve everyone" (article for Trade & Transit Review)',
      summary:
        'In an article for Trade & Transit Review, the Minister argues that reliable transport corridors between Veloria, Kestria and the Amber Coast are as much a matter of security as of commerce.',
      body: [
        paragraph(
          'For a country of Veloria’s size, geography is both an opportunity and a responsibility. We sit at the crossroads of routes linking the northern ports with the markets of the Amber Coast, and every lorry, train and barge that crosses our territory is a link in a chain on which millions of people depend. When that chain breaks, as it did last year when the Brenna Bridge was closed, the cost is felt far beyond our borders.',
        ),
        paragraph(
          'The lesson we have drawn is simple: transit is not a favour that one country grants another, but a shared interest that requires shared rules. Predictable procedures, mutually recognised inspections and transparent tariffs do more for trade than any number of declarations. That is why Veloria and Kestria are introducing joint border controls at a single stop, and why we are ready to offer the same model to our other neighbours.',
        ),
        paragraph(
          'Open corridors are also a matter of security. In a region where goods move freely, economic ties give every government a stake in stability. The conflict on the Amber Coast has shown how quickly instability disrupts supply chains, and how much harder it is to restore confidence than to maintain it.',
        ),
        paragraph(
          'Veloria’s approach rests on three principles. We invest in infrastructure that our neighbours can use on equal terms; we insist on rules that apply equally to large and small partners; and we keep politics out of the everyday business of customs and freight. None of this is glamorous, but it is what allows a farmer in Kestria to sell to a buyer in Port Selva without wondering whether the border will be open next week.',
        ),
        paragraph(
          'The coming year will put these principles to the test. The reopening of the Brenna Bridge, the talks on a regional exchange of customs data and the reconstruction of the Amber Coast’s ports will all require patience and compromise. Veloria intends to be a reliable partner in each of them, because we are convinced that the corridors we keep open today are the foundations of the region’s prosperity tomorrow.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Ирена Валдис: «Открытые коридоры выгодны всем» (статья для журнала Trade & Transit Review)',
      summary:
        'В статье для журнала Trade & Transit Review Министр подчёркивает, что надёжные транспортные коридоры между Велорией, Кестрией и Янтарным побережьем — вопрос не только торговли, но и безопасности.',
      body: [
        paragraph(
          'Для страны размеров Велории география — одновременно и возможность, и ответственность. Мы находимся на пересечении маршрутов, связывающих северные порты с рынками Янтарного побережья, и каждый грузовик, поезд или баржа, пересекающие нашу территорию, — звено цепи, от которой зависят миллионы людей. Когда эта цепь рвётся, как это случилось в прошлом году после закрытия Бреннского моста, последствия ощущаются далеко за пределами наших границ.',
        ),
        paragraph(
          'Вывод, который мы сделали, прост: транзит — не одолжение, которое одна страна оказывает другой, а общий интерес, требующий общих правил. Предсказуемые процедуры, взаимное признание результатов досмотра и прозрачные тарифы дают торговле больше, чем любые декларации. Именно поэтому Велория и Кестрия переходят к совместному пограничному контролю в одной точке, и мы готовы предложить ту же модель и другим соседям.',
        ),
        paragraph(
          'Открытые коридоры — это ещё и вопрос безопасности. В регионе, где товары перемещаются свободно, экономические связи делают каждое правительство заинтересованным в стабильности. Конфликт на Янтарном побережье показал, как быстро нестабильность разрушает цепочки поставок и насколько труднее восстановить доверие, чем сохранить его.',
        ),
        paragraph(
          'Подход Велории основан на трёх принципах. Мы вкладываем средства в инфраструктуру, которой соседи могут пользоваться на равных условиях; настаиваем на правилах, одинаково применимых к крупным и небольшим партнёрам; и не допускаем вмешательства политики в повседневную работу таможни и перевозчиков. Во всём этом нет ничего эффектного, но именно это позволяет фермеру из Кестрии продавать продукцию покупателю в Порт-Сельве, не гадая, будет ли граница открыта на следующей неделе.',
        ),
        paragraph(
          'Наступающий год станет проверкой этих принципов. Открытие Бреннского моста, переговоры о региональном обмене таможенными данными и восстановление портов Янтарного побережья потребуют терпения и готовности к компромиссам. Велория намерена быть надёжным партнёром на каждом из этих направлений, поскольку убеждена: коридоры, которые мы сохраняем открытыми сегодня, — фундамент процветания региона завтра.',
        ),
      ],
    },
  },

  // 8. Comment (en-only: Russian saved as a draft) ------------------------------------
  {
    key: 'norland-fishing-zone-comment',
    kind: 'comment',
    publishedAt: '2026-11-13T15:50:00.000Z',
    speakers: ['press-deputy'],
    topics: ['norland'],
    status: 'en-only',
    'en-GB': {
      title: "Comment by Deputy Director of the Press and Information Department Mila Korvan on Norland's decision to extend its fisheries protection zone",
      summary:
        'Veloria regrets the unilateral extension of Norland’s fisheries protection zone in the Grey Strait and proposes urgent consultations within the bilateral fisheries commission.',
      body: [
        paragraph(
          'We have taken note of the decision of the Government of Norland, announced on 11 November, to extend its fisheries protection zone in the Grey Strait by twelve nautical miles with effect from 1 January 2027. The decision was taken without prior consultation with Veloria, even though Velorian and Norlandic vessels alike have fished these waters for generations.',
        ),
        paragraph(
          'We regret this unilateral step. It is difficult to reconcile with the spirit of the 2019 Agreement on Fisheries in the Grey Strait, under which the parties undertook to settle questions of access and quotas jointly within the bilateral fisheries commission. It also creates legal uncertainty for some two hundred Velorian fishing vessels and for the coastal communities that depend on them.',
        ),
        paragraph(
          'Veloria shares Norland’s concern about the state of fish stocks in the Strait, and we are prepared to discuss any reasonable conservation measures on the basis of sound scientific advice. Such measures, however, are most effective when they are agreed and applied by both sides rather than imposed by one.',
        ),
        paragraph(
          'We have proposed to the Norlandic side that an extraordinary session of the bilateral fisheries commission be convened before the end of November. We expect Norland to refrain from enforcement measures against Velorian vessels until consultations have taken place, and we are confident that a mutually acceptable solution can be found in the spirit of good-neighbourliness that has long characterised our relations.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Комментарий заместителя директора Департамента информации и печати Милы Корван в связи с решением Норландии расширить рыбоохранную зону',
      summary:
        'Велория сожалеет об одностороннем расширении рыбоохранной зоны Норландии в Сером проливе и предлагает безотлагательно провести консультации в рамках двусторонней комиссии по рыболовству.',
      body: [
        paragraph(
          'Приняли к сведению объявленное 11 ноября решение правительства Норландии расширить рыбоохранную зону в Сером проливе на двенадцать морских миль с 1 января 2027 года. Решение принято без предварительных консультаций с Велорией, несмотря на то что в этих водах на протяжении многих поколений ведут промысел как велорийские, так и норландские суда.',
        ),
        paragraph(
          'Сожалеем об этом одностороннем шаге. Его трудно совместить с духом Соглашения о рыболовстве в Сером проливе 2019 года, по которому стороны обязались решать вопросы доступа и квот совместно, в рамках двусторонней комиссии по рыболовству. Кроме того, он создаёт правовую неопределённость для примерно двухсот велорийских рыболовецких судов и зависящих от них прибрежных общин.',
        ),
        paragraph(
          'Велория разделяет обеспокоенность Норландии состоянием рыбных запасов в проливе и готова обсуждать любые разумные природоохранные меры на основе научно обоснованных рекомендаций. Однако такие меры наиболее эффективны, когда они согласованы и применяются обеими сторонами, а не навязываются одной из них.',
        ),
        paragraph(
          'Мы предложили норландской стороне созвать внеочередное заседание двусторонней комиссии по рыболовству до конца ноября. Рассчитываем, что до проведения консультаций Норландия воздержится от принудительных мер в отношении велорийских судов. Уверены, что в духе добрососедства, издавна отличающего наши отношения, удастся найти взаимоприемлемое решение.',
        ),
      ],
    },
  },

  // 9. Answer to a media question (Q&A; en-only: Russian saved as a draft) ------------
  {
    key: 'selva-delta-humanitarian-access',
    kind: 'answer-to-media-question',
    publishedAt: '2026-11-20T13:17:00.000Z',
    speakers: ['spokesperson'],
    topics: ['amber-coast'],
    status: 'en-only',
    'en-GB': {
      title: 'Answer by Spokesperson Lukas Ferrane to a media question on humanitarian access in the Selva Delta',
      summary:
        'The Ministry is concerned by reports that aid convoys have been turned back in the Selva Delta and calls on the parties to honour the humanitarian commitments they made under the ceasefire.',
      body: [
        question(
          'Amber Coast Radio',
          'Humanitarian organisations report that two aid convoys were turned back at checkpoints in the Selva Delta this week. How does Veloria assess the situation, and is the ceasefire at risk?',
        ),
        answer(
          'spokesperson',
          'We are concerned by these reports, which we have also received through our own channels. Both convoys were carrying medical supplies and winter equipment, and their passage had been cleared in advance through the joint monitoring mechanism. Turning them back is difficult to reconcile with the humanitarian commitments the parties made when they agreed to the ceasefire.',
          'We have raised the matter with representatives of both sides and with our partners in the Contact Group. We call on all parties to ensure safe passage for humanitarian convoys without delay, all the more so as winter approaches.',
          'As for the ceasefire itself, it is broadly holding, and we see no grounds for alarmist assessments. But a ceasefire that brings no relief to the civilian population risks losing the public support on which it depends. That is why humanitarian access cannot be treated as a secondary issue.',
        ),
        question('Amber Coast Radio', 'Will Veloria send additional aid?'),
        answer(
          'spokesperson',
          'Velorian assistance is already being delivered, and we are in contact with humanitarian organisations about further needs, including shelter and heating for displaced families. Any decision on additional funding will be announced in the usual way. At this stage, however, the problem is not a shortage of aid but a lack of access to those who need it.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Ответ официального представителя МИД Лукаса Феррана на вопрос СМИ о гуманитарном доступе в дельту Сельвы',
      summary:
        'МИД обеспокоен сообщениями о том, что в дельте Сельвы были развёрнуты гуманитарные конвои, и призывает стороны выполнять гуманитарные обязательства, взятые в рамках режима прекращения огня.',
      body: [
        question(
          'Радио Янтарного побережья',
          'Гуманитарные организации сообщают, что на этой неделе два конвоя с помощью были развёрнуты на блокпостах в дельте Сельвы. Как Велория оценивает ситуацию и не находится ли под угрозой режим прекращения огня?',
        ),
        answer(
          'spokesperson',
          'Эти сообщения, которые мы получаем и по собственным каналам, вызывают обеспокоенность. Оба конвоя везли медикаменты и зимнее снаряжение, а их прохождение было заранее согласовано через совместный механизм мониторинга. Отказ в пропуске трудно совместить с гуманитарными обязательствами, которые стороны взяли на себя, договариваясь о прекращении огня.',
          'Мы подняли этот вопрос в контактах с представителями обеих сторон, а также с партнёрами по Контактной группе. Призываем все стороны незамедлительно обеспечить безопасный проход гуманитарных конвоев — тем более с приближением зимы.',
          'Что касается самого режима прекращения огня, то в целом он соблюдается, и оснований для алармистских оценок мы не видим. Однако прекращение огня, которое не приносит облегчения мирному населению, рискует утратить общественную поддержку, на которой оно держится. Именно поэтому вопрос гуманитарного доступа нельзя считать второстепенным.',
        ),
        question('Радио Янтарного побережья', 'Направит ли Велория дополнительную помощь?'),
        answer(
          'spokesperson',
          'Велорийская помощь уже доставляется, и мы поддерживаем контакт с гуманитарными организациями относительно дальнейших потребностей, включая временное жильё и отопление для семей перемещённых лиц. О любом решении о дополнительном финансировании будет объявлено в установленном порядке. Однако на данном этапе проблема не в нехватке помощи, а в отсутствии доступа к тем, кто в ней нуждается.',
        ),
      ],
    },
  },

  // 10. Statement (draft: nothing published yet) -------------------------------------
  {
    key: 'brenna-bridge-reopening',
    kind: 'statement',
    publishedAt: '2026-11-26T16:40:00.000Z',
    speakers: [],
    topics: ['kestria', 'trade-and-transit'],
    status: 'draft',
    'en-GB': {
      title: 'Statement by the Ministry of Foreign Affairs on the reopening of the Brenna Bridge crossing to freight traffic',
      summary:
        'Following a successful technical inspection, the Brenna Bridge crossing on the Velorian–Kestrian border will reopen to freight traffic on 15 December, with joint border and customs controls at a single stop.',
      body: [
        paragraph(
          'The Ministry of Foreign Affairs of the Republic of Veloria is pleased to announce that, following the successful completion of the technical inspection, the Brenna Bridge crossing on the Velorian–Kestrian border will reopen to freight traffic on 15 December 2026. Passenger traffic, which resumed in September, will continue without interruption.',
        ),
        paragraph(
          'For the first time, border and customs controls at the crossing will be carried out jointly by Velorian and Kestrian officers at a single stop on the Kestrian side. This arrangement, agreed between the two governments in July, is expected to reduce average clearance times for lorries from over two hours to around forty minutes.',
        ),
        paragraph(
          'The reopening is the result of more than a year of close cooperation between the relevant authorities of both countries. The Ministry thanks the engineers, the border and customs services and the local administrations on both sides of the river, as well as hauliers and residents of the border districts for their patience during the reconstruction.',
        ),
        paragraph(
          'Detailed information on opening hours, permitted vehicle weights and the documents required for the new joint controls will be published by the State Customs Service in the coming days. We encourage carriers to familiarise themselves with the new procedures in advance.',
        ),
      ],
    },
    'ru-RU': {
      title: 'Заявление МИД Республики Велория в связи с возобновлением грузового движения через пункт пропуска «Бреннский мост»',
      summary:
        'После успешного технического осмотра пункт пропуска «Бреннский мост» на велорийско-кестрийской границе 15 декабря вновь откроется для грузового транспорта; пограничный и таможенный контроль будет проводиться совместно в одной точке.',
      body: [
        paragraph(
          'Министерство иностранных дел Республики Велория с удовлетворением сообщает, что по итогам успешно завершённого технического осмотра пункт пропуска «Бреннский мост» на велорийско-кестрийской границе 15 декабря 2026 года вновь откроется для грузового транспорта. Пассажирское движение, возобновлённое в сентябре, продолжится в обычном режиме.',
        ),
        paragraph(
          'Впервые пограничный и таможенный контроль на этом пункте пропуска будут совместно осуществлять сотрудники Велории и Кестрии в одной точке на кестрийской стороне. Ожидается, что эта схема, согласованная правительствами двух стран в июле, позволит сократить среднее время оформления грузовиков с более чем двух часов примерно до сорока минут.',
        ),
        paragraph(
          'Возобновление движения стало результатом более чем годичного тесного взаимодействия профильных ведомств двух стран. Министерство благодарит инженеров, пограничные и таможенные службы, местные администрации по обе стороны реки, а также перевозчиков и жителей приграничных районов за терпение, проявленное в период реконструкции.',
        ),
        paragraph(
          'Подробная информация о режиме работы пункта пропуска, допустимой массе транспортных средств и документах, необходимых для прохождения совместного контроля, будет опубликована Государственной таможенной службой в ближайшие дни. Рекомендуем перевозчикам заблаговременно ознакомиться с новыми процедурами.',
        ),
      ],
    },
  },
]

// ---------------------------------------------------------------------------
// Site settings
// ---------------------------------------------------------------------------

export const demoSiteSettings: DemoSiteSettings = {
  'en-GB': {
    siteName: 'Ministry of Foreign Affairs of the Republic of Veloria',
    tagline: 'Statements, briefings and comments from the Press and Information Department',
    footerText: '© 2026 Ministry of Foreign Affairs of the Republic of Veloria. Demo content, invented.',
    navigation: [
      { label: 'Statements', url: '/statements' },
      { label: 'Topics', url: '/topics' },
      { label: 'People', url: '/people' },
      { label: 'Search', url: '/search' },
    ],
  },
  'ru-RU': {
    siteName: 'Министерство иностранных дел Республики Велория',
    tagline: 'Заявления, брифинги и комментарии Департамента информации и печати',
    footerText: '© 2026 Министерство иностранных дел Республики Велория. Демонстрационные материалы, всё содержание вымышлено.',
    navigation: [
      { label: 'Заявления', url: '/statements' },
      { label: 'Темы', url: '/topics' },
      { label: 'Персоны', url: '/people' },
      { label: 'Поиск', url: '/search' },
    ],
  },
}
