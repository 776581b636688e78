# sprout's messages in English. Every message here is in ru.ftl too, with
# the same arguments (src/i18n/parity.rs checks it).
#
# The file has one section per part of sprout; add a message to its own
# section, in both files, so that work on different parts merges cleanly.

## Shared words

ideas-count = { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
}

## Labels of the vocabularies: KIND-NAME (src/i18n/labels.rs)

sector-health = Health & social care
sector-education = Education
sector-disparities = Reducing disparities
sector-employment = Employment
sector-ecology = Ecology
sector-other = Other
sector-unclassified = Unclassified
stage-new = New
stage-review = Review
stage-incubation = Incubation
stage-pilot = Pilot
stage-scaling = Scaling
stage-sustainable = Sustainable
stage-declined = Declined
organisation-kind-nonprofit = Nonprofit
organisation-kind-social-enterprise = Social enterprise
organisation-kind-small-business = Small business
organisation-kind-company = Company
organisation-kind-government = Government
organisation-kind-initiative-group = Initiative group
organisation-kind-unknown = Unknown
barrier-funding = Funding
barrier-regulation = Regulation
barrier-government-support = Government support
barrier-participation = Participation
barrier-infrastructure = Infrastructure

## UI: list, query bar, sidebar, detail, status line, help, welcome (ui-main)

## UI: triage, statistics, dialogs, prompts, forms, reviews (ui-flows)

## Command line: tables, summaries, prompts (cli)

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

err-line = error: { $message }
err-kind-sector = sector
err-kind-stage = stage
err-kind-organisation-kind = organisation kind
err-kind-barrier = barrier
err-name-unknown = unknown { $kind } '{ $input }' (valid: { $valid })
err-name-ambiguous = ambiguous { $kind } '{ $input }' (it could be: { $valid })
err-name-empty = empty { $kind } '{ $input }' (valid: { $valid })
err-bad-value = invalid value '{ $value }' for '{ $arg }': { $problem }
err-amount-not-an-amount = '{ $value }' is not an amount in roubles (such as 450000, 1 500 000, 300k or 1.5M)
err-amount-not-whole = '{ $value }' is not a whole number of roubles
err-amount-too-large = '{ $value }' is too large an amount
err-cli-not-an-id = '{ $value }' is not an idea id (a whole number from 1)
err-cli-date-format = '{ $value }' is not a date format with a day, a month and a year (such as %d/%m/%Y or %m/%d/%Y)
err-db-held-since = , since { $when }
err-io-not-found = No such file or directory
err-io-permission-denied = Permission denied
err-io-is-a-directory = Is a directory
err-not-found = there is no idea #{ $id }
err-db-in-use = database { $path } is in use by another sprout process{ $holder }
err-db-newer-schema = database was written by a newer sprout (schema { $found }, this one reads up to { $known }); upgrade sprout to open it
err-db-open = cannot open database { $path }: { $problem }
err-db-read-only = { $role } may only read this database: nothing was changed (to make changes, ask its owner to GRANT sprout_officer TO { $role })
err-pg-refused = { $problem }
err-db-lost = lost the connection to the database server ({ $problem })
err-query-whole = the query { $problem }
err-query-term = in query term '{ $term }': { $problem }
err-query-too-long = is { $chars } characters long; at most { $most } are allowed
err-query-too-many-terms = has { $terms } terms; at most { $most } are allowed
err-query-open-quote = a quote is not closed
err-query-nothing-after-not = nothing follows '!'
err-query-nothing-to-match = nothing to match follows
err-query-needs-value = { $field }: needs a value
err-query-unknown-field = unknown field '{ $field }' (fields: { $fields })
err-query-not-an-id = '{ $value }' is not an idea id
err-query-unknown-state = unknown state '{ $value }' (valid: archived, contested, duplicate, marked, stale)
err-query-not-a-when = '{ $value }' is not a date such as >=2026-11-01 or an age such as <30d
err-query-not-a-score = '{ $value }' is not a score comparison such as >=4 or >=3.5
err-query-score-range = score is 1 to 5, not { $value }
err-query-not-a-comparison = '{ $value }' is not a comparison such as >=4 or <500000
err-query-amount = { $problem } to compare with
err-import-invalid = { $count ->
    [one] { $count } invalid record; nothing was imported (--skip-invalid imports the valid ones)
   *[other] { $count } invalid records; nothing was imported (--skip-invalid imports the valid ones)
}
err-import-line = line { $line }
err-import-line-column = line { $line }, column { $column }
err-cannot-read = cannot read { $name }: { $problem }
err-date-not-in-format = '{ $value }' is not a date in --date-format { $format } (nor such as 2026-11-24 or 24.11.2026)
err-date-not-a-date = '{ $value }' is not a date (such as 2026-11-24, 2026-11-24 10:12:03, 24.11.2026 or an Excel day number)
err-date-ambiguous = '{ $value }' could be { $first } or { $second }; say which with --date-format %d/%m/%Y or %m/%d/%Y
err-config-line = line { $line }: { $path }: { $problem }
err-config-toml = line { $line }: not valid TOML: { $problem }
err-config-problems = { $count ->
    [one] { $count } problem in the config file; sprout would start with the defaults
   *[other] { $count } problems in the config file; sprout would start with the defaults
}

## Board pack and letters (report)
