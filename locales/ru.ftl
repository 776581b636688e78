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

ui-welcome-title = Добро пожаловать в sprout
ui-welcome =
    Идей пока нет. Выйдите ({ $quit }) и запустите:
    {""}
    {"  "}sprout demo --count 500      пример идей
    {"  "}sprout import ideas.csv      CSV, JSON, Excel
    {"  "}sprout add --title 'Идея'    одна вручную
    {""}
    или попробуйте всё на временной базе:
    {"  "}sprout --demo
    {""}
    { $help } — все клавиши, { $quit } — выход.
ui-no-results-title = Подходящих идей нет
ui-no-results =
    Расширьте поиск:
    {"  "}· нажмите { $search } и уберите условие или { $clear } в строке запроса, чтобы очистить её
    {"  "}· снимите фильтр на боковой панели ({ $focus } — перейти к ней, { $choose } — снять)
    {"  "}· идеи в архиве скрыты, пока в запросе нет is:archived
ui-too-small = sprout нужно окно побольше
ui-help-title = {" "}Клавиши ({ $close } — закрыть){" "}
ui-list-marks = Метки в списке: ● отмечена · ! слишком долго новая или на рассмотрении · ≈ похожа на другую идею, и никто это не решил (какую — в «Похожих идеях» карточки; { $duplicate } или { $not_duplicate } решает; is:duplicate — все такие).
ui-help-mouse = Мышь: щелчок выбирает строку или ставит фильтр; колесо прокручивает.
ui-help-more = {" "}· { $key } — дальше
ui-help-end = {" "}· конец
ui-no-key = нет клавиши
ui-keys-or = или
ui-position = { $first }–{ $last } из { $total }
ui-still-typing = показаны результаты последнего верного запроса
ui-search-placeholder = поиск ({ $search }): taxi, sector:edu, stage:new, region:tatar, score:>=4 …

# The list: its title, column headers, ages
ui-list-title = Идеи · { $shown } из { $total }
ui-list-title-loading = Идеи · { $shown } из { $total } новейших
ui-list-title-searching = Идеи · поиск среди { $total }
ui-column-title = Название
ui-column-sector = Сектор
ui-column-sector-short = Сект
ui-column-stage = Стадия
ui-column-stage-short = Стад
ui-column-score = Балл
ui-column-assignee = Исполнитель
ui-column-region = Регион
ui-column-age = Возраст
ui-date-format = %d.%m.%Y %H:%M UTC
ui-age-now = сейчас
ui-age-minutes = { $n } мин
ui-age-hours = { $n } ч
ui-age-days = { $n } дн.
ui-age-months = { $n } мес.
ui-age-years = { $n ->
    [one] { $n } г.
    [few] { $n } г.
   *[many] { $n } л.
}
# A value as the list and the detail name it (ui-name-KIND-NAME, as
# the query language writes it in English), and in four letters
# (ui-abbr-KIND-NAME) for a narrow list.
ui-name-sector-health = здравоохр.
ui-name-sector-education = образование
ui-name-sector-disparities = неравенство
ui-name-sector-employment = занятость
ui-name-sector-ecology = экология
ui-name-sector-other = другое
ui-name-sector-unclassified = без сектора
ui-abbr-sector-health = здрв
ui-abbr-sector-education = обрз
ui-abbr-sector-disparities = нрвн
ui-abbr-sector-employment = знят
ui-abbr-sector-ecology = экол
ui-abbr-sector-other = друг
ui-abbr-sector-unclassified = ----
ui-name-stage-new = новая
ui-name-stage-review = рассмотрение
ui-name-stage-incubation = инкубация
ui-name-stage-pilot = пилот
ui-name-stage-scaling = масштабир.
ui-name-stage-sustainable = устойчивая
ui-name-stage-declined = отклонена
ui-abbr-stage-new = нов.
ui-abbr-stage-review = расм
ui-abbr-stage-incubation = инкб
ui-abbr-stage-pilot = пилт
ui-abbr-stage-scaling = масш
ui-abbr-stage-sustainable = уст.
ui-abbr-stage-declined = откл
ui-name-organisation-kind-nonprofit = НКО
ui-name-organisation-kind-social-enterprise = соцпредприятие
ui-name-organisation-kind-small-business = малый бизнес
ui-name-organisation-kind-company = компания
ui-name-organisation-kind-government = госорган
ui-name-organisation-kind-initiative-group = иниц. группа
ui-name-organisation-kind-unknown = не указано
ui-name-barrier-funding = финансы
ui-name-barrier-regulation = регулирование
ui-name-barrier-government-support = господдержка
ui-name-barrier-participation = вовлечённость
ui-name-barrier-infrastructure = инфраструктура

