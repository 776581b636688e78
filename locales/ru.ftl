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

# list: the table's headers and what an empty list says
cli-list-empty = идей пока нет: добавьте идею — `sprout add --title …`, `sprout import ФАЙЛ` или `sprout demo`
cli-list-no-match = подходящих идей нет; уберите часть условий или добавьте --archived
cli-list-id = №
cli-list-title = НАЗВАНИЕ
cli-list-score = ОЦЕНКА
cli-list-sector = СЕКТОР
cli-list-stage = СТАДИЯ
cli-list-region = РЕГИОН
cli-list-updated = ИЗМЕНЕНА

# show: the labels of an idea's lines and its sections
cli-show-sector = сектор
cli-show-stage = стадия
cli-show-proposer = заявитель
cli-show-organisation = организация
cli-show-region = регион
cli-show-funder = грантодатель
cli-show-amount = сумма
cli-show-score = оценка
cli-show-assignee = ответственный
cli-show-tags = метки
cli-show-barriers = барьеры
cli-show-created = создана
cli-show-updated = изменена
cli-show-email = эл. почта
cli-show-phone = телефон
cli-show-website = сайт
cli-show-source-id = id в источнике
cli-show-reason = причина
cli-show-duplicate-of = дубликат
cli-show-not-duplicate-of = не дубликат
cli-show-reviewers = эксперты
cli-show-archived = в архиве
cli-show-yes = да
cli-show-summary = Описание
cli-show-extras = Дополнительные поля
cli-show-notes = Заметки
cli-show-history = История

# History entries name the field changed (src/cli/words.rs)
cli-field-title = название
cli-field-summary = описание
cli-field-proposer = заявитель
cli-field-org = организация
cli-field-region = регион
cli-field-funder = грантодатель
cli-field-email = эл. почта
cli-field-phone = телефон
cli-field-website = сайт
cli-field-amount = сумма
cli-field-tags = метки
cli-field-barriers = барьеры
cli-field-sector = сектор
cli-field-stage = стадия
cli-field-score = оценка
cli-field-assignee = ответственный
cli-field-archived = в архиве
cli-field-review = отзыв
cli-field-reason = причина
cli-field-reviewers = эксперты
cli-history-summary-changed = описание изменено

# show: the panel's reviews of an idea; `sprout review`
cli-reviews = Отзывы
cli-reviews-one = { $normalised ->
    [yes] 1 отзыв, с нормировкой по экспертам
   *[no] 1 отзыв
}
cli-reviews-combined-of = { $how ->
    [mean] среднее
    [median] медиана
   *[other] { $how }
} по { $count } { $count ->
    [one] отзыву
   *[many] отзывам
}{ $normalised ->
    [yes] , с нормировкой по экспертам
   *[no] {""}
}, разброс { $spread }
cli-reviews-contested = ; спорная: итоги расходятся на 2 и больше
cli-reviews-combined = итог { $score } из 5 ({ $of }{ $contested })
cli-review-line = итог { $total }  уверенность { $confidence }  рубрика { $rubric }
cli-review-unchanged = без изменений: отзыв { $who } о #{ $id } уже такой
cli-review-saved = { $changed ->
    [yes] изменён
   *[no] добавлен
} отзыв { $who } о #{ $id }: итог { $total } из 5 (рубрика, версия { $version })

