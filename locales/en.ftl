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

# list: the table's headers and what an empty list says
cli-list-empty = no ideas yet: add one with `sprout add --title …`, `sprout import FILE` or `sprout demo`
cli-list-no-match = no ideas match; try fewer terms, or --archived
cli-list-id = ID
cli-list-title = TITLE
cli-list-score = SCORE
cli-list-sector = SECTOR
cli-list-stage = STAGE
cli-list-region = REGION
cli-list-updated = UPDATED

# show: the labels of an idea's lines and its sections
cli-show-sector = sector
cli-show-stage = stage
cli-show-proposer = proposer
cli-show-organisation = organisation
cli-show-region = region
cli-show-funder = funder
cli-show-amount = amount
cli-show-score = score
cli-show-assignee = assignee
cli-show-tags = tags
cli-show-barriers = barriers
cli-show-created = created
cli-show-updated = updated
cli-show-email = e-mail
cli-show-phone = phone
cli-show-website = website
cli-show-source-id = source id
cli-show-reason = reason
cli-show-duplicate-of = duplicate of
cli-show-not-duplicate-of = not dup. of
cli-show-reviewers = reviewers
cli-show-archived = archived
cli-show-yes = yes
cli-show-summary = Summary
cli-show-extras = Extra fields
cli-show-notes = Notes
cli-show-history = History

# History entries name the field changed (src/cli/words.rs)
cli-field-title = title
cli-field-summary = summary
cli-field-proposer = proposer
cli-field-org = org
cli-field-region = region
cli-field-funder = funder
cli-field-email = email
cli-field-phone = phone
cli-field-website = website
cli-field-amount = amount
cli-field-tags = tags
cli-field-barriers = barriers
cli-field-sector = sector
cli-field-stage = stage
cli-field-score = score
cli-field-assignee = assignee
cli-field-archived = archived
cli-field-review = review
cli-field-reason = reason
cli-field-reviewers = reviewers
cli-history-summary-changed = summary changed

# show: the panel's reviews of an idea; `sprout review`
cli-reviews = Reviews
cli-reviews-one = { $normalised ->
    [yes] 1 review, normalised per reviewer
   *[no] 1 review
}
cli-reviews-combined-of = { $how } of { $count } reviews{ $normalised ->
    [yes] , normalised per reviewer
   *[no] {""}
}, spread { $spread }
cli-reviews-contested = ; contested: totals 2 or more apart
cli-reviews-combined = combined { $score } of 5 ({ $of }{ $contested })
cli-review-line = total { $total }  confidence { $confidence }  rubric { $rubric }
cli-review-unchanged = no change: { $who }'s review of #{ $id } is already as given
cli-review-saved = { $changed ->
    [yes] changed
   *[no] added
} { $who }'s review of #{ $id }: total { $total } of 5 (rubric version { $version })

