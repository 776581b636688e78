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
report-title = Board pack
report-shortlist = Shortlist
report-shortlist-order = Best combined score first; ideas not yet scored last.
report-funnel = Stage funnel
report-funnel-note = Ideas in each stage or a later one (declined left out).
report-sectors = Sectors
report-scores = Combined scores
report-sector-stage = Sector by stage
report-declines = Why ideas were declined
report-pipeline = The pipeline

# Labels of the default reasons and rubric criteria (src/i18n/defaults.rs),
# shown while a database still has them as they came.
reason-out-of-scope = Out of scope
reason-budget = Budget unclear
reason-unsustainable = Not sustainable
reason-duplicate = Duplicate
reason-strong-fit = Strong fit
reason-mentoring = Needs mentoring
criterion-relevance = relevance
criterion-relevance-description = Answers a real need of its sector and the people it serves
criterion-impact = impact
criterion-impact-description = Social impact: how many lives it changes, how deeply, how lastingly
criterion-feasibility = feasibility
criterion-feasibility-description = Can be done with the plan, time and means it describes
criterion-sustainability = sustainability
criterion-sustainability-description = Financially sustainable: how it keeps going after the grant
criterion-team = team
criterion-team-description = The team has the skills, roots and commitment to deliver it