# stats: section titles, notes and column headers
cli-stats-pipeline = Портфель: { $ideas }
cli-stats-ideas = ИДЕИ
cli-stats-sector = Сектор
cli-stats-stage = Стадия
cli-stats-stage-column = СТАДИЯ
cli-stats-funnel = Воронка
cli-stats-funnel-note = Воронка: идеи на каждой стадии сейчас и дошедшие до неё или дальше (без отклонённых)
cli-stats-now = СЕЙЧАС
cli-stats-reached = ДОШЛИ
cli-stats-on-to-next = ДАЛЬШЕ %
cli-stats-sector-by-stage = Секторы по стадиям
cli-stats-sector-by-stage-corner = СЕКТОР \ СТАДИЯ
cli-stats-waiting = Ожидание
cli-stats-waiting-note = Ожидание: дней на текущей стадии (по истории, иначе с создания)
cli-stats-median-days = МЕДИАНА ДНЕЙ
cli-stats-over-days = БОЛЕЕ { $days } ДН.
cli-stats-intake = Поступление
cli-stats-intake-note = Поступление: идей за неделю (недели с понедельника, UTC), последние 12 недель
cli-stats-week-of = НЕДЕЛЯ С
cli-stats-barrier = Барьер
cli-stats-top-regions = Ведущие регионы
cli-stats-organisation = Организация
cli-stats-unscored = без оценки
cli-stats-contested = спорные
cli-stats-scores = Оценки
cli-stats-scores-note = Оценки: идеи по общей оценке экспертов (см. `sprout panel`); спорные: итоги расходятся на 2 и больше
cli-stats-score = ОЦЕНКА
cli-stats-reviewers = Эксперты
cli-stats-reviewers-note = Эксперты: отзывы на эти идеи и их средний итог (1-5, как выставлены)
cli-stats-reviewer = ЭКСПЕРТ
cli-stats-reviews = ОТЗЫВЫ
cli-stats-mean-total = СРЕДНИЙ ИТОГ
cli-stats-reason = ПРИЧИНА
cli-stats-why-declined = Почему отклонены
cli-stats-why-declined-note = Почему отклонены: отклонённые идеи по указанной причине и сектору
cli-stats-why-accepted = Почему приняты
cli-stats-why-accepted-note = Почему приняты: идеи на инкубации и дальше, по указанной причине и сектору
cli-stats-no-reason = (без причины)
# Sectors and stages where a table has many columns: English shows the
# names; Russian abbreviates its labels (src/cli/words.rs, short_value)
cli-short-sector-health = Здравоохр.
cli-short-sector-education = Образование
cli-short-sector-disparities = Неравенство
cli-short-sector-employment = Занятость
cli-short-sector-ecology = Экология
cli-short-sector-other = Другое
cli-short-sector-unclassified = Без сектора
cli-short-stage-new = Новая
cli-short-stage-review = Рассм.
cli-short-stage-incubation = Инкуб.
cli-short-stage-pilot = Пилот
cli-short-stage-scaling = Масшт.
cli-short-stage-sustainable = Устойч.
cli-short-stage-declined = Откл.

# set, note, demo
cli-set-unchanged = без изменений: { $ids } уже как нужно
cli-set-updated = изменено: { $ids }
cli-note-added = заметка добавлена к #{ $id }
cli-demo-added = добавлено демо-идей: { $count } (#{ $first }–#{ $last }){ $copies ->
    [0] {""}
   *[other] , из них почти копий других: { $copies }
}
cli-demo-none = не добавлено ни одной идеи (--count 0)

# views
cli-view-renamed = вид '{ $old }' переименован в '{ $new }'
cli-view-deleted = вид '{ $name }' удалён ({ $query })
cli-views-none = видов пока нет: сохраните вид — `sprout views save ИМЯ ЗАПРОС`
cli-views-view = ВИД
cli-views-query = ЗАПРОС
cli-views-ideas = ИДЕИ
cli-views-sort = ПОРЯДОК
cli-views-count = { $count ->
    [one] { $count } вид
    [few] { $count } вида
   *[many] { $count } видов
}

# panel
cli-panel-on = вкл
cli-panel-off = выкл
cli-panel-mean = оценка идеи — среднее итогов её отзывов
cli-panel-median = оценка идеи — медиана итогов её отзывов
cli-panel-normalised = итоги каждого эксперта сначала стандартизуются по его собственным отзывам
cli-panel-as-given = итоги объединяются такими, как их выставили эксперты
cli-panel-blind = эксперт видит чужие отзывы на идею только после своего
cli-panel-open = все видят все отзывы
cli-panel-unchanged = настройки экспертизы уже такие; ничего не изменено

# reasons, rubric, conflicts
cli-reasons-key = КЛЮЧ
cli-reasons-for = ДЛЯ
cli-reasons-label = НАЗВАНИЕ
cli-reasons-removed = удалена
cli-rubric-default = по умолчанию
cli-rubric-made = { $by }, { $when }
cli-rubric-version = рубрика, версия { $version } ({ $made })
cli-rubric-criterion = КРИТЕРИЙ
cli-rubric-weight = ВЕС
cli-rubric-scale = ШКАЛА
cli-rubric-description = ОПИСАНИЕ
cli-rubric-versions-version = ВЕРСИЯ
cli-rubric-versions-made = СОЗДАНА
cli-rubric-versions-criteria = КРИТЕРИИ
cli-conflicts-none = конфликтов интересов не заявлено: добавьте — `sprout conflicts add ИМЯ --org …` (или --proposer, --region)
cli-conflicts-by = · { $name }
cli-conflicts-n = №
cli-conflicts-reviewer = ЭКСПЕРТ
cli-conflicts-conflict = КОНФЛИКТ
cli-conflicts-declared = ЗАЯВЛЕН