# The status line
ui-counts = { $shown } из { $total ->
    [one] { $total } идеи
   *[other] { $total } идей
}
ui-counts-loading = { $shown } из { $total } новейших идей
ui-counts-searching = поиск среди { $total ->
    [one] { $total } идеи
   *[other] { $total } идей
}
ui-marked = отмечено: { $count }
ui-busy-loading = · загрузка остальных…
ui-busy-searching = · поиск…
ui-status-sort = порядок: { $order }
ui-status-focus = фокус: { $place }
ui-order-oldest-first = сначала старые
ui-order-best-match = по совпадению
ui-order-best-match-then = по совпадению, затем { $sort }
ui-sort-updated = по изменению
ui-sort-created = по созданию
ui-sort-title = по названию
ui-sort-score = по баллу
ui-sort-stage = по стадии
ui-sort-id = по номеру
ui-place-help = справка
ui-place-review = рецензия
ui-place-statistics = статистика
ui-place-triage = разбор
ui-place-full-detail = карточка (весь экран)
ui-place-query = запрос
ui-place-filters = фильтры
ui-place-list = список
ui-place-detail = карточка
ui-any-key = любая клавиша
ui-any-key-close = закрыть

# The detail
ui-detail-title = Карточка
ui-detail-scroll-keys = {" "}· { $down }/{ $up } { $page } прокрутка
ui-archived = в архиве
ui-field-reason = причина
ui-field-proposer = заявитель
ui-field-org = организ.
ui-field-region = регион
ui-field-funder = фонд
ui-field-amount = сумма
ui-field-score = балл
ui-field-panel = эксперты
ui-field-assignee = исполнит.
ui-field-tags = метки
ui-field-barriers = барьеры
ui-field-created = создана
ui-field-updated = изменена
ui-field-email = e-mail
ui-field-phone = телефон
ui-field-website = сайт
ui-field-source-id = внешн. id
ui-field-not-duplicates = не дубль
ui-section-summary = Описание
ui-section-extras = Доп. поля
ui-section-notes = Заметки ({ $count })
ui-section-history = История

# The sidebar
ui-sidebar-title = Фильтры
ui-facet-views = Виды
ui-facet-sector = Сектор
ui-facet-stage = Стадия
ui-facet-org = Организация
ui-facet-barrier = Барьер
ui-facet-region = Регион
ui-facet-tag = Метка
# The default views' names as shown, while a view keeps its default
# name and query (what is stored stays the English name).
ui-view-inbox = Входящие
ui-view-in-review = Рассмотрение
ui-view-waiting-too-long = Долго ждут
ui-view-my-queue = Моя очередь
ui-view-my-reviews = Мои рецензии

# The config file's notices at start
ui-config-errors-title = {" "}Ошибки в файле настроек: запуск с настройками по умолчанию{" "}
ui-config-overlaps-title = {" "}Файл настроек: клавиши пересекаются{" "}