# stats: section titles, notes and column headers
cli-stats-pipeline = Pipeline: { $ideas }
cli-stats-ideas = IDEAS
cli-stats-sector = Sector
cli-stats-stage = Stage
cli-stats-stage-column = STAGE
cli-stats-funnel = Funnel
cli-stats-funnel-note = Funnel: ideas now in each stage, and in it or any later one (declined left out)
cli-stats-now = NOW
cli-stats-reached = REACHED
cli-stats-on-to-next = ON TO NEXT %
cli-stats-sector-by-stage = Sector by stage
cli-stats-sector-by-stage-corner = SECTOR \ STAGE
cli-stats-waiting = Waiting
cli-stats-waiting-note = Waiting: days in the current stage (from the history, else since creation)
cli-stats-median-days = MEDIAN DAYS
cli-stats-over-days = OVER { $days } DAYS
cli-stats-intake = Intake
cli-stats-intake-note = Intake: ideas received per week (weeks start on Monday, UTC), the last 12 weeks
cli-stats-week-of = WEEK OF
cli-stats-barrier = Barrier
cli-stats-top-regions = Top regions
cli-stats-organisation = Organisation
cli-stats-unscored = unscored
cli-stats-contested = contested
cli-stats-scores = Scores
cli-stats-scores-note = Scores: ideas by the panel's combined score (see `sprout panel`); contested: totals 2 or more apart
cli-stats-score = SCORE
cli-stats-reviewers = Reviewers
cli-stats-reviewers-note = Reviewers: reviews of these ideas and their mean total (1-5, as given)
cli-stats-reviewer = REVIEWER
cli-stats-reviews = REVIEWS
cli-stats-mean-total = MEAN TOTAL
cli-stats-reason = REASON
cli-stats-why-declined = Why declined
cli-stats-why-declined-note = Why declined: the ideas declined, by the reason given and by sector
cli-stats-why-accepted = Why accepted
cli-stats-why-accepted-note = Why accepted: the ideas in incubation or later, by the reason given and by sector
cli-stats-no-reason = (no reason)
# Sectors and stages where a table has many columns: English shows the
# names; Russian abbreviates its labels (src/cli/words.rs, short_value)
cli-short-sector-health = health
cli-short-sector-education = education
cli-short-sector-disparities = disparities
cli-short-sector-employment = employment
cli-short-sector-ecology = ecology
cli-short-sector-other = other
cli-short-sector-unclassified = unclassified
cli-short-stage-new = new
cli-short-stage-review = review
cli-short-stage-incubation = incubation
cli-short-stage-pilot = pilot
cli-short-stage-scaling = scaling
cli-short-stage-sustainable = sustainable
cli-short-stage-declined = declined

# set, note, demo
cli-set-unchanged = no change: { $ids } already as asked
cli-set-updated = updated { $ids }
cli-note-added = added a note to #{ $id }
cli-demo-added = added { $count } demo ideas (#{ $first }–#{ $last }){ $copies ->
    [0] {""}
   *[other] , { $copies } of them near-copies of others
}
cli-demo-none = added no ideas (--count 0)

# views
cli-view-renamed = renamed view '{ $old }' to '{ $new }'
cli-view-deleted = deleted view '{ $name }' ({ $query })
cli-views-none = no views yet: save one with `sprout views save NAME QUERY`
cli-views-view = VIEW
cli-views-query = QUERY
cli-views-ideas = IDEAS
cli-views-sort = SORT
cli-views-count = { $count ->
    [one] { $count } view
   *[other] { $count } views
}

# panel
cli-panel-on = on
cli-panel-off = off
cli-panel-mean = an idea's score is the mean of its reviews' totals
cli-panel-median = an idea's score is the median of its reviews' totals
cli-panel-normalised = each reviewer's totals are standardised over their own reviews first
cli-panel-as-given = totals are combined as the reviewers gave them
cli-panel-blind = a reviewer sees the others' reviews of an idea only after their own
cli-panel-open = everyone sees every review
cli-panel-unchanged = the panel's settings are already so; nothing changed

# reasons, rubric, conflicts
cli-reasons-key = KEY
cli-reasons-for = FOR
cli-reasons-label = LABEL
cli-reasons-removed = removed
cli-rubric-default = the default
cli-rubric-made = by { $by }, { $when }
cli-rubric-version = rubric version { $version } ({ $made })
cli-rubric-criterion = CRITERION
cli-rubric-weight = WEIGHT
cli-rubric-scale = SCALE
cli-rubric-description = DESCRIPTION
cli-rubric-versions-version = VERSION
cli-rubric-versions-made = MADE
cli-rubric-versions-criteria = CRITERIA
cli-conflicts-none = no conflicts of interest declared: add one with `sprout conflicts add NAME --org …` (or --proposer, --region)
cli-conflicts-by = by { $name }
cli-conflicts-n = N
cli-conflicts-reviewer = REVIEWER
cli-conflicts-conflict = CONFLICT
cli-conflicts-declared = DECLARED

