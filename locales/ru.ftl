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

# An idea's fields as its history names them, and its summary's change.
history-field-title = название
history-field-summary = описание
history-field-proposer = заявитель
history-field-org = организация
history-field-region = регион
history-field-funder = грантодатель
history-field-email = эл. почта
history-field-phone = телефон
history-field-website = сайт
history-field-amount = сумма
history-field-tags = метки
history-field-barriers = барьеры
history-field-sector = сектор
history-field-stage = стадия
history-field-score = оценка
history-field-assignee = ответственный
history-field-archived = в архиве
history-field-review = отзыв
history-field-reason = причина
history-field-reviewers = эксперты
history-yes = да
history-no = нет
history-reviewers-unchanged = без изменений
history-summary-changed = описание изменено

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
ui-search-placeholder = поиск ({ $search }): такси, сектор:обр, стадия:новая, регион:татар, оценка:>=4 …

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
ui-config-errors-title = {" "}Ошибки в настройках: запуск по умолчанию{" "}
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
ui-key-browse-assign-reviewers = назначить рецензентов отмеченным идеям (или этой) поровну, как sprout assign: спросит кого и сколько на идею, покажет план, применит по y
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

# Общие для легенды разбора и таблицы «сектор × стадия» статистики:
# короткое слово сектора, где мало места (в английском — машинное имя).
ui-sector-short-health = здравоохр.
ui-sector-short-education = образование
ui-sector-short-disparities = неравенство
ui-sector-short-employment = занятость
ui-sector-short-ecology = экология
ui-sector-short-other = другое
ui-sector-short-unclassified = без сектора

### Triage
ui-triage-title = Разбор · { $counter }
ui-triage-counter = { $at } из { $total } новых
ui-triage-title-done = Разбор · конец очереди
ui-triage-title-left = Разбор прерван до конца
ui-triage-done-keys = { $leave } — назад к списку; { $back } — на шаг назад, к последней идее.
ui-scroll-position = { $from }–{ $to } из { $total }
ui-scroll-keys = { $keys } прокрутка
ui-triage-legend-sector = сектор
ui-triage-legend-stage = стадия
ui-triage-key-skip = пропуск
ui-triage-key-note = заметка
ui-triage-key-duplicate = дубль
ui-triage-key-back = назад
ui-triage-key-leave = выход
ui-triage-none-new = Среди показанных идей нет новых.
ui-triage-all-done = Все новые идеи очереди разобраны.
ui-triage-end = Конец очереди.
ui-triage-left-at = Разбор остановлен на идее { $at } из { $total }.
ui-triage-triaged = За сеанс разобрано { $done } из { $total ->
    [one] { $total } новой идеи
   *[other] { $total } новых идей
}.
ui-triage-by-sector = По секторам: { $list }
ui-triage-by-stage = По стадиям:  { $list }
ui-triage-skipped = Пропущено: { $count }, остаются новыми.
ui-triage-not-reached = Ещё не просмотрено: { $count }, остаются новыми.

### Statistics
ui-stats-title = Статистика · { $ideas } · { $keys } назад
ui-stats-too-small = Статистике нужно не меньше { $width }×{ $height }; увеличьте окно.
ui-stats-by-sector = Идеи по секторам
ui-stats-funnel = Воронка (на стадии или дальше)
ui-stats-declined-share = { $count } ({ $percent }% от всех)
ui-stats-waiting = Ждут во входящих
ui-stats-waiting-count = { $padded } { $count ->
    [one] идея
    [few] идеи
   *[many] идей
} · медиана { $median }
ui-stats-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
ui-stats-over-days = { $count } дольше { $days } дн.
ui-stats-matrix = Сектор × стадия
ui-stats-intake = Поступило идей по неделям (с понедельника)
ui-stats-barriers = Барьеры
ui-stats-regions = Ведущие регионы
ui-stats-none = нет
ui-stats-panel = Оценки экспертов (сводные)
ui-stats-unscored = без оценки
ui-stats-contested = спорные (итоги расходятся на 2 и больше): { $count }
ui-stats-reviewers = Эксперты: отзывов, средний итог
# Метка сектора в полосах статистики (не длиннее 20 знаков).
ui-stats-sector-health = Здоровье и соцзащита
ui-stats-sector-education = Образование
ui-stats-sector-disparities = Снижение неравенства
ui-stats-sector-employment = Занятость
ui-stats-sector-ecology = Экология
ui-stats-sector-other = Другое
ui-stats-sector-unclassified = Без сектора
# Заголовок столбца стадии в узкой таблице (не длиннее 4 знаков).
ui-stats-stage-short-new = нов.
ui-stats-stage-short-review = рас.
ui-stats-stage-short-incubation = инк.
ui-stats-stage-short-pilot = пил.
ui-stats-stage-short-scaling = мас.
ui-stats-stage-short-sustainable = уст.
ui-stats-stage-short-declined = отк.

### Dialogs and the form
ui-accepts = (→ принять)
ui-form-new = Новая идея
ui-form-edit = Правка #{ $id }
ui-form-fields-shown = поля { $from }–{ $to } из { $total }
ui-form-field-title = Название
ui-form-field-summary = Описание
ui-form-field-proposer = Автор
ui-form-field-org = Организация
ui-form-field-region = Регион
ui-form-field-sector = Сектор
ui-form-field-stage = Стадия
ui-form-field-barriers = Барьеры
ui-form-field-funder = Грантодатель
ui-form-field-amount = Сумма (₽)
ui-form-field-tags = Теги
ui-form-field-score = Оценка
ui-form-field-assignee = Ответственный
# Вариант в списках формы (в английском — машинное имя значения).
ui-form-option-sector-health = здравоохр.
ui-form-option-sector-education = образование
ui-form-option-sector-disparities = неравенство
ui-form-option-sector-employment = занятость
ui-form-option-sector-ecology = экология
ui-form-option-sector-other = другое
ui-form-option-sector-unclassified = без сектора
ui-form-option-stage-new = новая
ui-form-option-stage-review = рассмотрение
ui-form-option-stage-incubation = инкубация
ui-form-option-stage-pilot = пилот
ui-form-option-stage-scaling = масштабирование
ui-form-option-stage-sustainable = устойчивая
ui-form-option-stage-declined = отклонена
ui-form-option-org-nonprofit = НКО
ui-form-option-org-social-enterprise = соцпредприятие
ui-form-option-org-small-business = малый бизнес
ui-form-option-org-company = компания
ui-form-option-org-government = госорган
ui-form-option-org-initiative-group = инициативная группа
ui-form-option-org-unknown = не указано
ui-form-option-barriers-funding = финансирование
ui-form-option-barriers-regulation = регулирование
ui-form-option-barriers-government-support = господдержка
ui-form-option-barriers-participation = вовлечённость
ui-form-option-barriers-infrastructure = инфраструктура
ui-form-option-score-none = нет
ui-form-discard = Отбросить изменения, сделанные в форме?
ui-form-discard-title = Отбросить изменения?
ui-dialog-editor-again = Правьте снова: текст вернётся таким, каким вы его оставили.
ui-dialog-editor-title = В исправленной идее ошибки
ui-dialog-delete-view = Удалить вид «{ $name }»? Идеи останутся как есть.
ui-dialog-delete-view-title = Удаление вида
ui-dialog-undo-as-one = { $key } потом отменит это одним шагом.
ui-dialog-many-title = Изменение многих идей
ui-dialog-clash = Сейчас показана их версия. Записать вашу поверх?
ui-dialog-clash-title = Тем временем изменено другим
ui-dialog-any-key = Любая клавиша закроет это окно.
ui-dialog-notice-footer = Любая клавиша закроет это окно. `sprout config --check` покажет ошибки снова.

### Changes to many ideas, asked first
ui-bulk-sector = Сменить сектор у { $count ->
    [one] { $count } идеи
   *[other] { $count } идей
} на «{ $value }»?
ui-bulk-stage = Сменить стадию у { $count ->
    [one] { $count } идеи
   *[other] { $count } идей
} на «{ $value }»?
ui-bulk-score = Поставить оценку { $value } { $count ->
    [one] { $count } идее
   *[other] { $count } идеям
}?
ui-bulk-score-clear = Снять оценку у { $count ->
    [one] { $count } идеи
   *[other] { $count } идей
}?
ui-bulk-assignee = Назначить ответственным за { $count ->
    [one] { $count } идею
    [few] { $count } идеи
   *[many] { $count } идей
} «{ $value }»?
ui-bulk-assignee-clear = Снять ответственного у { $count ->
    [one] { $count } идеи
   *[other] { $count } идей
}?
ui-bulk-archive = Отправить в архив { $count ->
    [one] { $count } идею
    [few] { $count } идеи
   *[many] { $count } идей
}?
ui-bulk-restore = Вернуть из архива { $count ->
    [one] { $count } идею
    [few] { $count } идеи
   *[many] { $count } идей
}?
ui-bulk-other = Изменить { $count ->
    [one] { $count } идею
    [few] { $count } идеи
   *[many] { $count } идей
}?
ui-bulk-nothing = ничего не изменилось
ui-clash-kept-theirs = оставлена их версия; ваша не сохранена

### The review pane and the detail's reviews
ui-review-title = Отзыв #{ $id }, эксперт { $who } · рубрика { $version } · { $title }
ui-review-confidence = уверенность
ui-review-confidence-words = 1 не уверен · 2 почти уверен · 3 уверен
ui-review-comment = комментарий
ui-review-comment-enter = (Enter: новая строка)
ui-review-comment-placeholder = почему, в паре фраз (необязательно)
ui-review-total-missing = итог: оцените каждый критерий
ui-review-total = итог { $total } из 5
ui-review-save = Сохранить
ui-review-drop = Отбросить набранный отзыв? Из него ничего не сохранится.
ui-review-drop-title = Отбросить отзыв?
ui-review-hint-old-rubric = ваш отзыв дан по рубрике версии { $was }; сейчас версия { $now }: оцените каждый критерий заново
ui-review-hint-not-confidence = { $digit } — не уверенность: { $words }; ничего не изменилось
ui-review-hint-off-scale = шкала { $criterion }: { $scale }; { $typed } вне шкалы
ui-review-hint-more-digits = { $criterion } { $value }: Enter — оставить, следующая цифра — дописать
ui-review-hint-digit-scores = цифра оценивает { $criterion }: { $scale }
ui-review-hint-digit-confidence = цифра задаёт уверенность: { $words }
ui-review-hint-not-scored = ещё не оценено: { $criteria }; цифра ставит оценку
ui-review-hint-needs-confidence = отзыву нужна уверенность: { $words }
ui-review-hint-nothing-saved = { $problem }; ничего не сохранено
ui-reviews-section = Отзывы ({ $count })
ui-reviews-short = { $score } · { $count ->
    [one] { $count } отзыв
    [few] { $count } отзыва
   *[many] { $count } отзывов
}
ui-reviews-contested-mark = спорная
ui-reviews-one = 1 отзыв
ui-reviews-mean = среднее по { $count ->
    [one] { $count } отзыву
   *[other] { $count } отзывам
}
ui-reviews-median = медиана по { $count ->
    [one] { $count } отзыву
   *[other] { $count } отзывам
}
ui-reviews-normalised = нормировано по рецензентам
ui-reviews-not-normalised = без нормировки
ui-reviews-combined = сводная
ui-reviews-combined-of = { $score } из 5 · { $how }
ui-reviews-contested = спорная (итоги расходятся на { $apart } и больше)
ui-reviews-spread = разброс { $spread }
ui-reviews-total-confidence = итог { $total } · уверенность { $confidence }
ui-reviews-rubric = рубрика { $version }

### The reason menu
ui-reason-decline-title = Причина отказа: { $whom }
ui-reason-accept-title = Причина принятия: { $whom }
ui-reason-none = без причины, стадия не меняется

### Similar ideas
ui-similar-title = Похожие идеи
ui-similar-not-there = (нет в базе)
ui-similar-duplicate-of = дубль идеи
ui-similar-its-duplicates = её дубли:
ui-similar-keys-triage = { $mark } дубль идеи · { $not } не дубль
ui-similar-keys = { $list } список · { $mark } дубль идеи · { $not } не дубль

