# sprout's messages in English. Every message here is in ru.ftl too, with
# the same arguments (src/i18n/parity.rs checks it).

ideas-count = { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
}
