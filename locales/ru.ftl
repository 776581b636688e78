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