### Changes made, undone and redone: `stage → pilot for 3 ideas · u undoes`
ui-step-for = для
ui-step-ideas = { $count ->
    [one] { $count } идеи
   *[other] { $count } идей
}
ui-step-sector = сектор → { $value }
ui-step-stage = стадия → { $value }
ui-step-score = оценка → { $value }
ui-step-score-cleared = оценка снята
ui-step-archived = в архив
ui-step-restored = из архива
ui-step-note-added = заметка добавлена
ui-step-assignee = ответственный → { $who }
ui-step-assignee-cleared = ответственный снят
ui-step-reason = причина → { $reason }
ui-step-duplicate = { $whom }: дубль #{ $other } (отклонено)
ui-step-not-duplicate = { $whom } и #{ $other }: не дубли
ui-step-review = { $verb ->
    [changed] изменён
   *[added] добавлен
} отзыв { $who } о #{ $id }: итог { $total } из 5
ui-step-undo-hint = { $label } · u отменит
ui-step-undone = отменено: { $label }
ui-step-redone = повторено: { $label }
ui-step-no-change = без изменений: { $label }
ui-step-not-saved = не сохранено: { $problem }
ui-no-idea-selected = идея не выбрана
ui-nothing-to-undo = отменять нечего
ui-nothing-to-redo = повторять нечего
ui-marked-clears = отмечено: { $count } · { $key } снимает
ui-note-invalid = заметка: { $problem }; ничего не сохранено
ui-form-fix-red = исправьте поля, отмеченные красным, затем { $key }
ui-no-changes = изменений нет
ui-changes-discarded = изменения отброшены
ui-edit-discarded = правка отброшена
ui-reason-out-of-menu = нет причины { $number }: в меню 1-{ $count }
ui-reason-stage-not-set = стадия не изменилась, причина не записана
ui-pair-none-given = идея не указана; ничего не сохранено
ui-pair-not-a-number = «{ $typed }» — не номер идеи (как #877); ничего не сохранено
ui-pair-itself = #{ $other } нельзя связать с ним самим; ничего не сохранено
ui-pair-no-such = идеи #{ $other } нет; ничего не сохранено
ui-review-dropped = отзыв отброшен; ничего не сохранено
ui-review-unchanged = без изменений: ваш отзыв о #{ $id } прежний
ui-review-not-saved = не сохранено: { $problem }; ваш отзыв остался здесь

### Prompts
ui-prompt-note = Заметка для { $whom }
ui-prompt-assignee = Ответственный за { $whom } (пусто — снять)
ui-prompt-view-of-all = Имя вида со всеми идеями
ui-prompt-view-for = Имя вида для «{ $query }»
ui-prompt-duplicate-of = { $whom } — дубль какой идеи? (#номер)
ui-prompt-not-duplicate-of = { $whom } — не дубль какой идеи? (#номер)
ui-prompt-rename-view = Переименовать вид «{ $name }»

### Live changes by others: `olga: #42 → pilot`
ui-live-someone = кто-то
ui-live-removed = #{ $id } удалена
ui-live-added = #{ $id } добавлена
ui-live-many-changed = изменено идей: { $count } ({ $first }, …)
ui-live-changed = { $ids }: изменено
ui-live-none = нет
ui-live-tags-changed = теги изменены
ui-live-title-changed = название изменено
ui-live-note-added = заметка добавлена
ui-live-changed-bare = изменена
ui-live-reconnected = связь с базой восстановлена
ui-live-offline-kept = нет связи с базой: окно оставлено открытым, сохраните снова, когда связь вернётся

## Command line: tables, summaries, prompts (cli)

# list: the table's headers and what an empty list says
cli-list-empty = идей пока нет: добавьте идею — `sprout add --title …`, `sprout import ФАЙЛ` или `sprout demo`
cli-list-all-archived = все идеи в архиве; --archived покажет их
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

cli-report-wrote = материалы для совета по { $count ->
    [one] { $count } идее
   *[other] { $count } идеям
} записаны в { $path }

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
err-io-not-a-directory = часть пути — не каталог
err-io-exists = такой файл уже есть
err-io-name-too-long = слишком длинное имя файла
err-io-disk-full = на диске нет места
err-io-read-only = файловая система только для чтения
err-io-not-utf8 = это не текст в UTF-8
err-io-refused = соединение отклонено
err-not-found = идеи #{ $id } нет
holder-the-ui = экранный интерфейс
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
err-query-ambiguous-field = неоднозначное поле '{ $field }' (подходят: { $fields })
err-query-unknown-field = неизвестное поле '{ $field }' (поля: { $fields })
err-query-none-alone = 'none' пишется одно (идеи без причины); в '{ $value }' есть и другие
err-query-none-alone-field = 'none' пишется одно (идеи, где поле пусто); в '{ $value }' есть и другие
err-query-needs-reviewer = { $field }: нужно имя рецензента (или me)
err-query-not-an-id = '{ $value }' — не номер идеи
err-query-unknown-state = неизвестное состояние '{ $value }' (допустимые: { $valid })
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
report-meta-every-idea = все идеи, кроме архивных
report-meta = Идеи: { $query } · составлено { $date }
report-meta-by = пользователем { $by }
report-meta-anonymous = анонимно: без заявителей, контактов и имён рецензентов
report-no-reason = причина не записана
report-reviewer-number = Рецензент { $n }
report-figure-ideas = Идей
report-figure-scored = С оценкой
report-figure-contested = Спорных
report-figure-declined = Отклонено
report-reached-now = дошли { $reached } · сейчас { $now }
report-unscored-note = { $ideas } пока без оценки, на диаграмме их нет
report-reached-note = Дошли: на этой стадии или дальше; отклонённые не считаются.
report-chart-funnel = Воронка стадий
report-chart-sectors = Идеи по секторам
report-chart-scores = Общие оценки, по полбалла
report-shortlist-note = { $ideas }, сначала с лучшей общей оценкой; без оценки ({ $unscored }) — в конце.
report-no-idea = Запрос не выбрал ни одной идеи.
report-col-rank = Место
report-col-idea = Идея
report-col-sector = Сектор
report-col-stage = Стадия
report-col-amount = Сумма, ₽
report-col-score = Оценка
report-col-spread = Разброс
report-col-reviews = Отзывы
report-col-all = Всего
report-col-reason = Причина
report-contested = спорная
report-confidence = уверенность { $confidence }
report-no-declines = Здесь нет отклонённых идей.
report-footer = Составлено в sprout { $date }. Оценка отзыва — взвешенная сумма по шкале 1–5; оценка идеи — среднее её отзывов; разброс — разница между высшей и низшей суммой; спорная — суммы расходятся на { $apart } и больше.
report-md-summary = { $ideas } · с оценкой: { $scored } · спорных: { $contested } · отклонено: { $declined }
report-col-now = Сейчас
report-col-reached = Дошли
report-not-scored = без оценки
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

## The config command (lead)
config-no-directory = в этой системе нет каталога настроек; укажите --config ПУТЬ
config-note = замечание: { $note }
config-fine = { $path }: в порядке
config-no-file = { $path }: файла нет; sprout работает с настройками по умолчанию
config-no-file-anywhere = файла настроек нет; sprout работает с настройками по умолчанию

## The config file's comments: config-file-* and config-colour-* (lead)
config-file-head =
    Файл настроек sprout. Скопируйте его по пути, который печатает
    `sprout config --path`, и меняйте что угодно; строки, оставленные
    как есть, сохраняют значение по умолчанию. Об ошибке в файле sprout
    сообщает построчно и запускается с настройками по умолчанию.
    NO_COLOR (любое значение) отключает цвет, что бы здесь ни стояло.
config-file-theme =
    Цвета: dark (для тёмного терминала, на его собственном фоне),
    light (тёмный текст на своём белом фоне, в любом терминале)
    или high-contrast (высокий контраст).
config-file-db =
    База данных, если её не задают ни --db, ни $SPROUT_DB: каталог
    (sled, по умолчанию ~/.local/share/sprout/db) или адрес PostgreSQL
    для команды, например "postgres://olga@db.example.org/sprout?sslmode=verify-full"
    (пароль берётся из PGPASSWORD или ~/.pgpass и никогда не пишется сюда).
config-file-user =
    Кто вы: это имя стоит в изменениях, заметках и `assignee:me` в своей
    базе (в PostgreSQL это ваша роль); если не задано — $USER.
config-file-language =
    Язык sprout: "en" или "ru" (--lang ru — на один запуск).
    Если не задан, решает локаль: LC_ALL, иначе LC_MESSAGES, иначе LANG.
config-file-sort =
    Порядок списка, когда в запросе нет слов: updated (по изменению),
    created (по созданию), title (по названию), score (по баллу)
    или stage (по стадии); o переключает его.
config-file-sidebar =
    Показывать ли панель фильтров при запуске (f показывает и скрывает её).
config-file-date-format =
    Как пишутся даты в панели подробностей: элементы strftime, в UTC,
    например "%Y-%m-%d %H:%M" или "%d.%m.%Y". Если не задано — как принято
    в языке: RFC 3339 по-английски, 24.11.2026 14:32 UTC по-русски.
config-file-stale-days =
    Через сколько дней в стадиях «новая» или «рассмотрение» идея ждёт
    слишком долго (is:stale, знак ! в списке и сроки ожидания в статистике).
config-file-colours =
    Отдельные цвета поверх темы: имя (red, lightblue, darkgray…),
    "#rrggbb" или номер 0-255 в палитре терминала. Здесь показаны цвета
    тёмной темы; раскомментируйте строку, чтобы изменить цвет.
config-file-synonyms =
    Другие написания сектора, стадии, типа организации или барьера
    для импорта (многие русские и английские уже встроены: Экология, НКО, NGO…):
config-file-keys =
    Клавиши по режимам. Каждому действию — клавиша или список клавиш.
    Клавиша — это символ (j, G, /), Ctrl-x или имя: Space, Enter, Esc, Tab,
    Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End,
    PgUp, PgDn, F1-F12. Две клавиши подряд пишутся через пробел: "g g".
    Там, где вводится текст (запрос, подсказка, форма), назначать можно
    только клавиши с Ctrl или именованные. Назначенная клавиша снимается
    с любого другого действия этого режима (sprout скажет об этом при запуске).
config-colour-sector-health = сектор «Здравоохранение и соцзащита»
config-colour-sector-education = сектор «Образование»
config-colour-sector-disparities = сектор «Снижение неравенства»
config-colour-sector-employment = сектор «Занятость»
config-colour-sector-ecology = сектор «Экология»
config-colour-sector-other = сектор «Другое»
config-colour-sector-unclassified = идеи, у которых ещё нет сектора
config-colour-stage-new = стадия «новая»
config-colour-stage-review = стадия «рассмотрение»
config-colour-stage-incubation = стадия «инкубация»
config-colour-stage-pilot = стадия «пилот»
config-colour-stage-scaling = стадия «масштабирование»
config-colour-stage-sustainable = стадия «устойчивая»
config-colour-stage-declined = стадия «отклонена»
config-colour-border = рамки панелей
config-colour-border-focus = рамка панели в фокусе
config-colour-header = заголовки
config-colour-dim = приглушённый текст: числа, время, подсказки в полях
config-colour-label = названия полей в панели подробностей
config-colour-match = символы, совпавшие с поиском
config-colour-marked = отмеченные идеи
config-colour-error = ошибки
config-colour-key = клавиши в справке и подсказках
config-colour-status-text = текст строки состояния
config-colour-status-back = фон строки состояния
config-colour-checked = отмеченные фильтры и текущий вид
config-colour-selected-back = выбранная строка панели без фокуса
config-colour-bar = столбцы в статистике
config-colour-shade-1 = самые пустые клетки таблицы «сектор × стадия»
config-colour-shade-2 = клетки таблицы, второй уровень
config-colour-shade-3 = клетки таблицы, третий уровень
config-colour-shade-4 = клетки таблицы, четвёртый уровень
config-colour-shade-5 = самые полные клетки таблицы «сектор × стадия»
config-colour-shade-text = числа на закрашенных клетках таблицы
config-colour-text = обычный текст (reset — цвет самого терминала)
config-colour-background = фон всех панелей (reset — цвет самого терминала)

## section: i18n-rest
# The domain's field rules (src/i18n/field_errors.rs): a phrase after the field's name
err-field-title-missing = обязательное поле, не может быть пустым
err-field-note-empty = пустая
err-field-tag-empty = метка не может быть пустой
err-field-too-long = длина — { $chars } { $chars ->
    [one] символ
    [few] символа
   *[many] символов
}; допустимо не более { $most }
err-field-not-a-score = '{ $value }' — не оценка от 1 до 5
# The editor's text of an idea, read back
err-draft-not-field-value = строка { $line }: ожидается `поле: значение`
err-draft-given-twice = строка { $line }: поле { $field } указано дважды
err-draft-unknown-field = строка { $line }: неизвестное поле '{ $field }' (поля: { $fields })
# A declared conflict of interest: `org 'Green Street'`
coi-field-proposer = заявитель
coi-field-org = организация
coi-field-region = регион
coi-described = { $field } '{ $value }'
# The database (src/store/error.rs, src/explain.rs)
err-store-damaged = база данных { $path } повреждена: в ней потеряны сохранённые изменения; восстановите последнюю выгрузку (sprout --db НОВАЯ import backup.json) или сохраните то, что ещё читается: sprout --db { $path } --salvage export -o rescue.json
err-store-unreadable = база данных повреждена: запись в ней не читается; сохраните то, что ещё читается: `sprout --salvage export -o rescue.json`
err-store-full-figures = диск заполнен: этому изменению нужно { $needed } свободного места, а есть { $free }; ничего из него не сохранено. Освободите место и попробуйте снова
err-store-full = диск заполнен: ничего из этого изменения не сохранено. Освободите место и попробуйте снова
err-store-broken = запись в базу данных прервалась, и sprout не смог открыть её снова; выйдите и запустите sprout заново (всё сохранённое раньше цело)
err-store-io = ошибка ввода-вывода: { $problem }
err-store-db = ошибка базы данных: { $problem }
err-store-codec = повреждённая запись в базе данных ({ $problem }); выполните `sprout export`, чтобы сохранить то, что ещё читается
err-store-rubric-taken = рубрику тем временем изменил кто-то другой (версия { $version } — его): ничего не сохранено; посмотрите `sprout rubric` и попробуйте снова
err-store-conflicts-changed = конфликты интересов тем временем изменил кто-то другой: ничего не сохранено; посмотрите `sprout conflicts` и попробуйте снова
err-store-older-schema = эта база данных создана старой версией sprout, и в ней ещё нет места для { $what }; её владелец должен один раз выполнить на ней команду sprout (например, `sprout --db URL stats`), чтобы его добавить
err-store-what-rubric = рубрики
err-store-what-reason = причин решений
err-store-what-panel = настроек экспертной группы
err-store-cannot-open = не удаётся открыть базу данных { $path }
err-store-open-full = { $what }: диск заполнен (открывая базу данных, sprout немного пишет в неё); освободите место и попробуйте снова
err-store-open-denied = { $what }: { $problem }; sprout должен писать в каталог базы данных (проверьте права на него или скопируйте базу туда, где можно писать)
err-store-open-other = { $what }: { $problem }
err-store-a-file = это файл, а не каталог базы данных
err-store-not-closed-cleanly = она не была закрыта как следует, а копию для проверки сделать не удаётся: { $problem }
err-store-no-database = там нет базы данных
err-store-cannot-copy = не удаётся скопировать её для спасения данных: { $problem }
err-explain-disk-full = диск заполнен; освободите место и попробуйте снова
err-explain-damaged = база данных { $path } повреждена; сохраните то, что ещё читается: `sprout --db { $path } --salvage export -o rescue.json`, или восстановите последнюю выгрузку: `sprout --db НОВАЯ import backup.json`
err-explain-unreadable = база данных повреждена: часть её не читается; сохраните то, что ещё читается: `sprout --salvage export -o rescue.json` (с тем же --db), или восстановите последнюю выгрузку
err-explain-codec = база данных повреждена: запись в ней не читается; сохраните то, что ещё читается: `sprout --salvage export -o rescue.json` (с тем же --db), или восстановите последнюю выгрузку
err-explain-output = не удаётся записать вывод: { $problem }
# A change refused because someone changed the idea first (src/store/conflict.rs)
conflict-someone-else = кто-то другой
conflict-removed = #{ $id } удалил(а) { $who }
conflict-created = #{ $id } первым создал(а) { $who }
conflict-changed = #{ $id } изменил(а) { $who }
conflict-fields = { $fields }
conflict-at = в { $when }
conflict-not-saved = это изменение не сохранено
# PostgreSQL (src/store/postgres)
err-pg-not-a-url = это не URL PostgreSQL: { $problem }
err-pg-certificate = TLS-сертификат сервера не принят ({ $reason }): укажите сертификат, которым он подписан, параметром sslrootcert=ФАЙЛ в URL (или положите его в ~/.postgresql/root.crt)
err-pg-certificate-unverified = его не удалось проверить
err-pg-password-missing = сервер требует пароль; укажите его в PGPASSWORD или в файле паролей (~/.pgpass или PGPASSFILE)
err-pg-tls-only = сервер принимает только соединения TLS: укажите sslmode=require (или verify-full) в URL
err-pg-may-not-read = этой роли нельзя читать (или, в пустой базе, создавать) таблицы sprout; попросите владельца базы выполнить GRANT sprout_reader (или sprout_officer) TO для неё
err-pg-older-schema = в ней схема sprout { $found }, а этой версии sprout нужна схема { $current }: её владелец должен один раз открыть её этой версией, которая обновит схему (сохранив всё)
err-pg-owner-only = создавать и выдавать роли может только владелец базы данных (или суперпользователь)
err-pg-sslmode = sslmode '{ $mode }' — не одно из disable, allow, prefer, require, verify-ca, verify-full
err-pg-needs-root-cert = для sslmode={ $mode } нужен корневой сертификат сервера: укажите sslrootcert=ФАЙЛ в URL или положите его в ~/.postgresql/root.crt
err-pg-cannot-read-cert = не удаётся прочитать корневой сертификат { $path }: { $problem }
err-pg-not-pem = корневой сертификат { $path } — не сертификат PEM: { $problem }
err-pg-cannot-set-up-tls = не удаётся настроить TLS: { $problem }
err-pg-pgpass-not-plain = файл паролей { $name } — не обычный файл
err-pg-pgpass-open = файл паролей { $name } доступен группе или всем и поэтому не учтён; сделайте его u=rw (chmod 0600 { $name })
# The name of a user nothing names (src/store/actor.rs FALLBACK), as shown
actor-local-user = локальный пользователь
# A change refused for a clash with someone else's (src/tui/clash_words.rs;
# English says what ideas::Clashes says)
clash-changed-by = #{ $id }: изменил(а) { $who }; ваше изменение не сохранено
clash-changed-text = #{ $id }: { $who } изменил(а) поле «{ $field }» { $ago }
clash-set = #{ $id }: { $who } изменил(а) поле «{ $field }» на «{ $theirs }» { $ago }
clash-yours-not-saved = ; ваше изменение не сохранено
clash-yours-value-not-saved = ; ваше («{ $mine }») не сохранено
clash-more-not-saved = {" "}(и ещё { $count } { $count ->
    [one] поле
    [few] поля
   *[many] полей
}); ваше изменение не сохранено
clash-none = пусто
clash-ago-seconds = { $n } с назад
clash-ago-minutes = { $n } мин назад
clash-ago-hours = { $n } ч назад
clash-ago-days = { $n } дн. назад
# Help's section on the query language (src/tui/view/help_query.rs)
ui-help-query-title = Язык запросов ({ $key } — ввести запрос; имена работают на обоих языках)
ui-help-query-words-label = слова
ui-help-query-words = ищутся в тексте идей: вода казань
ui-help-query-field = сужает выбор, по полному имени или однозначному началу: сектор:здоровье стадия:пилот регион:казань (sector:health stage:pilot region:kazan)
ui-help-query-operators = не, любое из, сравнение: !стадия:отказ метка:вода,колодцы оценка:>=4 сумма:<500000 создана:<30д
ui-help-query-fields-label = поля
ui-help-query-sectors-label = секторы
ui-help-query-stages-label = стадии
ui-help-query-more = `sprout help query` перечисляет все поля, значения и сравнения.

## The config file's problems: config-problem-* (lead)
config-problem-theme = неизвестная тема '{ $theme }' (темы: { $themes })
config-problem-theme-quotes = нужно имя темы в кавычках
config-problem-user = нужно ваше имя в кавычках, не длиннее 100 символов
config-unreadable = { $name }: не удалось прочитать: { $problem }
config-problem-language = неизвестный язык '{ $language }' (языки: en, ru)
config-problem-language-quotes = нужен язык в кавычках: "en" или "ru"
config-problem-db = нужна база данных в кавычках: каталог или адрес postgres://
config-problem-setting = неизвестная настройка (настройки: theme, db, user, language, [colors], [defaults], [keys.…], [synonyms.…])
config-problem-colour-name = неизвестный цвет (их перечисляет `sprout config --default`)
config-problem-colour = '{ $text }' — не цвет (имя, например red, lightblue или darkgray; #rrggbb; или 0-255)
config-problem-colour-quotes = нужен цвет в кавычках
config-problem-one-of = нужно одно из: { $names }
config-problem-bool = нужно true или false
config-problem-format-quotes = нужен формат в кавычках
config-problem-format = '{ $format }' — не формат даты (элементы strftime, например %Y-%m-%d %H:%M)
config-problem-days = нужно целое число дней, от 1 до 3650
config-problem-default = неизвестная настройка по умолчанию (есть: sort, sidebar, date_format, stale_days)
config-problem-mode = неизвестный режим (режимы: { $modes })
config-problem-action = неизвестное действие в режиме { $mode } (их перечисляет `sprout config --default`)
config-problem-keys-quotes = нужны клавиши в кавычках
config-problem-key-quotes = нужна клавиша в кавычках или список клавиш
config-problem-text-key = '{ $key }' нельзя назначить там, где вводится текст: возьмите клавишу с Ctrl или именованную, например Enter или F2
config-problem-key-space = пробел пишется как Space
config-problem-key-empty = клавиша не указана
config-problem-key-too-many = '{ $key }': не больше двух клавиш подряд
config-problem-key-unknown = '{ $key }' — не клавиша (символ, Ctrl-x или одна из: { $names }, F1…F12)
config-problem-table = нужна таблица
config-problem-vocabulary = неизвестный словарь (синонимы можно задать для: { $names })
config-problem-name-quotes = нужно имя в кавычках

## Notes on the config file's keys (lead)
ui-rebind-overlaps = { $path }: '{ $key }' не назначена: она пересекается с '{ $other }' действия { $action }
ui-rebind-no-key-left = { $path }: не осталось ни одной клавиши; назначьте другую

# Status lines of the UI that were still English (src/tui)
ui-still-loading = идеи ещё загружаются; изменения станут возможны через миг
ui-disk-full-short = диск заполнен: освободите место и повторите
ui-search-unreadable = поиск не смог прочитать базу данных
ui-similar-unreadable = похожие идеи не удалось прочитать из базы данных
ui-view-renamed = вид «{ $old }» переименован в «{ $new }»
ui-view-deleted = вид «{ $name }» удалён
ui-view-saved = вид «{ $name }» сохранён: { $query }
ui-view-saved-sorted = вид «{ $name }» сохранён: { $query }, порядок: { $sort }
ui-view-taken = этот запрос уже сохранён как вид «{ $name }»
ui-view-rename-where = наведите курсор на вид, чтобы переименовать его
ui-view-delete-where = наведите курсор на вид, чтобы удалить его
ui-no-views = сохранённых видов нет: { $key } сохранит запрос как вид
ui-view-shown = вид: { $name } ({ $query })
ui-step-added = добавлена #{ $id }
ui-step-edited = изменена #{ $id }
ui-similar-shown = идеи, похожие на #{ $id }, сначала самые похожие · { $search }, затем { $clear } — все идеи
ui-editor-cannot-run = не удаётся запустить редактор: { $problem }
ui-editor-terminal-back = не удаётся вернуть терминал: { $problem }
ui-editor-exited = редактор «{ $editor }» завершился с кодом { $status }; ничего не изменено
ui-editor-cannot-start = не удаётся запустить редактор «{ $editor }»: { $problem }
ui-offline = ✗ связь потеряна, переподключение… ничего не сохраняется, пока она не вернётся ({ $problem })
# A review in an idea's history (src/i18n/history.rs)
history-review = { $who }: { $scores } · уверенность { $confidence }
# The external editor's text of an idea: its comment lines (src/tui/edit.rs)
ui-editor-header = Правка идеи #{ $id }. По одной строке `поле: значение` (имена полей — английские, как ниже); описание — после первой пустой строки.
    Строки, начинающиеся с #, не читаются. Сохраните и закройте редактор, чтобы применить; пустое название отменяет правку.

## section: i18n-cli
## The command line's own words (src/cli/localised.rs): each command's and
## argument's help by its path (cli-help-COMMAND, cli-help-COMMAND--ARG,
## cli-help-COMMAND-after), the value names that are words (cli-value-NAME)
## and clap's headings. English shows clap's derive; these English texts
## are its words, kept the same by a test, for translators.
cli-heading-usage = Использование:
cli-heading-options = Параметры
cli-heading-arguments = Аргументы
cli-heading-commands = Команды
cli-usage-options = [ПАРАМЕТРЫ]
cli-flag-help = Показать справку
cli-flag-help-more = Показать справку (подробнее: --help)
cli-flag-help-summary = Показать справку (кратко: -h)
cli-flag-version = Показать версию
cli-note-default = [по умолчанию: { $value }]
cli-note-values = [варианты: { $values }]
cli-value-amount = СУММА
cli-value-assignee = ОТВЕТСТВЕННЫЙ
cli-value-barrier = БАРЬЕР
cli-value-column = СТОЛБЕЦ
cli-value-combine = СПОСОБ
cli-value-command = КОМАНДА
cli-value-comment = КОММЕНТАРИЙ
cli-value-count = ЧИСЛО
cli-value-db = БАЗА
cli-value-dir = КАТАЛОГ
cli-value-field = ПОЛЕ
cli-value-file = ФАЙЛ
cli-value-format = ФОРМАТ
cli-value-funder = ГРАНТОДАТЕЛЬ
cli-value-id = НОМЕР
cli-value-key = КЛЮЧ
cli-value-label = НАЗВАНИЕ
cli-value-lang = ЯЗЫК
cli-value-limit = ЧИСЛО
cli-value-name = ИМЯ
cli-value-names = ИМЕНА
cli-value-new-name = НОВОЕ_ИМЯ
cli-value-org = ВИД
cli-value-path = ПУТЬ
cli-value-percent = ПРОЦЕНТ
cli-value-proposer = ЗАЯВИТЕЛЬ
cli-value-query = ЗАПРОС
cli-value-region = РЕГИОН
cli-value-reviewer = ЭКСПЕРТ
cli-value-score = БАЛЛ
cli-value-sector = СЕКТОР
cli-value-seed = ЗЕРНО
cli-value-shell = ОБОЛОЧКА
cli-value-sort = ПОРЯДОК
cli-value-stage = СТАДИЯ
cli-value-sub = ПОДКОМАНДА
cli-value-summary = ОПИСАНИЕ
cli-value-tag = МЕТКА
cli-value-text = ТЕКСТ
cli-value-title = НАЗВАНИЕ
cli-value-topic = ТЕМА
cli-value-what = ЧТО
cli-help-sprout = Отбор идей социальных проектов в терминале
cli-help-sprout-long =
    Отбор идей социальных проектов в терминале.

    Без команды sprout открывает свой экранный интерфейс на базе данных.
cli-help-sprout-after =
    Примеры:
      sprout --demo                      интерфейс на 500 примерах идей
      sprout demo --count 500            добавить примеры идей в свою базу
      sprout list 'вода стадия:новая'    найти идеи (`sprout help query` объясняет запросы)
      sprout set 12 --sector edu --stage review

    База данных — --db, иначе $SPROUT_DB, иначе db = "…" в файле настроек,
    иначе ~/.local/share/sprout/db. Адрес postgres:// открывает общую базу
    PostgreSQL команды (пароль из PGPASSWORD или ~/.pgpass; TLS — ?sslmode=).
    Настройки, цвета и клавиши: `sprout config --default` печатает файл настроек.
cli-help-sprout--db = База данных: каталог или адрес postgres:// [по умолчанию: $SPROUT_DB, иначе db в файле настроек, иначе каталог данных системы]
cli-help-sprout--demo = Открыть интерфейс на временной базе с 500 примерами идей
cli-help-sprout--salvage = Всё же прочитать повреждённую базу (только list, show, stats, export), чтобы спасти то, что ещё читается
cli-help-sprout--config = Файл настроек [по умолчанию: $SPROUT_CONFIG, иначе ~/.config/sprout/config.toml]
cli-help-sprout--lang = Язык sprout на этот запуск, en или ru: слова на экранах, даты и сроки [по умолчанию: language в файле настроек, иначе локаль (LC_ALL, LC_MESSAGES, LANG), иначе en]
cli-help-add = Добавить одну идею и напечатать её номер
cli-help-add-after =
    Пример:
      sprout add --title 'Социальное такси для колясочников' --sector disparities \
        --region 'Пермский край' --tag транспорт --barrier funding --amount 450000
cli-help-add--title = Идея в нескольких словах
cli-help-add--summary = Что это, в одном-двух предложениях
cli-help-add--sector = Сектор (подойдёт однозначное начало: edu)
cli-help-add--stage = Стадия [по умолчанию: new]
cli-help-add--region = Регион, как его пишут люди
cli-help-add--proposer = Кто предлагает: человек или организация
cli-help-add--org = Вид организации
cli-help-add--tags = Метка; повторяется для каждой
cli-help-add--barriers = Барьер, с которым сталкивается идея; повторяется для каждого
cli-help-add--funder = Грантодатель: кто финансирует или у кого просят
cli-help-add--amount = Запрошенная сумма, в рублях
cli-help-list = Показать идеи, подходящие под запрос, лучшие совпадения первыми
cli-help-list-after =
    Примеры:
      sprout list                           все идеи, недавно изменённые первыми
      sprout list вода                      нечёткий поиск
      sprout list 'сектор:образование стадия:пилот оценка:>=4'
      sprout list 'регион:татар' --format csv > tatarstan.csv
      sprout list --sort created --limit 20
cli-help-list--query = Запрос, например 'вода сектор:здоровье стадия:новая' (`sprout help query`)
cli-help-list--view = Взять запрос сохранённого вида (вместе с ЗАПРОСОМ должны выполняться оба)
cli-help-list--format = Как напечатать идеи
cli-help-list--sort = Порядок, когда в запросе нет нечётких слов [по умолчанию: вида, иначе updated]
cli-help-list--limit = Напечатать не больше N идей
cli-help-list--archived = Включить архивные идеи
cli-help-show = Показать одну идею с заметками и историей
cli-help-show-after =
    Пример:
      sprout show 42
      sprout show 42 --format json
cli-help-show--id = Идея (42 или #42)
cli-help-show--format = Как её напечатать
cli-help-set = Изменить одну или несколько идей (изменение записывается в их историю)
cli-help-set-after =
    Примеры:
      sprout set 42 --sector health --stage review
      sprout set 3 4 5 --stage declined --reason budget
      sprout set 42 --score 4 --assignee anna --add-tag пожилые
      sprout set 42 --archive
cli-help-set--ids = Идеи, которые изменить (42 или #42); если их несколько, меняется каждая
cli-help-set--sector = Новый сектор (подойдёт однозначное начало: edu)
cli-help-set--stage = Новая стадия (подойдёт однозначное начало)
cli-help-set--reason = Почему принято решение о стадии: ключ из `sprout reasons`, подходящий к нему (отказа или одобрения); 'none' убирает. Новая стадия без причины убирает прежнюю
cli-help-set--score = От 1 до 5, или 'none', чтобы убрать
cli-help-set--assignee = Ответственный эксперт; 'me' — вы (как assignee:me в запросе); '' убирает
cli-help-set--add-tags = Добавить метку; повторяется для каждой
cli-help-set--remove-tags = Убрать метку; повторяется для каждой
cli-help-set--add-barriers = Добавить барьер; повторяется для каждого
cli-help-set--remove-barriers = Убрать барьер; повторяется для каждого
cli-help-set--archive = В архив: скрыта из списков, пока о ней не спросят, хранится целиком
cli-help-set--restore = Вернуть идею из архива
cli-help-set--overwrite = Где кто-то другой изменил то же поле после того, как оно было прочитано, записать ваше поверх (иначе ваше отклоняется, а чужое остаётся)
cli-help-set--duplicate-of = Отметить как дубликат идеи N (отказ; в карточке N она будет указана)
cli-help-set--not-duplicate = Не дубликат идеи N: эта пара больше не отмечается
cli-help-note = Добавить заметку к идее
cli-help-note-after =
    Пример:
      sprout note 42 'Позвонил заявителю; бюджет нужно расписать'
cli-help-note--id = Идея (42 или #42)
cli-help-note--text = Текст заметки
cli-help-import = Добавить идеи из файла CSV, JSON, JSONL или таблицы (все или ни одной)
cli-help-import-after =
    Примеры:
      sprout import ideas.csv
      sprout import backup.json --dry-run
      sprout import new.jsonl --skip-invalid
      cat ideas.csv | sprout import - --format csv
      sprout import form.csv --map 'Ваша идея в одном предложении=summary' --save-map webform --dry-run
      sprout import next-form.csv --mapping webform
      sprout import regions.xlsx --sheet 'Заявки' --date-format %d/%m/%Y

    CSV: первая строка называет столбцы (в любом порядке); обязательно только
    title; метки и барьеры разделяются ';'. Запись с уже занятым номером
    пропускается (--update её перезаписывает); запись со свободным номером его
    сохраняет. Таблицы (.xlsx, .xls, .ods) читаются как CSV: первая строка
    называет столбцы. Заголовки узнаются по-русски и по-английски (Название
    проекта, Project name…); --dry-run показывает, куда идёт каждый столбец.
cli-help-import--file = Файл для чтения; '-' читает стандартный ввод
cli-help-import--format = [по умолчанию: по имени файла, иначе по содержимому]
cli-help-import--dry-run = Проверить файл и сказать, что произойдёт, ничего не записывая
cli-help-import--skip-invalid = Загрузить верные записи и перечислить неверные
cli-help-import--update = Перезаписать идеи, чей номер уже есть
cli-help-import--map = Направить столбец в поле, например --map 'Ваш проект?=title' (или =ignore); повторяется
cli-help-import--key = Собственный столбец-ключ файла, например --key 'Номер заявки': хранится как исходный номер идеи, и повторно загруженная запись находится по нему
cli-help-import--mapping = Расставить столбцы по сопоставлению, сохранённому с --save-map (--map важнее его)
cli-help-import--save-map = Сохранить, куда пошли столбцы, под именем ИМЯ — для --mapping ИМЯ
cli-help-import--date-format = Как читать даты вроде 11/12/2026: %d/%m/%Y или %m/%d/%Y
cli-help-import--sheet = Какой лист таблицы читать [по умолчанию: первый]
cli-help-export = Выгрузить идеи в CSV, JSON или JSONL (и архивные; JSON хранит и виды)
cli-help-export-after =
    Примеры:
      sprout export -o backup.json
      sprout export 'стадия:пилот' --format csv -o pilots.csv
      sprout export --format jsonl | gzip > ideas.jsonl.gz
cli-help-export--query = Запрос (`sprout help query`); без него — все идеи
cli-help-export--view = Взять запрос сохранённого вида (вместе с ЗАПРОСОМ должны выполняться оба)
cli-help-export--format = [по умолчанию: по имени файла -o, иначе json]
cli-help-export--output = Файл для записи; '-' или без него — стандартный вывод
cli-help-stats = Посчитать идеи по секторам, стадиям, организациям, барьерам и регионам
cli-help-stats-after =
    Примеры:
      sprout stats
      sprout stats 'регион:татар'
      sprout stats --format json
cli-help-stats--query = Запрос (`sprout help query`); без него — все идеи не из архива
cli-help-stats--view = Взять запрос сохранённого вида (вместе с ЗАПРОСОМ должны выполняться оба)
cli-help-stats--format = Как напечатать цифры
cli-help-demo = Добавить правдоподобные выдуманные идеи (чтобы попробовать sprout)
cli-help-demo-after =
    Пример:
      sprout demo --count 10000 --seed 1
cli-help-demo--count = Сколько идей добавить
cli-help-demo--seed = Одно и то же зерно даёт одни и те же идеи
cli-help-demo--duplicates = Сделать ПРОЦЕНТ идей (не больше 50) почти копиями других: опечатки, переставленные предложения, другая сумма или заявитель
cli-help-views = Показать, сохранить, переименовать и удалить сохранённые виды (имя и запрос)
cli-help-views-after =
    Примеры:
      sprout views                           все виды с запросами и числом идей
      sprout views save 'Пилоты здравоохранения' 'сектор:здоровье стадия:пилот'
      sprout views save 'Лучшие первыми' 'стадия:рассмотрение' --sort score
      sprout views rename 'Пилоты здравоохранения' 'Пилоты · здоровье'
      sprout views delete Входящие
      sprout list --view Входящие            взять вид (вместе с запросом должны выполняться оба)
cli-help-views-list = Все виды с запросом и числом идей в каждом (по умолчанию)
cli-help-views-save = Сохранить запрос под именем (`sprout help query` объясняет запросы)
cli-help-views-save--name = Имя вида
cli-help-views-save--query = Запрос, который показывает вид (`sprout help query`)
cli-help-views-save--sort = Порядок идей вида (иначе порядок самого списка)
cli-help-views-rename = Переименовать вид
cli-help-views-rename--name = Нынешнее имя вида
cli-help-views-rename--new-name = Его новое имя
cli-help-views-delete = Удалить вид
cli-help-views-delete--name = Имя вида
cli-help-review = Оценить идею: балл по каждому критерию рубрики, уверенность и комментарий
cli-help-review-after =
    Примеры:
      sprout review 42 --score relevance=4 --score impact=5 --score feasibility=3 \
          --score sustainability=2 --score team=4 --confidence 2 --comment 'Сильная команда, слабый бюджет'
      sprout review 42 --score team=3        изменить один балл своей оценки
      sprout review 42 --as boris --score relevance=2 ...   (sled) записать оценку члена комиссии

    Одна оценка от эксперта на идею: новая оценка меняет вашу (неуказанные баллы
    сохраняются), а история помнит, какой она была. Критерии и их шкалы — из
    `sprout rubric`; оценка хранит версию рубрики, по которой сделана.
    Уверенность: 1 не уверен, 2 скорее уверен, 3 уверен. Эксперт — вы: роль
    PostgreSQL, иначе user в файле настроек, иначе $USER; на sled --as ИМЯ
    записывает оценку под именем другого эксперта (изменение всё равно ваше).
cli-help-review--id = Оцениваемая идея (42 или #42)
cli-help-review--scores = Балл по критерию, ИМЯ=N (критерии и шкалы — в `sprout rubric`); повторяется для каждого
cli-help-review--confidence = Насколько вы уверены: 1 не уверен, 2 скорее уверен, 3 уверен
cli-help-review--comment = Почему — в одном-двух предложениях
cli-help-review--reviewer = На sled: записать оценку под именем этого эксперта
cli-help-rubric = Показать рубрику, по которой ставятся баллы, или загрузить изменённую (новая версия)
cli-help-rubric-after =
    Примеры:
      sprout rubric                          критерии сейчас, с весами и шкалами
      sprout rubric --toml > rubric.toml     файлом для правки
      sprout rubric --set rubric.toml        загрузить его: новая версия рубрики
      sprout rubric --history                все версии, когда и кем
      sprout rubric --at 1 --toml            прежняя версия

    В новой базе пять критериев с баллами 1-5 и равными весами: relevance,
    impact, feasibility, sustainability и team. Изменение создаёт новую
    версию; оценки хранят версию, по которой сделаны.
cli-help-rubric--set = Загрузить рубрику из этого файла TOML (`-` читает стандартный ввод) в том виде, как пишет `--toml`; она станет следующей версией
cli-help-rubric--toml = Напечатать рубрику файлом TOML, чтобы поправить и загрузить с --set
cli-help-rubric--history = Перечислить все версии рубрики: когда, кем, с какими критериями
cli-help-rubric--at = Показать версию N рубрики вместо нынешней
cli-help-panel = Показать или изменить, как оценки комиссии дают балл идеи, и слепую экспертизу
cli-help-panel-after =
    Примеры:
      sprout panel                           настройки сейчас
      sprout panel --combine median          балл идеи — медиана итогов её оценок
      sprout panel --normalise on            итоги каждого эксперта нормируются по его же оценкам
      sprout panel --blind on                эксперт видит чужие оценки только после своей

    В новой базе: среднее, без нормировки, не слепая. Смена способа сложения
    баллов меняет порядок списка; `show` говорит, как получен балл идеи.
cli-help-panel--combine = Балл идеи: среднее или медиана итогов её оценок
cli-help-panel--normalise = Сначала нормировать итоги каждого эксперта по его же оценкам
cli-help-panel--blind = Слепая экспертиза: эксперт видит чужие оценки идеи только после своей
cli-help-assign = Честно распределить идеи между экспертами: нагрузка ровная, конфликт интересов соблюдается
cli-help-assign-after =
    Примеры:
      sprout assign 'стадия:рассмотрение' --reviewers anna,boris,olga --per-idea 2 --dry-run
      sprout assign 'стадия:рассмотрение' --reviewers anna,boris,olga --per-idea 2
      sprout assign 'сектор:здоровье' --reviewers me,anna --per-idea 1 --yes
      sprout assign --undo                   отменить своё последнее распределение

    Каждая найденная идея получает экспертов, пока их не станет --per-idea: уже
    назначенные остаются и засчитываются. Нагрузка эксперта — найденные идеи,
    которые он оценивает, и прежние тоже; нагрузки расходятся не больше чем на
    одну, если этого не делает невозможным конфликт интересов (`sprout
    conflicts`) или прежнее распределение, и идея никогда не достаётся эксперту
    с конфликтом по ней. Сначала показывается план (эксперты каждой идеи,
    нагрузка каждого эксперта, обойдённые конфликты), и он применяется одним
    изменением, когда вы ответите y; если стандартный ввод не терминал, укажите
    --yes. Идеи, которым не хватает экспертов, называются, и план применяется,
    только если вы всё равно его подтвердите. `panel:ИМЯ` находит идеи,
    назначенные эксперту. --undo отменяет ваше последнее распределение, которое
    ещё действует: его идеи теряют добавленных им экспертов (добавленные позже
    остаются); повторно — отменяет предыдущее.
cli-help-assign--query = Идеи, которым нужны эксперты, запросом (`sprout help query`); '' — все идеи
cli-help-assign--view = Взять запрос сохранённого вида (вместе с ЗАПРОСОМ должны выполняться оба)
cli-help-assign--reviewers = Эксперты, между которыми делятся идеи, через запятую ('me' — вы)
cli-help-assign--per-idea = Сколько экспертов должно быть у каждой идеи, уже назначенные в счёт
cli-help-assign--dry-run = Показать план и ничего не менять
cli-help-assign--yes = Применить план, не спрашивая (нужно, когда стандартный ввод не терминал)
cli-help-assign--archived = Включить архивные идеи
cli-help-assign--undo = Отменить ваше последнее распределение: его идеи получают прежних экспертов
cli-help-conflicts = Показать, заявить и снять конфликты интересов экспертов
cli-help-conflicts-after =
    Примеры:
      sprout conflicts                                   все заявленные конфликты, по номерам
      sprout conflicts add anna --org 'Зелёный город'    anna не оценивает ничего от «Зелёного города»
      sprout conflicts add boris --proposer 'Иван Петров' --region 'Пермский край'
      sprout conflicts remove 2                          по номеру в списке
      sprout conflicts remove anna --org 'Зелёный город'

    Сравнение не замечает регистр, пробелы и знаки вроде кавычек. --proposer
    находит идеи, чей заявитель назван ровно так; --org — идеи, в имени
    заявителя которых среди слов есть эта организация (в sprout заявитель — это
    название организации: --org 'Зелёный город' находит 'АНО «Зелёный город»' и
    'Фонд Зелёный город'); --region находит идеи ровно этого региона.
    `sprout assign` никогда не даёт эксперту идею, по которой у него конфликт.
cli-help-conflicts-list = Перечислить заявленные конфликты по номерам (то же, что без действия)
cli-help-conflicts-add = Заявить конфликт интересов эксперта
cli-help-conflicts-add--reviewer = Эксперт, как его называет `sprout assign --reviewers`
cli-help-conflicts-add--proposer = Эксперт не должен оценивать идеи, чей заявитель назван ровно так
cli-help-conflicts-add--org = … идеи, в имени заявителя которых есть эта организация (её слова по порядку)
cli-help-conflicts-add--region = … идеи из этого региона (ровно)
cli-help-conflicts-remove = Снять конфликт: по номеру в списке или по эксперту и предмету конфликта
cli-help-conflicts-remove--what = N, как его нумерует `sprout conflicts`, или имя эксперта (с --proposer, --org или --region)
cli-help-conflicts-remove--proposer = Эксперт не должен оценивать идеи, чей заявитель назван ровно так
cli-help-conflicts-remove--org = … идеи, в имени заявителя которых есть эта организация (её слова по порядку)
cli-help-conflicts-remove--region = … идеи из этого региона (ровно)
cli-help-reasons = Показать, добавить и убрать причины отказа или одобрения
cli-help-reasons-after =
    Примеры:
      sprout reasons                         причины и решения, к которым они подходят
      sprout reasons add no-team 'Пока нет команды' --for decline
      sprout reasons remove duplicate        больше не предлагается; решения её сохраняют
      sprout set 42 --stage declined --reason budget

    В новой базе шесть причин: out-of-scope, budget, unsustainable и duplicate
    для отказов (стадия declined), strong-fit и mentoring для одобрений
    (incubation, pilot, scaling, sustainable). Предлагается не больше 9 каждого
    рода — клавиши 1-9 в меню интерфейса. Убранная причина больше не
    предлагается, но идеи, решённые с ней, её сохраняют (reason:КЛЮЧ их
    находит); если снова добавить её ключ, она вернётся.
cli-help-reasons--all = Перечислить и убранные причины (они хранятся ради решений, принятых с ними)
cli-help-reasons-list = Перечислить причины: сначала отказов, потом одобрений
cli-help-reasons-list--all = Перечислить и убранные причины
cli-help-reasons-add = Добавить причину (или вернуть убранную)
cli-help-reasons-add-after =
    Пример:
      sprout reasons add no-team 'Пока нет команды' --for decline
cli-help-reasons-add--key = Короткое слово строчными латинскими буквами, пишется после --reason: no-team
cli-help-reasons-add--label = Что она говорит, в нескольких словах: 'Пока нет команды'
cli-help-reasons-add--fits = К каким решениям она относится: decline (стадия declined) или accept (incubation, pilot, scaling, sustainable)
cli-help-reasons-remove = Больше не предлагать причину; решённые с ней идеи её сохраняют
cli-help-reasons-remove--key = Ключ причины
cli-help-report = Подготовить материалы для совета: ранжированный короткий список с оценками, цифрами и диаграммами
cli-help-report-after =
    Примеры:
      sprout report 'стадия:рассмотрение' -o board.html   одна самодостаточная страница для печати или отправки
      sprout report 'стадия:рассмотрение' --anonymous -o board.html
      sprout report 'сектор:здоровье' --format markdown > board.md

    Короткий список упорядочен по итоговому баллу (среднее взвешенных итогов
    оценок), ещё не оценённые идеи в конце; итог и комментарий каждого эксперта,
    разброс, таблица сектор × стадия, причины отказов и диаграммы воронки стадий,
    секторов и баллов. Цифры те же, что у `sprout stats ЗАПРОС`. На странице нет
    скриптов, она ничего не загружает и печатается на A4. --anonymous убирает
    заявителей, контакты и имена экспертов (Эксперт 1, 2, ...).
cli-help-report--query = Идеи для материалов (`sprout help query`); без запроса — все идеи не из архива
cli-help-report--view = Взять запрос сохранённого вида (вместе с ЗАПРОСОМ должны выполняться оба)
cli-help-report--format = [по умолчанию: markdown для файла .md, иначе html с -o, иначе markdown]
cli-help-report--output = Файл для записи; '-' или без него — стандартный вывод
cli-help-report--anonymous = Убрать заявителей, контакты (e-mail, телефон, сайт), имена экспертов (Эксперт 1, 2, …) и имя сотрудника
cli-help-letters = Написать по письму на идею по шаблону: решение, причина и балл
cli-help-letters-after =
    Примеры:
      sprout letters 'стадия:отказ' --template examples/letters/decline.txt -o letters/
      sprout letters 'стадия:пилот' --template accept.txt -o letters/ --dry-run

    Каждое письмо называется по номеру и названию идеи (42-social-taxi.txt).
    Все письма готовятся прежде, чем пишется хоть одно: ошибка шаблона,
    например несуществующее поле, называет строку шаблона, и ничего не
    пишется. Письмо, которое уже есть в каталоге, сохраняется, если не указан
    --force.

    Поля, доступные шаблону (minijinja, как Jinja2: {"{"}{"{"} idea.title {"}"}{"}"},
    {"{"}% if score %{"}"}...{"{"}% endif %{"}"}); имя не из этого списка — ошибка:
      idea.id idea.title idea.summary idea.proposer idea.email idea.phone
      idea.website idea.region idea.sector (название) idea.sector_name
      idea.organisation idea.funder idea.amount (число или none)
      idea.amount_text (450 000 ₽ или '') idea.tags (список) idea.created (дата)
      stage (new, review, pilot, scaling, sustainable, declined)
      decision (название стадии: Отказ, Пилот...)
      reason (ключ причины решения, '' если её нет) reason_label (её название)
      score (итоговый балл, 1-5 с двумя знаками, или none)
      score_text (3,60 из 5 или 'нет оценки') reviews (сколько оценок)
      officer (вы: роль PostgreSQL, иначе user в файле настроек, иначе $USER)
      date (сегодня, 2026-12-01)
cli-help-letters--query = Идеи, которым писать (`sprout help query`), например 'стадия:отказ'
cli-help-letters--view = Взять и запрос сохранённого вида (должны выполняться оба)
cli-help-letters--template = Шаблон письма (minijinja; поля перечислены ниже)
cli-help-letters--output = Каталог для писем (создаётся, если его нет)
cli-help-letters--force = Перезаписать письма, которые уже есть в каталоге (иначе ничего не пишется)
cli-help-letters--dry-run = Проверить шаблон на каждой идее и перечислить файлы, ничего не записывая
cli-help-copy = Скопировать всю базу в новую, пустую: sled или PostgreSQL, в любую сторону
cli-help-copy-after =
    Примеры:
      sprout copy --from ~/.local/share/sprout/db --to postgres://olga@db.example.org/sprout
      sprout copy --from postgres://olga@db.example.org/sprout --to ./sprout-backup

    Копируются идеи с заметками и историей, виды, все версии рубрики, причины
    решений, номера и счётчик номеров; --db не используется. База назначения,
    в которой есть свои идеи или виды, отклоняется, и в неё ничего не пишется.
cli-help-copy--from = Какую базу копировать: каталог или адрес postgres://
cli-help-copy--to = Куда копировать: новый каталог или пустая база PostgreSQL
cli-help-admin = Подготовить общую базу PostgreSQL команды (`sprout admin roles`)
cli-help-admin-roles = Создать роли sprout_officer (может менять идеи) и sprout_reader (может только читать) и выдать им права на базу PostgreSQL из --db
cli-help-admin-roles-after =
    Пример:
      sprout --db postgres://owner@db.example.org/sprout admin roles

    Запускайте от имени владельца базы; повторный запуск безвреден. Команда
    выполняет sql/roles.sql из репозитория sprout, его можно выполнить и через
    psql. Затем сделайте каждого участника ролью для входа в одной из двух, в psql:
      CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;
      CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;
cli-help-config = Напечатать файл настроек по умолчанию, сказать, откуда он читается, или проверить его
cli-help-config-after =
    Примеры:
      sprout config --default > ~/.config/sprout/config.toml
      sprout config --check

    Файл настроек — --config, иначе $SPROUT_CONFIG, иначе
    ~/.config/sprout/config.toml (каталог настроек системы).
cli-help-config--default = Напечатать файл настроек с комментариями и всеми параметрами по умолчанию
cli-help-config--path = Напечатать путь к файлу настроек, который читает sprout
cli-help-config--check = Проверить файл настроек и сообщить обо всех ошибках (код выхода 1, если они есть)
cli-help-completions = Напечатать дополнения для оболочки
cli-help-completions-after =
    Пример:
      sprout completions bash > ~/.local/share/bash-completion/completions/sprout
cli-help-completions--shell = Оболочка, для которой дополнения
cli-help-help = Показать справку: по sprout, по команде или по языку запросов (`sprout help query`)
cli-help-help-after =
    Примеры:
      sprout help query                  как написать запрос
      sprout help list
      sprout help views save
cli-help-help--topic = `query` или команда
cli-help-help--sub = Подкоманда этой команды (`sprout help views save`)
# What the parser refused, one line each (src/cli/refusal.rs). English
# shows clap's own words; these are their English for translators.
cli-refused-no-value = для '{ $arg }' нужно значение, а его нет
cli-refused-value = недопустимое значение '{ $value }' для '{ $arg }'
cli-refused-valid = { $line } (варианты: { $values })
cli-refused-argument = неизвестный параметр '{ $arg }'
cli-refused-command = неизвестная команда '{ $command }'
cli-refused-missing = не указаны обязательные аргументы: { $args }
cli-refused-no-command = после '{ $command }' нужна команда: { $commands }
cli-refused-conflict = '{ $arg }' нельзя указывать вместе с '{ $other }'
cli-refused-twice = '{ $arg }' можно указать только один раз
cli-refused-no-equals = значение '{ $arg }' пишется через знак '='
cli-refused-too-many = лишнее значение '{ $value }' для '{ $arg }'
cli-refused-count = для '{ $arg }' нужно значений: { $count }
cli-refused-utf8 = в аргументах есть текст не в кодировке UTF-8
cli-refused-other = командную строку не удалось прочитать; `sprout --help` говорит, что она принимает
cli-refused-suggest = { $line }; может быть, '{ $suggestion }'?
cli-refused-as-value = { $line } (чтобы передать его как значение, пишите '-- { $arg }')
cli-help-no-such-command = у `{ $command }` нет команды '{ $name }'; `{ $command } --help` перечисляет их
cli-refused-not-a-number = не целое число
cli-refused-number-too-big = слишком большое число
cli-refused-range = { $value } — вне диапазона { $range }
# The command line's refusals and notes (src/cli)
cli-err-roles-need-postgres = роли есть только у PostgreSQL: укажите --db postgres://ВЛАДЕЛЕЦ@СЕРВЕР/БАЗА (у базы sled один пользователь)
cli-err-per-idea-zero = --per-idea 0 никому ничего не даёт: укажите, сколько экспертов должно быть у каждой идеи
cli-err-reviewer-too-long = --reviewers: имя длиннее { $most } символов
cli-err-no-reviewers = в --reviewers никто не назван: перечислите имена через запятую, например anna,boris,olga
cli-err-not-a-terminal = не применено: стандартный ввод не терминал, спросить негде; укажите --yes, чтобы применить план (или --dry-run, чтобы только посмотреть его)
cli-err-no-conflict-declared = конфликта { $number } нет: ни один не заявлен
cli-err-no-conflict = конфликта { $number } нет (есть с 1 по { $count }; `sprout conflicts` их перечисляет)
cli-err-conflict-remove-what = conflicts remove '{ $what }': укажите номер, который показывает `sprout conflicts`, или эксперта с --proposer, --org или --region
cli-err-conflict-not-there = у { $who } нет конфликта { $what } (`sprout conflicts` их перечисляет): ничего не снято
cli-err-copy-same = --from и --to — одна и та же база ({ $db }); копируйте в новую
cli-err-copy-no-source = по адресу { $db } базы нет (--from)
cli-copy-has-ideas = { $count ->
    [one] в ней { $count } идея
    [few] в ней { $count } идеи
   *[other] в ней { $count } идей
}
cli-copy-has-ids = она уже выдавала номера (её идеи удалены)
cli-copy-has-views = в ней есть свои виды
cli-copy-has-rubric = в ней есть своя рубрика
cli-copy-has-conflicts = в ней есть свои конфликты интересов
cli-copy-has-reasons = в ней есть свои причины
cli-err-copy-not-empty = { $db } не пуста: { $why }; копируйте только в новую базу (ничего не записано)
cli-err-duplicate-self = { $flag } { $other }: идею нельзя поставить в пару с ней самой
cli-err-duplicate-circle = { $flag } { $other }: #{ $other } отмечена дубликатом #{ $id }; сначала снимите эту отметку (sprout set { $other } --not-duplicate { $id })
cli-err-nothing-to-change = менять нечего: укажите --sector, --stage, --reason, --score, --assignee, --add-tag, --remove-tag, --add-barrier, --remove-barrier, --archive, --restore, --duplicate-of или --not-duplicate
cli-err-clash = { $clash }; ничего не изменено (--overwrite запишет ваше поверх чужого)
cli-err-note = заметка: { $problem }
cli-err-note-empty = заметка пуста
cli-err-no-config-dir = в этой системе нет каталога настроек для сохранённых сопоставлений; укажите --config ПУТЬ
cli-err-template-not-utf8 = { $name }: шаблон — не текст UTF-8
cli-err-letter-exists = { $more ->
    [0] { $name } уже есть: --force перезапишет; ничего не записано
   *[other] { $name } уже есть (и ещё { $more }): --force перезапишет; ничего не записано
}
cli-err-cannot-write-nothing = не удалось записать { $name }: { $problem }; ничего не записано
cli-err-cannot-write = не удалось записать { $name }: { $problem }
cli-err-cannot-create = не удалось создать { $name }: { $problem }
cli-letters-at-line = , строка { $line }
cli-letters-no-field = поля '{ $field }' нет (`sprout letters --help` их перечисляет)
cli-letters-no-such-field = поле, которого нет (`sprout letters --help` их перечисляет)
cli-letters-in-letter = {" "}(в письме для #{ $id })
cli-err-template = { $name }{ $at }: { $what }{ $on }; ничего не записано
cli-err-reason = --reason: { $problem }; ничего не изменено
cli-err-reason-exists = причина '{ $key }' уже есть ({ $label }, для { $fits }); ничего не сохранено
cli-err-reasons-full = причин для { $fits } уже { $most } — столько, сколько клавиш 1-9 в интерфейсе; сначала уберите одну (ничего не сохранено)
cli-err-reason-removed = причина '{ $key }' уже убрана (sprout reasons --all её покажет)
cli-err-reason-unknown = неизвестная причина '{ $key }' (причины: { $known })
cli-err-review-as-on-postgres = --as — для одного сотрудника, записывающего оценки комиссии на sled; в PostgreSQL каждый эксперт оценивает под своей ролью
cli-err-review-nothing = оценивать нечем: укажите --score ИМЯ=N для каждого критерия (`sprout rubric` их перечисляет), --confidence и --comment
cli-err-review-refused = #{ $id }: { $problem }; ничего не сохранено
cli-err-score-form = --score '{ $value }': нужно ИМЯ=N, например impact=4
cli-err-score-outside = --score '{ $value }': { $number } вне всех шкал (`sprout rubric` показывает шкалу каждого критерия)
cli-err-rubric-no-version = у рубрики нет версии { $version } (есть с 1 по { $newest })
cli-err-rubric-unreadable = { $name }: не удалось прочитать: { $problem }
cli-err-rubric-refused = { $name }: { $problem }; ничего не сохранено
cli-err-sheet = --sheet: { $name } — не таблица (.xlsx, .xls или .ods)
cli-err-map-not-columns = --map, --mapping и --save-map расставляют столбцы файлов CSV и таблиц; { $name } — { $format }
cli-err-key-not-columns = --key называет столбец файла CSV или таблицы; { $name } — { $format }, его записи несут свой ключ в source_id
cli-err-no-home = не найден домашний каталог для базы; укажите --db ПУТЬ
cli-err-ui-needs-terminal = экранному интерфейсу нужен терминал; в скриптах используйте команду (см. `sprout --help`)
cli-err-salvage-reads = --salvage только читает: используйте его с list, show, stats или export
cli-err-salvage-postgres = --salvage читает повреждённый каталог sled; базу PostgreSQL открывайте без него
cli-err-saved-anyway = { $problem }; само изменение сохранено
cli-view-saved = вид '{ $name }' сохранён: { $query }
cli-view-saved-sorted = вид '{ $name }' сохранён: { $query }, порядок { $sort }
cli-warning-config = предупреждение: настройки: { $problem }
cli-mapping-saved = сопоставление сохранено как '{ $name }' в { $path } (его возьмёт --mapping { $word })
cli-config-note = sprout: настройки: { $problem }
cli-import-reasons = { $dry ->
    [yes] будет взято
   *[no] взято
} причин: { $count }
cli-import-rubric-current = {" "}({ $dry ->
    [yes] оценки будут делаться по версии { $version }
   *[no] оценки теперь делаются по версии { $version }
})
cli-import-rubric = { $dry ->
    [yes] будет добавлена
   *[no] добавлена
} версия рубрики { $version }{ $current }
cli-import-rubrics = { $dry ->
    [yes] будут добавлены
   *[no] добавлены
} версии рубрики { $versions }{ $current }
cli-import-views = { $what ->
    [would-restore] будет восстановлено
    [would-add] будет добавлено
    [restored] восстановлено
   *[added] добавлено
} видов: { $count }
cli-import-views-kept = видов с теми же именами оставлено как были: { $count }
cli-import-conflicts = { $dry ->
    [yes] будет добавлено
   *[no] добавлено
} конфликтов интересов: { $count }
cli-import-look-alike = похожих на другие идеи: { $count } (is:duplicate их перечислит)
cli-import-joined-at = строка { $line }: { $fields }
cli-import-joined-more = ещё строк: { $count }
cli-import-joined = однострочных полей собрано в одну строку: { $count } ({ $places })
cli-import-unknown-field = предупреждение: { $name }: неизвестное поле '{ $field }' пропущено
cli-import-skipped = пропущено: { $name }: { $problem }
cli-import-looks-like = { $name }: строка { $line }: похожа на #{ $id } ({ $score })
cli-progress-checking = проверка
cli-progress-importing = импорт
cli-progress-exporting = экспорт
cli-progress-reading = чтение
cli-progress-copying = копирование
cli-progress-total = { $done } из { $total } идей · { $rate } · осталось { $left }
cli-progress-count = идей: { $done } · { $rate }
cli-progress-rate = { $rate }/с
cli-progress-left = осталось { $left }
cli-progress-seconds = { $count } с
cli-progress-minutes = { $count } мин
cli-progress-hours = { $hours } ч { $minutes } мин
cli-and = и
cli-letters-not-scored = нет оценки
cli-letters-score = { $score } из 5
cli-err-not-column-field = '{ $value }' — не СТОЛБЕЦ=ПОЛЕ, например 'Название проекта=title'
cli-err-unknown-language = неизвестный язык (языки: en, ru)
cli-letters-wrote = { $count ->
    [one] записано { $count } письмо
    [few] записано { $count } письма
   *[other] записано { $count } писем
} в { $dir }
cli-reason-idea-is = #{ $id } — { $stage }: { $problem }
# Problems of a file being imported (src/transfer)
transfer-csv-after-quote = текст после закрывающей кавычки ячейки; возьмите в кавычки всю ячейку
transfer-csv-open-quote = кавычка, открывающая эту ячейку, не закрыта; закройте её (кавычка внутри ячейки в кавычках пишется "")
transfer-csv-header = строка 1: не удалось прочитать заголовок CSV: { $problem }
transfer-csv-row = не удалось прочитать строку CSV: { $problem }
transfer-cannot-read = не удалось прочитать файл
transfer-not-an-export = не выгрузка sprout (объект с "ideas" и "views"): { $problem }
transfer-not-an-array = не массив идей JSON: { $problem }
transfer-cannot-read-because = не удалось прочитать файл: { $problem }
transfer-not-an-idea = ожидался объект идеи, а здесь { $found }
transfer-invalid-json = неверный JSON: { $problem }
transfer-id-twice = { $id } уже встречается в строке { $first }
transfer-ends-inside-value = файл кончается внутри значения, которое начинается в строке { $line }
transfer-ends-before-value = файл кончается там, где ожидалось значение
transfer-not-utf8 = файл — не текст в UTF-8
transfer-ends-inside-list = файл кончается внутри списка (нет закрывающей ']')
transfer-trailing = лишние символы после конца ('{ $found }')
transfer-kind-list = список
transfer-kind-object = объект
transfer-kind-bool = true или false
transfer-kind-number = число
transfer-kind-string = строка
cli-letters-none = запрос не находит ни одной идеи: писем нет
cli-letters-would-write = { $count ->
    [one] будет записано { $count } письмо
    [few] будет записано { $count } письма
   *[other] будет записано { $count } писем
} (пробный запуск: ничего не записано)
cli-import-panel-kept = предупреждение: настройки комиссии в файле не такие, как в этой базе: оставлены настройки базы (`sprout panel`)
cli-import-reasons-kept = предупреждение: { $count ->
    [one] причина { $keys } в файле не такая
   *[other] причины { $keys } в файле не такие
}, как в этой базе: оставлены причины базы (`sprout reasons --all`)
cli-import-rubric-renumbered = версия рубрики { $file } из файла — это версия { $ours } этой базы (её оценки ссылаются на { $ours })
# `sprout help query` (src/cli/query_help.rs): English shows its TEXT, kept the same by a test
cli-query-help =
    Запрос отбирает идеи. Его принимают `list`, `export`, `stats` и сохранённые
    виды, а строка запроса в интерфейсе (`/`) читает тот же язык.

    Условия разделяются пробелами, и выполняться должно каждое. Регистр не
    важен, ё читается как е. Значение с пробелами берётся в кавычки:
    фонд:"наше будущее".

    Слова
      вода            нечёткое совпадение с названием, заявителем, регионом, метками
                      и грантодателем или слово описания, которое с него начинается
                      (ниже в списке)
      'социальное такси
                      точный текст этих полей
      ^чистая         название начинается с этого
      !москва         идеи, которые не подходят; ! отрицает и любое другое условие

    Поля
      sector:edu  stage:pilot  org:non  barrier:fund
                      сектор, стадия, вид организации или барьер идеи; подходит
                      любое однозначное начало имени, а список через запятую
                      значит любое из них: stage:pilot,scaling
      region:tatar  tag:youth  assignee:anna  funder:fund  proposer:ivan  title:taxi
                      поле содержит этот текст
      score:>=4  score:>=3.5  amount:<500k
                      сравнения < <= = >= >; суммы понимают k и m (300k, 2m);
                      оценка идеи — итоговый балл комиссии, когда у неё есть
                      отзывы (показывается 4.2), иначе быстрая оценка
                      (показывается 4); сравнивается с одним знаком, как в списке
      reviews:<2  reviews:0
                      сколько у неё отзывов
      reviewer:anna  reviewer:me
                      оценена тем, чьё имя это содержит; me — вы
      is:contested    итоги экспертов расходятся на 2 балла или больше
      created:>=2026-11-01  created:<30d  updated:>2w
                      даты: день (UTC) или возраст в днях (d) или неделях (w);
                      created:<30d — поступила за последние 30 дней, updated:>2w —
                      не менялась больше двух недель
      assignee:none  region:none
                      поле пусто (также tag, funder и proposer);
                      !assignee:anna — все идеи, не назначенные anna
      assignee:me     назначена вам: ваша роль PostgreSQL, а в своей базе — user
                      из файла настроек, иначе $USER, иначе "local user"
                      (локальный пользователь);
                      `set ID --assignee me` назначает вам
      is:archived  is:marked  is:stale
                      архивные идеи скрыты, если условие о них не спрашивает;
                      stale — больше 30 дней на стадии new или review (дни задаёт
                      stale_days в разделе [defaults] файла настроек)
      is:duplicate    у неё есть вероятная почти копия (текст почти как у другой),
                      которую никто не отметил «не дубликат», или она отмечена
                      дубликатом
      При слепой экспертизе (`sprout panel --blind on`) идея, которую вы ещё
      не оценили, не показывает вам отзывов: ни балла комиссии, ни экспертов.
      similar:42      идеи, чей текст почти как у #42, самые похожие первыми
      panel:anna  panel:me  panel:none
                      anna (вас; никого) просят её оценить (`sprout assign`);
                      имя целиком, без учёта регистра и пробелов;
                      panel:anna,boris — кого-то из них
      reviewer:anna  reviewer:me
                      у неё есть отзыв anna (ваш)
      reason:budget  reason:none
                      причина, с которой принято решение: начало её ключа или
                      слова её названия (`sprout reasons` их перечисляет), список
                      через запятую — любая; none — идеи без причины
      #42  id:42      одна идея по её номеру

    Имена (подходит любое однозначное начало: edu, dis, inc)
    { $names }

    По-русски (годится любой язык, на каком бы ни говорил sprout)
      У каждого поля и имени есть русское название, начала и списки — как выше:
      сектор:обр стадия:пилот,инк ст:отк это:спорная ответственный:я регион:нет
      создана:<30д обновлена:>2н (дни д, недели н); я — это me, нет — none.
    { $russian }
      это      архивная спорная дубликат отмеченная застрявшая

    Порядок
      С нечёткими словами лучшее совпадение идёт первым; иначе решает
      `list --sort` (updated, created, title, score, stage, id).

    Примеры
      sprout list вода
      sprout list 'сектор:обр стадия:пилот оценка:>=4'
      sprout list 'регион:татар !стадия:отказ' --format csv > tatarstan.csv
      sprout export 'stage:pilot,scaling' -o pilots.json
      sprout stats 'barrier:funding amount:>1m'
      sprout list 'stage:declined reason:budget'
      sprout list 'стадия:пилот сектор:обр оценка:>=4'
      sprout views save 'Пилоты здравоохранения' 'сектор:здоровье стадия:пилот'

    Условие, которое не удаётся прочитать, — ошибка с этим условием, например
      ошибка: в условии запроса 'цвет:красный': неизвестное поле 'цвет' …
cli-admin-roles-ready =
    роли готовы в базе { $name }:
      sprout_officer  может менять идеи, заметки и виды
      sprout_reader   может смотреть, искать, выгружать и видеть статистику; изменения отклоняются
    Добавить участника (в psql, от имени владельца):
      CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;
      CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;
      GRANT sprout_reader TO auditor;   -- роль, которая уже есть

## Why a review cannot be made: err-review-* (lead)
err-review-name-control = в имени рецензента '{ $name }' есть управляющий символ или смена направления текста
err-review-name-empty = имя рецензента пустое
err-review-no-criterion = в рубрике (версия { $version }) нет критерия '{ $name }' (критерии: { $criteria })
err-review-out-of-range = у критерия «{ $criterion }» баллы { $min }-{ $max }; { $value } вне диапазона
err-review-scored-twice = критерий «{ $criterion }» оценён дважды
err-review-confidence = уверенность { $value } вне диапазона: 1 (не уверен), 2 (скорее уверен) или 3 (уверен)
err-review-rubric-changed = рецензия { $who } сделана по рубрике версии { $was }, а сейчас рубрика версии { $now }: оцените заново каждый критерий;{" "}
err-review-not-scored = не оценено: { $criteria } (--score ИМЯ=N для каждого)
err-review-needs-confidence = рецензии нужна уверенность: --confidence 1, 2 или 3
err-review-comment-too-long = комментарий длиннее { $most } символов

## section: i18n-last
# Saved views' refusals (src/views.rs, src/i18n/errors.rs)
err-view-name-empty = имя вида пустое
err-view-name-too-long = имя вида длиннее { $most } символов
err-view-query = вид '{ $name }': { $problem }
err-view-taken = вид с именем '{ $name }' уже есть
err-view-none-at-all = вида с именем '{ $name }' нет (видов нет; сохраните вид: `sprout views save ИМЯ ЗАПРОС`)
err-view-not-found = вида с именем '{ $name }' нет (виды: { $views })
ui-view-not-saved = { $problem }; вид не сохранён
# The JSON sub-errors of sprout's own export sections (src/transfer/json_*.rs)
err-json-reviews-not-list = ожидался список рецензий
err-json-review-twice = вторая рецензия от { $name }; от каждого рецензента одна
err-json-review-not-object = ожидалась рецензия (объект)
err-json-unknown-field = неизвестное поле '{ $name }' (поля: { $fields })
err-json-text-control = в '{ $text }' есть управляющий символ или знак смены направления
err-json-review-by = ожидалось имя рецензента
err-json-review-rubric = ожидалась версия рубрики (1, 2, …)
err-json-review-scores = ожидался список пар [критерий, оценка]
err-json-criterion-control = в критерии '{ $name }' есть управляющий символ или знак смены направления
err-json-review-not-score = { $name }: { $value } — не оценка (целое число по шкале критерия, от 0 до 100)
err-json-review-no-scores = рецензия без оценок
err-json-review-confidence = ожидалось 1 (не уверен), 2 (скорее уверен) или 3 (уверен)
err-json-expected-text = ожидался текст
err-json-longer-than = длиннее { $most } символов
err-json-expected-time = ожидалось время вида 2026-11-26T12:00:00Z
err-json-view-sort = неизвестный порядок '{ $sort }' (порядки: { $sorts })
err-json-view-field = вид '{ $name }'
# A record's problems an import names (src/transfer/record.rs)
err-import-id-too-large = '{ $value }' — слишком большой номер идеи (не больше { $most })
err-import-given-twice = указано дважды, как '{ $first }' и как '{ $second }'; оставьте одно
err-import-title-missing = обязательно и не указано
err-import-not-yes-no = '{ $value }' — не «да» и не «нет» (yes или no)
err-import-columns-same-field = строка { $line }: столбцы { $first } и { $second } оба идут в { $field }; оставьте один (--map '{ $header }=ignore')
err-import-no-title-column = строка { $line }: ни один столбец не стал названием (строка заголовков называет столбцы; --map 'Столбец=title' говорит, какой из них)
err-import-columns-same-header = строка { $line }: у столбцов { $first } и { $second } одинаковый заголовок; переименуйте или уберите один
err-json-reason-lower-case = ключ должен быть строчными буквами
err-json-there-twice = встречается дважды
err-json-rubrics-not-list = ожидался список версий рубрики
err-json-rubric-version = версия { $version }: { $problem }
err-json-rubric-default = версия 1 — рубрика по умолчанию, её не хранят

## What a reason is for, in the reasons table (lead)
cli-reasons-fit-decline = отказ
cli-reasons-fit-accept = принятие

## Why a reason cannot be made: err-reason-* (lead)
err-reason-no-label = у причины '{ $key }' нет названия
err-reason-label-too-long = название причины '{ $key }' длиннее { $most } символов
err-reason-key-empty = ключ причины пустой
err-reason-key-too-long = ключ '{ $key }' длиннее { $most } символов
err-reason-key-not-a-word = ключ '{ $key }' должен быть словом в нижнем регистре (a-z, 0-9 или -, первая — буква)
err-reason-key-none = ключ 'none' занят: reason:none находит идеи без причины

## An export file's JSON as sprout reads it (lead)
transfer-expected-found = ожидалось { $what }, а стоит '{ $found }'
transfer-ends-where-expected = файл кончается там, где ожидалось { $what }
transfer-expected-after-item = после элемента ожидалось ',' или ']', а стоит '{ $found }'
transfer-colon-after-key = ':' после ключа

## What is wrong with a rubric or a rubric file: err-rubric-* (lead)
err-rubric-name-empty = name: пусто; у критерия должно быть имя
err-rubric-name-control = name: в '{ $name }' есть управляющий символ или смена направления текста
err-rubric-name-too-long = name: '{ $name }' длиннее { $most } символов
err-rubric-name-not-word = name: '{ $name }' должно быть словом в нижнем регистре (a-z, 0-9, _ или -, начиная с буквы)
err-rubric-no-description = description: у '{ $name }' нет описания
err-rubric-description-too-long = description: описание '{ $name }' длиннее { $most } символов
err-rubric-weight = вес '{ $name }' должен быть целым числом от 1 до { $most }
err-rubric-scale = шкала '{ $name }' должна быть МИН-МАКС, МИН меньше МАКС, не больше { $most }
err-rubric-no-criteria = в рубрике нужен хотя бы один критерий
err-rubric-too-many = в рубрике не больше { $most } критериев (дано { $count })
err-rubric-named-twice = критерий '{ $name }' назван дважды
err-rubric-file-line = строка { $line }: { $problem }
err-rubric-file-not-toml = не TOML: { $detail }
err-rubric-file-unknown-key = неизвестный ключ '{ $key }' (в файле рубрики только таблицы [[criterion]])
err-rubric-file-no-table = нет таблицы [[criterion]]: в рубрике нужен хотя бы один критерий
err-rubric-file-not-tables = criterion должен быть таблицами [[criterion]]
err-rubric-file-unknown-field = неизвестное поле '{ $field }' (поля: { $fields })
err-rubric-file-without = у критерия нет поля { $field }
err-rubric-file-expected-text = { $field }: ожидается текст в кавычках
err-rubric-file-weight = weight: ожидается целое число от 1 до { $most }
err-rubric-file-scale = scale: ожидается "МИН-МАКС", например "1-5" (от 0 до { $most })
cli-rubric-toml-header =
    Версия { $version } рубрики этой базы.
    Измените файл и загрузите его: `sprout rubric --set ФАЙЛ`; изменение даёт
    новую версию, а рецензии сохраняют версию, по которой сделаны.
    Не больше { $criteria } критериев, у каждого:
    name: слово в нижнем регистре, до { $name } символов (--score ИМЯ=4);
    description: одна строка, до { $description } символов;
    weight: целое число от 1 до { $weight }, относительно других;
    scale: "МИН-МАКС", наименьший и наибольший балл (от 0 до { $scale }).
err-json-rubric-not-object = ожидалась версия рубрики (объект)
err-json-rubric-version-number = ожидалось целое число от 2
err-json-rubric-criteria-not-list = ожидался список критериев
err-json-criterion-not-object = ожидался критерий (объект)
err-json-whole-number = ожидалось целое число от { $low } до { $most }

## serde_json's words for broken JSON (lead)
json-eof-list = текст кончился внутри списка
json-eof-object = текст кончился внутри объекта
json-eof-string = текст кончился внутри строки
json-eof-value = текст кончился там, где ожидалось значение
json-expected-colon = ожидалось `:`
json-expected-comma-or-bracket = ожидалось `,` или `]`
json-expected-comma-or-brace = ожидалось `,` или `{"}"}`
json-expected-ident = ожидалось true, false или null
json-expected-value = ожидалось значение
json-expected-quote = ожидалась `"`
json-invalid-escape = неверная escape-последовательность
json-invalid-number = неверное число
json-number-out-of-range = число вне допустимого диапазона
json-invalid-code-point = неверный код символа Unicode
json-control-character = управляющий символ (\u0000-\u001F) внутри строки
json-key-not-string = ключ должен быть строкой
json-lone-surrogate = одиночный суррогат в escape-последовательности \u
json-trailing-comma = лишняя запятая в конце
json-trailing-characters = лишние символы после значения
json-end-of-hex-escape = escape-последовательность \u оборвалась
json-too-deep = слишком глубокая вложенность
err-import-expected-text = ожидался текст, а здесь { $found }
err-import-expected-number = ожидалось число, а здесь { $found }
err-import-expected-list = ожидался список, а здесь { $found }
err-import-not-whole = '{ $value }' — не целое число
err-import-not-a-list = не список: { $problem }
err-import-extras-expected = ожидался список пар [имя, значение]
err-import-extras-found = { $expected }, а здесь { $found }
err-import-extra-not-text = в '{ $name }' { $found }; в дополнительном поле должен быть текст
err-import-expected-bool = ожидалось true или false, а здесь { $found }
err-coi-value-empty = { $field }: пустое значение
err-coi-reviewer-too-long = имя рецензента длиннее { $most } символов
err-coi-value-too-long = { $field }: значение длиннее { $most } символов
err-json-conflict-number = conflicts: номер { $number }: { $problem }
err-json-key-in-quotes = ожидался ключ в кавычках
transfer-nul-byte = в файле есть байт NUL; похоже, это двоичный файл, а не текст
err-map-not-a-field = '{ $name }' — не поле (поля: { $fields } или { $ignore })
err-map-none-yet = --mapping: нет сохранённого сопоставления '{ $name }' ({ $file } ещё не создан; --save-map ИМЯ сохраняет сопоставление)
err-map-unreadable = { $file }: не удаётся прочитать: { $problem }
err-map-not-toml = { $file }: строка { $line }: не TOML: { $problem }
err-map-not-saved = --mapping: нет сохранённого сопоставления '{ $name }' в { $file } (сохранены: { $saved })
err-map-none = ни одного
err-map-not-table = { $file }: строка { $line }: '{ $name }' должно быть таблицей строк "Столбец" = "поле"
err-map-expected-field = ожидалось имя поля в кавычках
err-map-line = { $file }: строка { $line }: { $problem }
err-map-not-toml-unchanged = { $file }: не TOML, поэтому не изменён: { $problem }
transfer-map-file-header =
    Сопоставления столбцов, сохранённые `sprout import --save-map ИМЯ`; применяются
    с `--mapping ИМЯ`: "Столбец" = "поле" (или "ignore"); столбец, не названный
    здесь, сохраняется как дополнительное поле.
err-synonym-no-letters = в синониме должны быть буквы или цифры
err-synonym-taken = это уже { $kind } '{ $name }'
err-synonym-vocabulary = неизвестный словарь '{ $name }' (синонимы можно задать для: { $tables })

## Why what was typed names no reason for a decision (lead)
err-reason-not-a-decision = стадия «{ $stage }» — не решение, причина к ней не указывается (причину указывают у стадий «Отклонена», «Инкубация», «Пилот», «Масштабирование» и «Устойчивая»)
err-reason-stages-decline = отказа
err-reason-stages-accept = принятия (инкубация, пилот, масштабирование, устойчивая)
err-reason-none-kept = причин для { $stages } нет (sprout reasons add добавит)
err-reason-offered = причины для { $stages }: { $keys }
err-reason-ambiguous = причина '{ $given }' неоднозначна
err-reason-was-removed = причина '{ $key }' убрана
err-reason-for-other = причина '{ $key }' — для { $stages }, а не для стадии «{ $stage }»
err-reason-empty = причина не указана
err-reason-unknown-given = неизвестная причина '{ $given }'
err-reason-not-a-fit = '{ $given }' — не вид решения (можно: decline — отказ, accept — принятие)

## Spreadsheets, columns and the editor's list word (lead)
err-sheet-not-a-spreadsheet = это не таблица, которую sprout умеет читать (.xlsx, .xls или .ods)
err-sheet-no-such-sheet = --sheet: листа '{ $name }' нет (листы: { $sheets })
err-sheet-no-sheets = в книге нет ни одного листа
err-sheet-unreadable = лист '{ $name }': не удалось прочитать: { $problem }
err-import-no-such-column = { $option } '{ $column }': в файле нет столбца '{ $column }' (столбцы: { $columns })
ui-editor-list = через запятую
json-invalid-type = неверный тип: { $found }, а ожидалось { $expected }
json-invalid-value = неверное значение: { $found }, а ожидалось { $expected }
json-invalid-length = неверная длина { $length }, а ожидалось { $expected }
json-missing-field = нет поля «{ $field }»
json-duplicate-field = поле «{ $field }» указано дважды
json-unknown-field = неизвестное поле «{ $field }»
json-unknown-variant = неизвестное значение «{ $value }», а ожидалось одно из: { $expected }
json-part-object = объект
json-part-list = список
json-part-text = текст
json-part-whole-number = целое число
json-part-number = число
json-part-bool = true или false
json-part-null = null
json-part-record = запись
ui-help-query-field-term = поле:значение
transfer-comma-or-brace = ',' или '{"}"}'
err-pg-no-such-host = не удалось подключиться к серверу: такого имени сервера нет (проверьте адрес в URL)