# The key table (src/tui/keymap/words.rs): help, groups, hints, headings
ui-context-browse = Просмотр
ui-key-browse-move-down = вниз
ui-key-browse-move-up = вверх
ui-key-browse-top = в начало
ui-key-browse-bottom = в конец
ui-key-browse-page-down = страница вниз
ui-key-browse-page-up = страница вверх
ui-key-browse-half-page-down = полстраницы вниз
ui-key-browse-half-page-up = полстраницы вверх
ui-key-browse-search = поиск: изменить запрос
ui-key-browse-stats = статистика показанных идей
ui-key-browse-triage = разбор показанных новых идей, сначала старые
ui-keys-browse-sector = сектор
ui-key-browse-stage-key = стадия: эта клавиша, затем клавиша стадии
ui-key-browse-score-key = балл: эта клавиша, затем 1-5 (0 — снять)
ui-key-browse-note = добавить заметку
ui-key-browse-assignee = назначить исполнителя
ui-key-browse-review = рецензия: цифра на каждый критерий, затем уверенность и комментарий (если рецензия уже есть — изменить её)
ui-key-browse-new = новая идея (форма)
ui-key-browse-edit = изменить идею в форме
ui-key-browse-external-edit = изменить идею в $VISUAL / $EDITOR
ui-key-browse-mark = отметить или снять отметку, затем вниз
ui-key-browse-mark-all = отметить все показанные идеи
ui-key-browse-similar = похожие идеи: список похожих на выбранную, сначала самые похожие (запрос similar:N)
ui-key-browse-mark-duplicate = дубль идеи (спросит какой, предложит самую похожую): отклонена и связана с ней
ui-key-browse-not-duplicate = не дубль идеи (спросит какой, предложит самую похожую): больше не помечается
ui-key-browse-archive = в архив выбранные или отмеченные идеи (вернуть, если все в архиве)
ui-key-browse-undo = отменить последнее изменение
ui-key-browse-redo = повторить
ui-key-browse-save-view = сохранить запрос и порядок как вид (он появится на боковой панели)
ui-key-browse-next-view = следующий сохранённый вид
ui-key-browse-previous-view = предыдущий сохранённый вид
ui-key-browse-focus-next = следующая панель
ui-key-browse-focus-previous = предыдущая панель
ui-key-browse-sidebar = показать или скрыть панель фильтров
ui-key-browse-sort = сменить порядок
ui-key-browse-open = открыть выбранную идею на весь экран
ui-key-browse-back = назад к списку / снять отметки
ui-key-browse-help = справка: все клавиши
ui-key-browse-quit = выход
ui-context-sidebar = Панель фильтров
ui-key-sidebar-choose = поставить или снять фильтр; на виде — взять его запрос
ui-key-sidebar-rename-view = переименовать вид под курсором
ui-key-sidebar-delete-view = удалить вид под курсором (спросит)
ui-key-sidebar-back = назад к списку
ui-context-stage = После клавиши стадии (выбор стадии)
ui-keys-stage-stage = стадия
ui-key-stage-cancel = отмена
ui-context-score = После клавиши балла (выбор балла)
ui-keys-score-score = балл
ui-key-score-score-clear = снять
ui-key-score-cancel = отмена
ui-context-reason = После стадии отказа или принятия (причина)
ui-keys-reason-reason = причина под этим номером в меню
ui-key-reason-no-reason = без причины (стадия остаётся)
ui-key-reason-cancel = закрыть меню: без причины (стадия остаётся)
ui-context-triage = Разбор
ui-keys-triage-sector = сектор
ui-keys-triage-stage = стадия, затем следующая идея
ui-key-triage-skip = пропустить, к следующей идее
ui-key-triage-note = добавить заметку
ui-key-triage-review = рецензия: цифра на каждый критерий, затем уверенность и комментарий (если рецензия уже есть — изменить её)
ui-key-triage-mark-duplicate = дубль идеи (спросит какой, предложит самую похожую): отклонена, затем следующая
ui-key-triage-not-duplicate = не дубль идеи (спросит какой, предложит самую похожую)
ui-key-triage-back = на идею назад, отменив сделанное с ней
ui-key-triage-leave = выйти из разбора
ui-key-triage-scroll-down = прокрутить идею вниз
ui-key-triage-scroll-up = прокрутить идею вверх
ui-key-triage-help = справка
ui-key-triage-quit = выход
ui-context-stats = Статистика
ui-key-stats-back = назад к списку
ui-key-stats-scroll-down = прокрутить вниз
ui-key-stats-scroll-up = прокрутить вверх
ui-key-stats-page-down = страница вниз
ui-key-stats-page-up = страница вверх
ui-key-stats-top = в начало
ui-key-stats-bottom = в конец
ui-key-stats-help = справка
ui-key-stats-quit = выход
ui-context-query = Правка запроса
ui-key-query-keep = оставить запрос
ui-key-query-clear = очистить запрос
ui-key-query-line-start = в начало запроса
ui-key-query-line-end = в конец запроса
ui-key-query-word-back = на слово назад
ui-key-query-word-forward = на слово вперёд
ui-key-query-delete-term = удалить условие перед курсором
ui-key-query-delete-to-start = удалить до начала
ui-key-query-delete-to-end = удалить до конца
ui-key-query-quit = выход
ui-context-prompt = Заметка, исполнитель или имя вида
ui-key-prompt-save-line = сохранить однострочный ввод (исполнитель, имя вида); в заметке — новая строка
ui-key-prompt-save = сохранить
ui-key-prompt-cancel = отмена
ui-context-form = Форма идеи
ui-key-form-next-field = следующее поле
ui-key-form-previous-field = предыдущее поле
ui-key-form-save = сохранить
ui-key-form-cancel = отмена (спросит, если что-то изменено)
ui-context-review = Рецензия (баллы и уверенность)
ui-keys-review-score = балл критерия или уверенность, и дальше (балл больше 9 — цифры, затем Enter)
ui-key-review-next = следующий критерий, затем уверенность, комментарий и «Сохранить»
ui-key-review-previous = шаг назад
ui-key-review-confirm = принять набранные цифры и дальше; на «Сохранить» — сохранить рецензию
ui-key-review-clear = снять балл критерия (или уверенность)
ui-key-review-save = сохранить рецензию (u отменяет)
ui-key-review-cancel = отмена (спросит, если что-то изменено)
ui-context-review-comment = Рецензия (комментарий)
ui-key-review-comment-next = к «Сохранить» (там Enter сохраняет); Enter в комментарии — новая строка
ui-key-review-comment-previous = назад к уверенности
ui-key-review-comment-save = сохранить рецензию (u отменяет)
ui-key-review-comment-cancel = отмена (спросит, если что-то изменено)
ui-context-dialog = Вопросы
ui-key-dialog-yes = да
ui-key-dialog-no = нет
ui-key-dialog-edit-again = снова открыть файл, текст сохранён (после ошибки редактора)
ui-key-dialog-discard = отбросить правку (после ошибки редактора)
ui-context-detail = Карточка на весь экран
ui-key-detail-back = назад к списку
ui-key-detail-scroll-down = прокрутить вниз
ui-key-detail-scroll-up = прокрутить вверх
ui-key-detail-page-down = страница вниз
ui-key-detail-page-up = страница вверх
ui-key-detail-top = в начало
ui-key-detail-bottom = в конец
ui-key-detail-review = рецензия: цифра на каждый критерий, затем уверенность и комментарий (если рецензия уже есть — изменить её)
ui-key-detail-similar = похожие идеи: список похожих на эту (запрос similar:N)
ui-key-detail-mark-duplicate = дубль идеи (спросит какой, предложит самую похожую)
ui-key-detail-not-duplicate = не дубль идеи (спросит какой, предложит самую похожую)
ui-key-detail-help = справка
ui-key-detail-quit = выход
ui-context-help = Справка
ui-key-help-close = закрыть справку
ui-key-help-scroll-down = прокрутить вниз
ui-key-help-scroll-up = прокрутить вверх
ui-key-help-page-down = страница вниз
ui-key-help-page-up = страница вверх
ui-key-help-top = в начало
ui-key-help-bottom = в конец
ui-key-help-quit = выход
ui-hint-search = поиск
ui-hint-stats = стат.
ui-hint-triage = разбор
ui-hint-stage = стадия
ui-hint-note = заметка
ui-hint-edit = правка
ui-hint-undo = отмена
ui-hint-save-view = вид
ui-hint-sort = порядок
ui-hint-help = справка
ui-hint-quit = выход
ui-hint-tick = фильтр
ui-hint-back = назад
ui-hint-cancel = отмена
ui-hint-score = балл
ui-hint-reason = причина
ui-hint-no-reason = без причины
ui-hint-close = закрыть
ui-hint-sector = сектор
ui-hint-skip = пропуск
ui-hint-duplicate = дубль
ui-hint-leave = к списку
ui-hint-keep = оставить
ui-hint-clear = очистить
ui-hint-delete-term = удалить условие
ui-hint-save = сохранить
ui-hint-next-field = след. поле
ui-hint-yes = да
ui-hint-no = нет
ui-hint-edit-again = снова
ui-hint-discard = отбросить
ui-hint-next-page = дальше
ui-hint-previous-page = назад
ui-hint-next = дальше
ui-hint-to-save = к «Сохранить»

## UI: triage, statistics, dialogs, prompts, forms, reviews (ui-flows)

## Command line: tables, summaries, prompts (cli)

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

## Board pack and letters (report)