# assign and assign --undo: the plan, the question, the summary
cli-assignments = { $count ->
    [one] { $count } assignment
   *[other] { $count } assignments
}
cli-on-ideas = { $count ->
    [one] on { $count } idea
   *[other] on { $count } ideas
}
cli-dry-run = dry run: nothing was changed
cli-not-applied = not applied: nothing was changed
cli-assign-no-ideas = no ideas match the query: nothing to assign
cli-assign-nothing = nothing to assign: nothing was changed
cli-assign-plan = plan: { $ideas } among { $reviewers ->
    [one] { $reviewers } reviewer
   *[other] { $reviewers } reviewers
}, { $per_idea } per idea: { $assignments } to add
cli-assign-idea = IDEA
cli-assign-title = TITLE
cli-assign-reviewers = REVIEWERS
cli-assign-reviewer = REVIEWER
cli-assign-had = HAD
cli-assign-added = ADDED
cli-assign-load = LOAD
cli-assign-short = { $count } short
cli-assign-uneven = loads are { $lo } to { $hi }: conflicts of interest or earlier assignments leave no fairer plan
cli-assign-avoided = conflicts of interest avoided ({ $count }):
cli-assign-cannot = { $ideas } cannot get { $per_idea } reviewers:
cli-assign-too-few = not enough reviewers were given
cli-assign-barred = a conflict of interest bars { $names }
cli-assign-gets = gets { $has } of { $per_idea }: { $why }
cli-assign-ask-short = { $count ->
    [one] { $count } idea gets
   *[other] { $count } ideas get
} fewer reviewers than asked (above); apply the plan for the others anyway? [y/N]
cli-assign-ask = apply: { $assignments } to { $ideas }? [y/N]
cli-assign-done = assigned: { $assignments } to { $ideas }
cli-undo-none = you have no assignment to take back: nothing was changed
cli-undo-what = { $assignments } { $ideas }, made { $when }
cli-undo-would = would take back { $what }
cli-undo-ask = take back { $what }? [y/N]
cli-undo-not-taken = not taken back: nothing was changed
cli-undo-done = took back { $what }

# set --duplicate-of / --not-duplicate, reasons add/remove, conflicts
# add/remove, rubric --set
cli-marked-duplicate = marked #{ $id } a duplicate of #{ $of } (declined)
cli-marked-not-duplicate = #{ $id } and #{ $not } are not duplicates: never flagged again
cli-pair-unchanged = no change: already as asked
cli-reason-added = { $back ->
    [yes] brought back
   *[no] added
} reason '{ $key }' ({ $label }) for { $fits }s
cli-reason-removed = removed reason '{ $key }' ({ $label }): no longer offered; ideas decided with it keep it (reason:{ $key } finds them)
cli-nothing-saved = nothing was saved
cli-conflict-there = { $who }'s conflict { $conflict } is declared already
cli-conflict-declared = declared: { $who } is not given ideas matching { $conflict } ({ $ideas } now)
cli-conflict-removed = removed: { $who }'s conflict { $conflict }
cli-rubric-unchanged = the rubric is unchanged (version { $version }): nothing was saved
cli-rubric-saved = saved the rubric as version { $version } ({ $count ->
    [one] { $count } criterion
   *[other] { $count } criteria
}: { $names }); reviews made before keep version { $before }

# import, export, copy, salvage
cli-import-added = { $dry ->
    [yes] would add
   *[no] added
} { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
}
cli-import-updated = { $dry ->
    [yes] would update
   *[no] updated
} { $count }
cli-import-unchanged = { $count } unchanged
cli-import-already-there = { $count } already there (--update refreshes them)
cli-import-invalid = skipped { $count ->
    [one] { $count } invalid record
   *[other] { $count } invalid records
}
cli-import-dry-run = dry run: { $parts }; nothing was written
cli-export-done = exported { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
} to { $to }
cli-mapping-column = column
cli-mapping-field = field
cli-mapping-samples = samples
cli-mapping-extra = kept as extra
cli-mapping-ignored = ignored
cli-mapping-empty = (empty)
cli-copy-rubric-versions = { $count ->
    [one] { $count } rubric version
   *[other] { $count } rubric versions
}
cli-copy-done = copied { $ideas }{ $rubric } and { $views } from { $from } to { $to }
cli-salvage-none-lost = salvage: read { $read }; none known to be lost
cli-salvage-lost = salvage: read { $read }; { $lost } could not be read and are not in the output

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

## Board pack and letters (report)