# assign and assign --undo: the plan, the question, the summary
cli-assignments = { $count ->
    [one] { $count } назначение
    [few] { $count } назначения
   *[many] { $count } назначений
}
cli-on-ideas = { $count ->
    [one] у { $count } идеи
   *[many] у { $count } идей
}
cli-dry-run = пробный запуск: ничего не изменено
cli-not-applied = не применено: ничего не изменено
cli-assign-no-ideas = нет идей по запросу: назначать нечего
cli-assign-nothing = назначать нечего: ничего не изменено
cli-assign-plan = план: { $ideas }, экспертов: { $reviewers }, по { $per_idea } на идею; добавить { $assignments }
cli-assign-idea = ИДЕЯ
cli-assign-title = НАЗВАНИЕ
cli-assign-reviewers = ЭКСПЕРТЫ
cli-assign-reviewer = ЭКСПЕРТ
cli-assign-had = БЫЛО
cli-assign-added = ДОБАВЛЕНО
cli-assign-load = НАГРУЗКА
cli-assign-short = не хватает { $count }
cli-assign-uneven = нагрузка от { $lo } до { $hi }: из-за конфликтов интересов или прежних назначений ровнее не выходит
cli-assign-avoided = обойдены конфликты интересов ({ $count }):
cli-assign-cannot = экспертов не хватит: { $ideas } (нужно по { $per_idea } на идею):
cli-assign-too-few = указано слишком мало экспертов
cli-assign-barred = конфликт интересов отводит: { $names }
cli-assign-gets = { $has } из { $per_idea }: { $why }
cli-assign-ask-short = { $count ->
    [one] { $count } идея получит
    [few] { $count } идеи получат
   *[many] { $count } идей получат
} меньше экспертов, чем нужно (см. выше); всё же применить план для остальных? [д/Н]
cli-assign-ask = применить { $assignments } ({ $ideas })? [д/Н]
cli-assign-done = назначено: { $assignments } ({ $ideas })
cli-undo-none = у вас нет назначений, которые можно отменить: ничего не изменено
cli-undo-what = { $assignments } { $ideas } от { $when }
cli-undo-would = будет отменено: { $what }
cli-undo-ask = отменить { $what }? [д/Н]
cli-undo-not-taken = не отменено: ничего не изменено
cli-undo-done = отменено: { $what }

# set --duplicate-of / --not-duplicate, reasons add/remove, conflicts
# add/remove, rubric --set
cli-marked-duplicate = #{ $id } отмечена как дубликат #{ $of } (отклонена)
cli-marked-not-duplicate = #{ $id } и #{ $not } не дубликаты: больше не будут отмечаться
cli-pair-unchanged = без изменений: уже как нужно
cli-reason-added = { $back ->
    [yes] возвращена
   *[no] добавлена
} причина '{ $key }' ({ $label }) для { $fits ->
    [decline] отклонения
    [accept] принятия
   *[other] { $fits }
}
cli-reason-removed = причина '{ $key }' ({ $label }) удалена: больше не предлагается; идеи, решённые с ней, её сохраняют (их находит reason:{ $key })
cli-nothing-saved = ничего не сохранено
cli-conflict-there = конфликт { $who } { $conflict } уже заявлен
cli-conflict-declared = заявлено: { $who } не получит идеи по условию { $conflict } (сейчас { $ideas })
cli-conflict-removed = удалён конфликт { $who } { $conflict }
cli-rubric-unchanged = рубрика не изменилась (версия { $version }): ничего не сохранено
cli-rubric-saved = рубрика сохранена как версия { $version } ({ $count ->
    [one] { $count } критерий
    [few] { $count } критерия
   *[many] { $count } критериев
}: { $names }); прежние отзывы остаются с версией { $before }

# import, export, copy, salvage
cli-import-added = { $dry ->
    [yes] будет добавлено
   *[no] добавлено
}: { $count ->
    [one] { $count } идея
    [few] { $count } идеи
   *[many] { $count } идей
}
cli-import-updated = { $dry ->
    [yes] будет обновлено
   *[no] обновлено
}: { $count }
cli-import-unchanged = без изменений: { $count }
cli-import-already-there = уже есть: { $count } (--update обновит их)
cli-import-invalid = пропущено неверных записей: { $count }
cli-import-dry-run = пробный запуск: { $parts }; ничего не записано
cli-export-done = экспортировано: { $count ->
    [one] { $count } идея
    [few] { $count } идеи
   *[many] { $count } идей
} в { $to }
cli-mapping-column = столбец
cli-mapping-field = поле
cli-mapping-samples = примеры
cli-mapping-extra = доп. поле
cli-mapping-ignored = пропущен
cli-mapping-empty = (пусто)
cli-copy-rubric-versions = { $count ->
    [one] { $count } версия рубрики
    [few] { $count } версии рубрики
   *[many] { $count } версий рубрики
}
cli-copy-done = скопировано: { $ideas }{ $rubric } и { $views } из { $from } в { $to }
cli-salvage-none-lost = спасение: прочитано { $read }; потерь не найдено
cli-salvage-lost = спасение: прочитано { $read }; не удалось прочитать { $lost }, их нет в выводе

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

## Board pack and letters (report)
