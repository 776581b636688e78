# Сообщения sprout на русском. Каждое сообщение есть и в en.ftl, с теми
# же аргументами (это проверяет src/i18n/parity.rs).

ideas-count = { $count ->
    [one] { $count } идея
    [few] { $count } идеи
   *[many] { $count } идей
}
