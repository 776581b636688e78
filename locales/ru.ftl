# Сообщения sprout на русском. Каждое сообщение есть и в en.ftl, с теми
# же аргументами (это проверяет src/i18n/parity.rs).
#
# Разделы те же, что в en.ftl: новое сообщение добавляют в свой раздел
# обоих файлов.

## Shared words

ideas-count = { $count ->
    [one] { $count } идея
    [few] { $count } идеи
   *[many] { $count } идей
}

## Labels of the vocabularies: KIND-NAME (src/i18n/labels.rs)

sector-health = Здравоохранение и соцзащита
sector-education = Образование
sector-disparities = Снижение неравенства
sector-employment = Занятость
sector-ecology = Экология
sector-other = Другое
sector-unclassified = Без сектора
stage-new = Новая
stage-review = Рассмотрение
stage-incubation = Инкубация
stage-pilot = Пилот
stage-scaling = Масштабирование
stage-sustainable = Устойчивая
stage-declined = Отклонена
organisation-kind-nonprofit = НКО
organisation-kind-social-enterprise = Социальное предприятие
organisation-kind-small-business = Малый бизнес
organisation-kind-company = Компания
organisation-kind-government = Госорган
organisation-kind-initiative-group = Инициативная группа
organisation-kind-unknown = Не указано
barrier-funding = Финансирование
barrier-regulation = Регулирование
barrier-government-support = Господдержка
barrier-participation = Вовлечённость
barrier-infrastructure = Инфраструктура

## UI: list, query bar, sidebar, detail, status line, help, welcome (ui-main)

## UI: triage, statistics, dialogs, prompts, forms, reviews (ui-flows)

## Command line: tables, summaries, prompts (cli)

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

## Board pack and letters (report)
report-title = Материалы для совета
report-shortlist = Короткий список
report-shortlist-order = Сначала лучшая сводная оценка; ещё не оценённые идеи в конце.
report-funnel = Воронка стадий
report-funnel-note = Идеи на каждой стадии или дальше (отклонённые не учтены).
report-sectors = Секторы
report-scores = Сводные оценки
report-sector-stage = Секторы по стадиям
report-declines = Почему идеи отклонены
report-pipeline = Воронка проектов

# Подписи причин и критериев, с которыми начинается база
# (src/i18n/defaults.rs), пока их не переписали.
reason-out-of-scope = Вне профиля программы
reason-budget = Бюджет неясен
reason-unsustainable = Неустойчивый проект
reason-duplicate = Дубликат
reason-strong-fit = Полностью подходит
reason-mentoring = Нужно наставничество
criterion-relevance = актуальность
criterion-relevance-description = Отвечает реальной потребности своего сектора и людей, которым служит
criterion-impact = влияние
criterion-impact-description = Социальный эффект: сколько жизней меняет, насколько глубоко и надолго
criterion-feasibility = реализуемость
criterion-feasibility-description = Выполним по описанному плану, в срок и с указанными средствами
criterion-sustainability = устойчивость
criterion-sustainability-description = Финансовая устойчивость: как проект продолжится после гранта
criterion-team = команда
criterion-team-description = У команды есть навыки, связи и решимость довести дело до конца
