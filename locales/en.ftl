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

panelfin-assign-ask-reviewers = Reviewers for { $whom } (names, commas between)
panelfin-assign-ask-per-idea = Reviewers per idea for { $whom } (of { $count })
panelfin-assign-title = Assign reviewers
panelfin-assign-summary = { $ideas ->
    [one] 1 idea
   *[other] { $ideas } ideas
}, { $per } per idea, among { $reviewers }: { $added ->
    [one] 1 assignment
   *[other] { $added } assignments
} to add
panelfin-assign-col-reviewer = Reviewer
panelfin-assign-col-had = Had
panelfin-assign-col-added = Added
panelfin-assign-col-load = Load
panelfin-assign-uneven = Loads are { $lo } to { $hi }: conflicts of interest or earlier assignments leave no fairer plan.
panelfin-assign-conflicts = Conflicts of interest avoided ({ $count }):
panelfin-assign-short = { $count ->
    [one] 1 idea gets
   *[other] { $count } ideas get
} fewer reviewers than asked:
panelfin-assign-short-line = #{ $id } gets { $has } of { $per }
panelfin-assign-more = … and { $count } more
panelfin-assign-apply = Apply the plan? {"{"}browse.undo{"}"} undoes it afterwards, as one step.
panelfin-assign-nothing = nothing to assign: each idea has its reviewers already
panelfin-assign-nothing-short = nothing to assign: no reviewer given is free for the { $count ->
    [one] idea
   *[other] { $count } ideas
} still short
panelfin-assign-saved = reviewers assigned: { $added } to { $ideas ->
    [one] 1 idea
   *[other] { $ideas } ideas
}
panelfin-assign-bad-per-idea = reviewers per idea: give a whole number from 1, such as 2
panelfin-assign-no-reviewers = no reviewer named: give names separated by commas, such as anna, boris
panelfin-assign-name-too-long = a reviewer's name is longer than { $max } characters
panelfin-assign-failed = { $error }; nothing assigned
panelfin-stats-why-declined = Why declined (by reason and sector)
panelfin-stats-why-accepted = Why accepted (incubation or later)
panelfin-stats-ideas = ideas
panelfin-stats-no-reason = (no reason)

## Error messages (errors)

## Board pack and letters (report)
