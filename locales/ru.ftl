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

err-line = ошибка: { $message }
err-kind-sector = сектор
err-kind-stage = стадия
err-kind-organisation-kind = вид организации
err-kind-barrier = барьер
err-name-unknown = { $kind }: неизвестное значение '{ $input }' (допустимые: { $valid })
err-name-ambiguous = { $kind }: неоднозначное значение '{ $input }' (подходят: { $valid })
err-name-empty = { $kind }: пустое значение '{ $input }' (допустимые: { $valid })
err-bad-value = недопустимое значение '{ $value }' для '{ $arg }': { $problem }
err-amount-not-an-amount = '{ $value }' — не сумма в рублях (например, 450000, 1 500 000, 300k или 1.5M)
err-amount-not-whole = '{ $value }' — не целое число рублей
err-amount-too-large = '{ $value }' — слишком большая сумма
err-cli-not-an-id = '{ $value }' — не номер идеи (целое число от 1)
err-cli-date-format = '{ $value }' — не формат даты с днём, месяцем и годом (например, %d/%m/%Y или %m/%d/%Y)
err-db-held-since = , с { $when }
err-io-not-found = нет такого файла или каталога
err-io-permission-denied = нет доступа
err-io-is-a-directory = это каталог
err-not-found = идеи #{ $id } нет
err-db-in-use = база данных { $path } занята другим процессом sprout{ $holder }
err-db-newer-schema = база данных записана более новой версией sprout (схема { $found }, эта читает до { $known }); обновите sprout, чтобы открыть её
err-db-open = не удаётся открыть базу данных { $path }: { $problem }
err-db-read-only = роль { $role } может только читать эту базу данных: ничего не изменено (чтобы вносить изменения, попросите её владельца выполнить GRANT sprout_officer TO { $role })
err-pg-refused = сервер не принимает соединений: проверьте адрес и порт в URL и запущен ли PostgreSQL ({ $problem })
err-db-lost = соединение с сервером базы данных потеряно ({ $problem })
err-query-whole = запрос: { $problem }
err-query-term = в условии запроса '{ $term }': { $problem }
err-query-too-long = { $chars } симв., а допускается не больше { $most }
err-query-too-many-terms = { $terms } усл., а допускается не больше { $most }
err-query-open-quote = кавычка не закрыта
err-query-nothing-after-not = после '!' ничего нет
err-query-nothing-to-match = не указано, что искать
err-query-needs-value = { $field }: нужно значение
err-query-unknown-field = неизвестное поле '{ $field }' (поля: { $fields })
err-query-not-an-id = '{ $value }' — не номер идеи
err-query-unknown-state = неизвестное состояние '{ $value }' (допустимые: archived, contested, duplicate, marked, stale)
err-query-not-a-when = '{ $value }' — не дата вида >=2026-11-01 и не возраст вида <30d
err-query-not-a-score = '{ $value }' — не сравнение оценки вида >=4 или >=3.5
err-query-score-range = оценка от 1 до 5, а не { $value }
err-query-not-a-comparison = '{ $value }' — не сравнение вида >=4 или <500000
err-query-amount = для сравнения: { $problem }
err-import-invalid = { $count ->
    [one] { $count } недопустимая запись; ничего не импортировано (--skip-invalid импортирует допустимые)
    [few] { $count } недопустимые записи; ничего не импортировано (--skip-invalid импортирует допустимые)
   *[many] { $count } недопустимых записей; ничего не импортировано (--skip-invalid импортирует допустимые)
}
err-import-line = строка { $line }
err-import-line-column = строка { $line }, столбец { $column }
err-cannot-read = не удаётся прочитать { $name }: { $problem }
err-date-not-in-format = '{ $value }' — не дата в формате --date-format { $format } (и не вида 2026-11-24 или 24.11.2026)
err-date-not-a-date = '{ $value }' — не дата (например, 2026-11-24, 2026-11-24 10:12:03, 24.11.2026 или номер дня Excel)
err-date-ambiguous = '{ $value }' может быть { $first } или { $second }; уточните --date-format %d/%m/%Y или %m/%d/%Y
err-config-line = строка { $line }: { $path }: { $problem }
err-config-toml = строка { $line }: не TOML: { $problem }
err-config-problems = { $count ->
    [one] { $count } ошибка в файле настроек; sprout запустился бы с настройками по умолчанию
    [few] { $count } ошибки в файле настроек; sprout запустился бы с настройками по умолчанию
   *[many] { $count } ошибок в файле настроек; sprout запустился бы с настройками по умолчанию
}

## Board pack and letters (report)
