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

## Board pack and letters (report)
