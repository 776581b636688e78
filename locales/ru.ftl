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

panelfin-assign-ask-reviewers = { $whom }: рецензенты (имена через запятую)
panelfin-assign-ask-per-idea = { $whom }: рецензентов на идею (из { $count })
panelfin-assign-title = Назначить рецензентов
panelfin-assign-summary = { $ideas ->
    [one] { $ideas } идея
    [few] { $ideas } идеи
   *[many] { $ideas } идей
}, по { $per } на идею, из { $reviewers }: добавить { $added ->
    [one] { $added } назначение
    [few] { $added } назначения
   *[many] { $added } назначений
}
panelfin-assign-col-reviewer = Рецензент
panelfin-assign-col-had = Было
panelfin-assign-col-added = Добавлено
panelfin-assign-col-load = Всего
panelfin-assign-uneven = Нагрузка от { $lo } до { $hi }: из-за конфликтов интересов или прежних назначений ровнее не выходит.
panelfin-assign-conflicts = Учтены конфликты интересов ({ $count }):
panelfin-assign-short = Меньше рецензентов, чем нужно ({ $count }):
panelfin-assign-short-line = #{ $id }: { $has } из { $per }
panelfin-assign-more = … и ещё { $count }
panelfin-assign-apply = Применить план? {"{"}browse.undo{"}"} потом отменит его одним шагом.
panelfin-assign-nothing = нечего назначать: у каждой идеи уже есть рецензенты
panelfin-assign-nothing-short = нечего назначать: ни один из названных рецензентов не свободен для идей, где их не хватает ({ $count })
panelfin-assign-saved = рецензенты назначены: { $added }, идей: { $ideas }
panelfin-assign-bad-per-idea = рецензентов на идею: нужно целое число от 1, например 2
panelfin-assign-no-reviewers = не названо ни одного рецензента: перечислите имена через запятую, например anna, boris
panelfin-assign-name-too-long = имя рецензента длиннее { $max } символов
panelfin-assign-failed = { $error }; ничего не назначено
panelfin-stats-why-declined = Почему отклонены (по причинам и секторам)
panelfin-stats-why-accepted = Почему приняты (инкубация и дальше)
panelfin-stats-ideas = идей
panelfin-stats-no-reason = (без причины)

## Error messages (errors)

## Board pack and letters (report)
