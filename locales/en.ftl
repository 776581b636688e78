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

# An idea's fields as its history names them, and its summary's change.
history-field-title = title
history-field-summary = summary
history-field-proposer = proposer
history-field-org = org
history-field-region = region
history-field-funder = funder
history-field-email = email
history-field-phone = phone
history-field-website = website
history-field-amount = amount
history-field-tags = tags
history-field-barriers = barriers
history-field-sector = sector
history-field-stage = stage
history-field-score = score
history-field-assignee = assignee
history-field-archived = archived
history-field-review = review
history-field-reason = reason
history-field-reviewers = reviewers
history-yes = yes
history-no = no
history-reviewers-unchanged = unchanged
history-summary-changed = summary changed

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

ui-welcome-title = Welcome to sprout
ui-welcome =
    No ideas here yet. Quit ({ $quit }) and run one of:
    {""}
    {"  "}sprout demo --count 500      sample ideas
    {"  "}sprout import ideas.csv      CSV, JSON, Excel
    {"  "}sprout add --title 'Idea'    one by hand
    {""}
    or try it all on a throw-away database:
    {"  "}sprout --demo
    {""}
    { $help } shows every key, { $quit } quits.
ui-no-results-title = No ideas match
ui-no-results =
    Widen the search:
    {"  "}· press { $search } and remove a term, or { $clear } in the query bar to clear it all
    {"  "}· untick a filter in the sidebar ({ $focus } to reach it, { $choose } to untick)
    {"  "}· archived ideas are hidden unless the query says is:archived
ui-too-small = sprout needs a larger window
ui-help-title = {" "}Keys ({ $close } closes){" "}
ui-list-marks = Marks in the list: ● marked · ! waiting too long in new or review · ≈ looks like another idea nobody has settled (the detail's Similar ideas says which; { $duplicate } or { $not_duplicate } settles it; is:duplicate lists them all).
ui-help-mouse = Mouse: click selects a row or ticks a filter; the wheel scrolls.
ui-help-more = {" "}· { $key } more
ui-help-end = {" "}· end
ui-no-key = no key
ui-keys-or = or
ui-position = { $first }–{ $last } of { $total }
ui-still-typing = showing results for the last valid query
ui-search-placeholder = press { $search } to search: taxi, sector:edu, stage:new, region:tatar, score:>=4 …

# The list: its title, column headers, ages
ui-list-title = Ideas · { $shown } of { $total }
ui-list-title-loading = Ideas · { $shown } of the { $total } newest
ui-list-title-searching = Ideas · searching all { $total }
ui-column-title = Title
ui-column-sector = Sector
ui-column-sector-short = Sect
ui-column-stage = Stage
ui-column-stage-short = Stg
ui-column-score = Score
ui-column-assignee = Assignee
ui-column-region = Region
ui-column-age = Age
ui-date-format = %Y-%m-%dT%H:%M:%SZ
ui-age-now = now
ui-age-minutes = { $n }m
ui-age-hours = { $n }h
ui-age-days = { $n }d
ui-age-months = { $n }mo
ui-age-years = { $n }y
# A value as the list and the detail name it (ui-name-KIND-NAME, as
# the query language writes it in English), and in four letters
# (ui-abbr-KIND-NAME) for a narrow list.
ui-name-sector-health = health
ui-name-sector-education = education
ui-name-sector-disparities = disparities
ui-name-sector-employment = employment
ui-name-sector-ecology = ecology
ui-name-sector-other = other
ui-name-sector-unclassified = unclassified
ui-abbr-sector-health = hlth
ui-abbr-sector-education = educ
ui-abbr-sector-disparities = disp
ui-abbr-sector-employment = empl
ui-abbr-sector-ecology = ecol
ui-abbr-sector-other = othr
ui-abbr-sector-unclassified = ----
ui-name-stage-new = new
ui-name-stage-review = review
ui-name-stage-incubation = incubation
ui-name-stage-pilot = pilot
ui-name-stage-scaling = scaling
ui-name-stage-sustainable = sustainable
ui-name-stage-declined = declined
ui-abbr-stage-new = new
ui-abbr-stage-review = revw
ui-abbr-stage-incubation = incb
ui-abbr-stage-pilot = pilt
ui-abbr-stage-scaling = scal
ui-abbr-stage-sustainable = sust
ui-abbr-stage-declined = decl
ui-name-organisation-kind-nonprofit = nonprofit
ui-name-organisation-kind-social-enterprise = social-enterprise
ui-name-organisation-kind-small-business = small-business
ui-name-organisation-kind-company = company
ui-name-organisation-kind-government = government
ui-name-organisation-kind-initiative-group = initiative-group
ui-name-organisation-kind-unknown = unknown
ui-name-barrier-funding = funding
ui-name-barrier-regulation = regulation
ui-name-barrier-government-support = government-support
ui-name-barrier-participation = participation
ui-name-barrier-infrastructure = infrastructure

# The status line
ui-counts = { $shown } of { $total } ideas
ui-counts-loading = { $shown } of the { $total } newest ideas
ui-counts-searching = searching all { $total } ideas
ui-marked = { $count } marked
ui-busy-loading = · loading the rest…
ui-busy-searching = · searching…
ui-status-sort = sort: { $order }
ui-status-focus = focus: { $place }
ui-order-oldest-first = oldest first
ui-order-best-match = best match
ui-order-best-match-then = best match, then { $sort }
ui-sort-updated = updated
ui-sort-created = created
ui-sort-title = title
ui-sort-score = score
ui-sort-stage = stage
ui-sort-id = id
ui-place-help = help
ui-place-review = review
ui-place-statistics = statistics
ui-place-triage = triage
ui-place-full-detail = detail (full screen)
ui-place-query = query
ui-place-filters = filters
ui-place-list = list
ui-place-detail = detail
ui-any-key = any key
ui-any-key-close = close

# The detail
ui-detail-title = Detail
ui-detail-scroll-keys = {" "}· { $down }/{ $up } { $page } scroll
ui-archived = archived
ui-field-reason = reason
ui-field-proposer = proposer
ui-field-org = org
ui-field-region = region
ui-field-funder = funder
ui-field-amount = amount
ui-field-score = score
ui-field-panel = panel
ui-field-assignee = assignee
ui-field-tags = tags
ui-field-barriers = barriers
ui-field-created = created
ui-field-updated = updated
ui-field-email = e-mail
ui-field-phone = phone
ui-field-website = website
ui-field-source-id = source id
ui-field-not-duplicates = not dup.
ui-section-summary = Summary
ui-section-extras = Extra fields
ui-section-notes = Notes ({ $count })
ui-section-history = History

# The sidebar
ui-sidebar-title = Filters
ui-facet-views = Views
ui-facet-sector = Sector
ui-facet-stage = Stage
ui-facet-org = Organisation
ui-facet-barrier = Barrier
ui-facet-region = Region
ui-facet-tag = Tag
# The default views' names as shown, while a view keeps its default
# name and query (what is stored stays the English name).
ui-view-inbox = Inbox
ui-view-in-review = In review
ui-view-waiting-too-long = Waiting too long
ui-view-my-queue = My queue
ui-view-my-reviews = My reviews

# The config file's notices at start
ui-config-errors-title = {" "}Config file errors: started with the defaults{" "}
ui-config-overlaps-title = {" "}Config file: keys that overlap{" "}

# The key table (src/tui/keymap/words.rs): help, groups, hints, headings
ui-context-browse = Browsing
ui-key-browse-move-down = move down
ui-key-browse-move-up = move up
ui-key-browse-top = go to the top
ui-key-browse-bottom = go to the bottom
ui-key-browse-page-down = page down
ui-key-browse-page-up = page up
ui-key-browse-half-page-down = half a page down
ui-key-browse-half-page-up = half a page up
ui-key-browse-search = search: edit the query
ui-key-browse-stats = statistics of the ideas shown
ui-key-browse-triage = triage the new ideas shown, oldest first
ui-keys-browse-sector = set the sector
ui-key-browse-stage-key = set the stage: this key, then a stage key
ui-key-browse-score-key = set the score: this key, then 1-5 (0 clears)
ui-key-browse-note = add a note
ui-key-browse-assign-reviewers = assign reviewers to the marked ideas (or this one) fairly, as sprout assign does: asks who and how many per idea, shows the plan, applies it on y
ui-key-browse-assignee = set the assignee
ui-key-browse-review = review the idea: a digit per criterion, then the confidence and a comment (your own review, if you have one, to change)
ui-key-browse-new = new idea (form)
ui-key-browse-edit = edit the idea in a form
ui-key-browse-external-edit = edit the idea in $VISUAL / $EDITOR
ui-key-browse-mark = mark or unmark the idea, then move down
ui-key-browse-mark-all = mark every idea shown
ui-key-browse-similar = similar ideas: list those like the selected one, the likest first (the query similar:N)
ui-key-browse-mark-duplicate = mark as a duplicate of an idea (asks which, offering the likest): declined, linked to it
ui-key-browse-not-duplicate = not a duplicate of an idea (asks which, offering the likest): never flagged again
ui-key-browse-archive = archive the selected or marked ideas (restore them if all are archived)
ui-key-browse-undo = undo the last change
ui-key-browse-redo = redo
ui-key-browse-save-view = save the query and the sort as a view (it shows in the sidebar)
ui-key-browse-next-view = the next saved view
ui-key-browse-previous-view = the previous saved view
ui-key-browse-focus-next = focus the next pane
ui-key-browse-focus-previous = focus the previous pane
ui-key-browse-sidebar = show or hide the filter sidebar
ui-key-browse-sort = cycle the sort order
ui-key-browse-open = open the selected idea full screen
ui-key-browse-back = back to the list / clear the marks
ui-key-browse-help = help: every key
ui-key-browse-quit = quit
ui-context-sidebar = Filter sidebar
ui-key-sidebar-choose = tick or untick the filter; on a view, use its query
ui-key-sidebar-rename-view = rename the view under the cursor
ui-key-sidebar-delete-view = delete the view under the cursor (asks first)
ui-key-sidebar-back = back to the list
ui-context-stage = After the stage key (set the stage)
ui-keys-stage-stage = the stage
ui-key-stage-cancel = cancel
ui-context-score = After the score key (set the score)
ui-keys-score-score = the score
ui-key-score-score-clear = clears it
ui-key-score-cancel = cancel
ui-context-reason = After a decline's or an accept's stage key (the reason)
ui-keys-reason-reason = give the reason numbered so in the menu
ui-key-reason-no-reason = no reason (the stage stays set)
ui-key-reason-cancel = close the menu: no reason (the stage stays set)
ui-context-triage = Triage
ui-keys-triage-sector = set the sector
ui-keys-triage-stage = set the stage and go to the next idea
ui-key-triage-skip = skip to the next idea
ui-key-triage-note = add a note
ui-key-triage-review = review the idea: a digit per criterion, then the confidence and a comment (your own review, if you have one, to change)
ui-key-triage-mark-duplicate = a duplicate of an idea (asks which, offering the likest): declined, then the next idea
ui-key-triage-not-duplicate = not a duplicate of an idea (asks which, offering the likest)
ui-key-triage-back = back one idea, undoing what was done to it
ui-key-triage-leave = leave triage
ui-key-triage-scroll-down = scroll the idea down
ui-key-triage-scroll-up = scroll the idea up
ui-key-triage-help = help
ui-key-triage-quit = quit
ui-context-stats = Statistics view
ui-key-stats-back = back to the list
ui-key-stats-scroll-down = scroll down
ui-key-stats-scroll-up = scroll up
ui-key-stats-page-down = page down
ui-key-stats-page-up = page up
ui-key-stats-top = go to the top
ui-key-stats-bottom = go to the bottom
ui-key-stats-help = help
ui-key-stats-quit = quit
ui-context-query = Editing the query
ui-key-query-keep = keep the query
ui-key-query-clear = clear the query
ui-key-query-line-start = to the start of the query
ui-key-query-line-end = to the end of the query
ui-key-query-word-back = back a word
ui-key-query-word-forward = forward a word
ui-key-query-delete-term = delete the term before the cursor
ui-key-query-delete-to-start = delete to the start
ui-key-query-delete-to-end = delete to the end
ui-key-query-quit = quit
ui-context-prompt = Note, assignee or view-name prompt
ui-key-prompt-save-line = save a one-line prompt (assignee, view name); in a note it starts a new line
ui-key-prompt-save = save
ui-key-prompt-cancel = cancel
ui-context-form = Idea form
ui-key-form-next-field = next field
ui-key-form-previous-field = previous field
ui-key-form-save = save
ui-key-form-cancel = cancel (asks first if anything changed)
ui-context-review = Review pane (scores and confidence)
ui-keys-review-score = score the criterion, or give the confidence, and go on (a score past 9 takes its digits, then Enter)
ui-key-review-next = the next criterion, then the confidence, the comment and Save
ui-key-review-previous = the step before
ui-key-review-confirm = keep the digits typed and go on; on Save, save the review
ui-key-review-clear = clear the score of the criterion (or the confidence)
ui-key-review-save = save the review (u undoes it)
ui-key-review-cancel = cancel (asks first if anything changed)
ui-context-review-comment = Review pane (the comment)
ui-key-review-comment-next = on to Save (Enter there saves); Enter in the comment starts a new line
ui-key-review-comment-previous = back to the confidence
ui-key-review-comment-save = save the review (u undoes it)
ui-key-review-comment-cancel = cancel (asks first if anything changed)
ui-context-dialog = Questions
ui-key-dialog-yes = yes
ui-key-dialog-no = no
ui-key-dialog-edit-again = edit the file again, your text kept (after an editor error)
ui-key-dialog-discard = discard the edit (after an editor error)
ui-context-detail = Full-screen detail
ui-key-detail-back = back to the list
ui-key-detail-scroll-down = scroll down
ui-key-detail-scroll-up = scroll up
ui-key-detail-page-down = scroll a page down
ui-key-detail-page-up = scroll a page up
ui-key-detail-top = go to the top
ui-key-detail-bottom = go to the end
ui-key-detail-review = review the idea: a digit per criterion, then the confidence and a comment (your own review, if you have one, to change)
ui-key-detail-similar = similar ideas: list those like this one (the query similar:N)
ui-key-detail-mark-duplicate = mark as a duplicate of an idea (asks which, offering the likest)
ui-key-detail-not-duplicate = not a duplicate of an idea (asks which, offering the likest)
ui-key-detail-help = help
ui-key-detail-quit = quit
ui-context-help = Help
ui-key-help-close = close help
ui-key-help-scroll-down = scroll down
ui-key-help-scroll-up = scroll up
ui-key-help-page-down = page down
ui-key-help-page-up = page up
ui-key-help-top = go to the top
ui-key-help-bottom = go to the bottom
ui-key-help-quit = quit
ui-hint-search = search
ui-hint-stats = stats
ui-hint-triage = triage
ui-hint-stage = stage
ui-hint-note = note
ui-hint-edit = edit
ui-hint-undo = undo
ui-hint-save-view = save view
ui-hint-sort = sort
ui-hint-help = help
ui-hint-quit = quit
ui-hint-tick = tick
ui-hint-back = back
ui-hint-cancel = cancel
ui-hint-score = score
ui-hint-reason = reason
ui-hint-no-reason = no reason
ui-hint-close = close
ui-hint-sector = sector
ui-hint-skip = skip
ui-hint-duplicate = duplicate
ui-hint-leave = leave
ui-hint-keep = keep
ui-hint-clear = clear
ui-hint-delete-term = delete term
ui-hint-save = save
ui-hint-next-field = next field
ui-hint-yes = yes
ui-hint-no = no
ui-hint-edit-again = edit again
ui-hint-discard = discard
ui-hint-next-page = next page
ui-hint-previous-page = previous page
ui-hint-next = next
ui-hint-to-save = to Save

## UI: triage, statistics, dialogs, prompts, forms, reviews (ui-flows)

# Shared by triage's legend and the statistics' sector × stage table:
# a sector's word where room is short (English: its machine name).
ui-sector-short-health = health
ui-sector-short-education = education
ui-sector-short-disparities = disparities
ui-sector-short-employment = employment
ui-sector-short-ecology = ecology
ui-sector-short-other = other
ui-sector-short-unclassified = unclassified

### Triage
ui-triage-title = Triage · { $counter }
ui-triage-counter = { $at } / { $total } new
ui-triage-title-done = Triage · end of the queue
ui-triage-title-left = Triage: left before the end
ui-triage-done-keys = { $leave } goes back to the list; { $back } steps back to the last idea.
ui-scroll-position = { $from }–{ $to } of { $total }
ui-scroll-keys = { $keys } scroll
ui-triage-legend-sector = sector
ui-triage-legend-stage = stage
ui-triage-key-skip = skip
ui-triage-key-note = note
ui-triage-key-duplicate = duplicate
ui-triage-key-back = back
ui-triage-key-leave = leave
ui-triage-none-new = There are no new ideas among the ideas shown.
ui-triage-all-done = Every new idea of the queue is triaged.
ui-triage-end = End of the queue.
ui-triage-left-at = Triage left at idea { $at } of { $total }.
ui-triage-triaged = Triaged { $done } of { $total ->
    [one] { $total } new idea
   *[other] { $total } new ideas
} this session.
ui-triage-by-sector = By sector: { $list }
ui-triage-by-stage = By stage:  { $list }
ui-triage-skipped = { $count } skipped, still new.
ui-triage-not-reached = { $count } not reached yet, still new.

### Statistics
ui-stats-title = Statistics · { $ideas } · { $keys } back
ui-stats-too-small = The statistics need at least { $width }×{ $height }; make the window larger.
ui-stats-by-sector = Ideas by sector
ui-stats-funnel = Pipeline funnel (in the stage or further)
ui-stats-declined-share = { $count } ({ $percent }% of all)
ui-stats-waiting = Waiting in the inbox
ui-stats-waiting-count = { $padded } { $count ->
    [one] idea
   *[other] ideas
} · median { $median }
ui-stats-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
ui-stats-over-days = { $count } over { $days } days
ui-stats-matrix = Sector × stage
ui-stats-intake = Ideas received per week (weeks from Monday)
ui-stats-barriers = Barriers
ui-stats-regions = Top regions
ui-stats-none = none
ui-stats-panel = Panel scores (combined)
ui-stats-unscored = unscored
ui-stats-contested = contested (totals 2 or more apart): { $count }
ui-stats-reviewers = Reviewers: reviews, mean total
# A sector's label in the statistics' bars (at most 20 characters).
ui-stats-sector-health = Health & social care
ui-stats-sector-education = Education
ui-stats-sector-disparities = Reducing disparities
ui-stats-sector-employment = Employment
ui-stats-sector-ecology = Ecology
ui-stats-sector-other = Other
ui-stats-sector-unclassified = Unclassified
# A stage's column head where the table is narrow (at most 4 characters).
ui-stats-stage-short-new = new
ui-stats-stage-short-review = revw
ui-stats-stage-short-incubation = incb
ui-stats-stage-short-pilot = pilt
ui-stats-stage-short-scaling = scal
ui-stats-stage-short-sustainable = sust
ui-stats-stage-short-declined = decl

### Dialogs and the form
ui-accepts = (→ accepts)
ui-form-new = New idea
ui-form-edit = Edit #{ $id }
ui-form-fields-shown = fields { $from }–{ $to } of { $total }
ui-form-field-title = Title
ui-form-field-summary = Summary
ui-form-field-proposer = Proposer
ui-form-field-org = Organisation
ui-form-field-region = Region
ui-form-field-sector = Sector
ui-form-field-stage = Stage
ui-form-field-barriers = Barriers
ui-form-field-funder = Funder
ui-form-field-amount = Amount (₽)
ui-form-field-tags = Tags
ui-form-field-score = Score
ui-form-field-assignee = Assignee
# A choice in the form's lists (English: the value's machine name).
ui-form-option-sector-health = health
ui-form-option-sector-education = education
ui-form-option-sector-disparities = disparities
ui-form-option-sector-employment = employment
ui-form-option-sector-ecology = ecology
ui-form-option-sector-other = other
ui-form-option-sector-unclassified = unclassified
ui-form-option-stage-new = new
ui-form-option-stage-review = review
ui-form-option-stage-incubation = incubation
ui-form-option-stage-pilot = pilot
ui-form-option-stage-scaling = scaling
ui-form-option-stage-sustainable = sustainable
ui-form-option-stage-declined = declined
ui-form-option-org-nonprofit = nonprofit
ui-form-option-org-social-enterprise = social-enterprise
ui-form-option-org-small-business = small-business
ui-form-option-org-company = company
ui-form-option-org-government = government
ui-form-option-org-initiative-group = initiative-group
ui-form-option-org-unknown = unknown
ui-form-option-barriers-funding = funding
ui-form-option-barriers-regulation = regulation
ui-form-option-barriers-government-support = government-support
ui-form-option-barriers-participation = participation
ui-form-option-barriers-infrastructure = infrastructure
ui-form-option-score-none = none
ui-form-discard = Discard the changes made in the form?
ui-form-discard-title = Discard your changes?
ui-dialog-editor-again = Edit again and your text comes back as you left it.
ui-dialog-editor-title = The edited idea has problems
ui-dialog-delete-view = Delete the view '{ $name }'? The ideas stay as they are.
ui-dialog-delete-view-title = Delete a view
ui-dialog-undo-as-one = { $key } undoes it afterwards, as one step.
ui-dialog-many-title = A change to many ideas
ui-dialog-clash = The idea shows theirs now. Save yours over it?
ui-dialog-clash-title = Changed by someone else meanwhile
ui-dialog-any-key = Any key closes this.
ui-dialog-notice-footer = Any key closes this. `sprout config --check` lists the problems again.

### Changes to many ideas, asked first
ui-bulk-sector = Set the sector of { $count } ideas to { $value }?
ui-bulk-stage = Set the stage of { $count } ideas to { $value }?
ui-bulk-score = Set the score of { $count } ideas to { $value }?
ui-bulk-score-clear = Clear the score of { $count } ideas?
ui-bulk-assignee = Set the assignee of { $count } ideas to { $value }?
ui-bulk-assignee-clear = Clear the assignee of { $count } ideas?
ui-bulk-archive = Archive { $count } ideas?
ui-bulk-restore = Bring back { $count } archived ideas?
ui-bulk-other = Change { $count } ideas?
ui-bulk-nothing = nothing changed
ui-clash-kept-theirs = kept theirs; yours was not saved

### The review pane and the detail's reviews
ui-review-title = Review #{ $id } by { $who } · rubric { $version } · { $title }
ui-review-confidence = confidence
ui-review-confidence-words = 1 unsure · 2 fairly sure · 3 sure
ui-review-comment = comment
ui-review-comment-enter = (Enter: a new line)
ui-review-comment-placeholder = why, in a sentence or a few (optional)
ui-review-total-missing = total: score every criterion
ui-review-total = total { $total } of 5
ui-review-save = Save
ui-review-drop = Drop the review typed? Nothing of it is saved.
ui-review-drop-title = Drop your review?
ui-review-hint-old-rubric = your review was made with rubric version { $was }; the rubric is now version { $now }: score every criterion again
ui-review-hint-not-confidence = { $digit } is not a confidence: { $words }; nothing changed
ui-review-hint-off-scale = { $criterion } is scored { $scale }: { $typed } is not on its scale
ui-review-hint-more-digits = { $criterion } { $value }: Enter keeps it, another digit goes on
ui-review-hint-digit-scores = a digit scores { $criterion }: { $scale }
ui-review-hint-digit-confidence = a digit gives the confidence: { $words }
ui-review-hint-not-scored = not scored yet: { $criteria }; a digit scores it
ui-review-hint-needs-confidence = a review needs a confidence: { $words }
ui-review-hint-nothing-saved = { $problem }; nothing saved
ui-reviews-section = Reviews ({ $count })
ui-reviews-short = { $score } · { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
ui-reviews-contested-mark = contested
ui-reviews-one = 1 review
ui-reviews-mean = mean of { $count } reviews
ui-reviews-median = median of { $count } reviews
ui-reviews-normalised = normalised per reviewer
ui-reviews-not-normalised = not normalised
ui-reviews-combined = combined
ui-reviews-combined-of = { $score } of 5 · { $how }
ui-reviews-contested = contested (totals { $apart } or more apart)
ui-reviews-spread = spread { $spread }
ui-reviews-total-confidence = total { $total } · confidence { $confidence }
ui-reviews-rubric = rubric { $version }

### The reason menu
ui-reason-decline-title = Why is { $whom } declined?
ui-reason-accept-title = Why is { $whom } accepted?
ui-reason-none = no reason, the stage stays

### Similar ideas
ui-similar-title = Similar ideas
ui-similar-not-there = (not there)
ui-similar-duplicate-of = duplicate of
ui-similar-its-duplicates = its duplicates:
ui-similar-keys-triage = { $mark } a duplicate of · { $not } not a duplicate
ui-similar-keys = { $list } lists them · { $mark } a duplicate of · { $not } not a duplicate

### Changes made, undone and redone: `stage → pilot for 3 ideas · u undoes`
ui-step-for = for
ui-step-ideas = { $count } ideas
ui-step-sector = sector → { $value }
ui-step-stage = stage → { $value }
ui-step-score = score → { $value }
ui-step-score-cleared = score cleared
ui-step-archived = archived
ui-step-restored = restored
ui-step-note-added = note added
ui-step-assignee = assignee → { $who }
ui-step-assignee-cleared = assignee cleared
ui-step-reason = reason → { $reason }
ui-step-duplicate = { $whom } marked a duplicate of #{ $other } (declined)
ui-step-not-duplicate = { $whom } and #{ $other }: not duplicates
ui-step-review = { $who }'s review of #{ $id } { $verb ->
    [changed] changed
   *[added] added
}: total { $total } of 5
ui-step-undo-hint = { $label } · u undoes
ui-step-undone = undone: { $label }
ui-step-redone = redone: { $label }
ui-step-no-change = no change: { $label }
ui-step-not-saved = not saved: { $problem }
ui-no-idea-selected = no idea selected
ui-nothing-to-undo = nothing to undo
ui-nothing-to-redo = nothing to redo
ui-marked-clears = { $count } marked · { $key } clears
ui-note-invalid = note { $problem }; nothing saved
ui-form-fix-red = fix the fields marked in red, then { $key }
ui-no-changes = no changes
ui-changes-discarded = changes discarded
ui-edit-discarded = edit discarded
ui-reason-out-of-menu = no reason { $number }: the menu has 1-{ $count }
ui-reason-stage-not-set = the stage was not set, so no reason was given
ui-pair-none-given = no idea given; nothing saved
ui-pair-not-a-number = '{ $typed }' is not an idea's number (as in #877); nothing saved
ui-pair-itself = #{ $other } cannot be paired with itself; nothing saved
ui-pair-no-such = there is no idea #{ $other }; nothing saved
ui-review-dropped = review dropped; nothing saved
ui-review-unchanged = no change: your review of #{ $id } is as it was
ui-review-not-saved = not saved: { $problem }; your review is still here

### Prompts
ui-prompt-note = Note for { $whom }
ui-prompt-assignee = Assignee for { $whom } (empty clears)
ui-prompt-view-of-all = Name of a view of all ideas
ui-prompt-view-for = Name of the view for '{ $query }'
ui-prompt-duplicate-of = { $whom } is a duplicate of which idea? (#id)
ui-prompt-not-duplicate-of = { $whom } is not a duplicate of which idea? (#id)
ui-prompt-rename-view = Rename the view '{ $name }'

### Live changes by others: `olga: #42 → pilot`
ui-live-someone = someone
ui-live-removed = #{ $id } removed
ui-live-added = #{ $id } added
ui-live-many-changed = { $count } ideas changed ({ $first }, …)
ui-live-changed = { $ids } changed
ui-live-none = none
ui-live-tags-changed = tags changed
ui-live-title-changed = title changed
ui-live-note-added = note added
ui-live-changed-bare = changed
ui-live-reconnected = reconnected to the database
ui-live-offline-kept = not connected to the database: kept open, save again once it is back

## Command line: tables, summaries, prompts (cli)

# list: the table's headers and what an empty list says
cli-list-empty = no ideas yet: add one with `sprout add --title …`, `sprout import FILE` or `sprout demo`
cli-list-all-archived = every idea is archived; --archived lists them
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

cli-report-wrote = wrote the board pack of { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
} to { $path }

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
err-io-not-a-directory = Not a directory
err-io-exists = File exists
err-io-name-too-long = File name too long
err-io-disk-full = No space left on device
err-io-read-only = Read-only file system
err-io-not-utf8 = stream did not contain valid UTF-8
err-io-refused = Connection refused
err-not-found = there is no idea #{ $id }
holder-the-ui = the terminal UI
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
err-query-ambiguous-field = ambiguous field '{ $field }' (it could be: { $fields })
err-query-unknown-field = unknown field '{ $field }' (fields: { $fields })
err-query-none-alone = 'none' stands alone (for ideas without a reason); '{ $value }' lists more
err-query-none-alone-field = 'none' stands alone (for ideas without one); '{ $value }' lists more
err-query-needs-reviewer = { $field }: needs a reviewer's name (or me)
err-query-not-an-id = '{ $value }' is not an idea id
err-query-unknown-state = unknown state '{ $value }' (valid: { $valid })
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
report-meta-every-idea = every idea not archived
report-meta = Ideas: { $query } · made { $date }
report-meta-by = by { $by }
report-meta-anonymous = anonymous: proposers, contacts and reviewer names left out
report-no-reason = no reason recorded
report-reviewer-number = Reviewer { $n }
report-figure-ideas = Ideas
report-figure-scored = Scored
report-figure-contested = Contested
report-figure-declined = Declined
report-reached-now = { $reached } reached · { $now } now
report-unscored-note = { $ideas } not yet scored, not drawn
report-reached-note = Reached: in the stage or a later one; declined left out.
report-chart-funnel = Stage funnel
report-chart-sectors = Ideas by sector
report-chart-scores = Combined scores, in half-point bands
report-shortlist-note = { $ideas }, best combined score first; { $unscored } not yet scored, listed last.
report-no-idea = The query selects no idea.
report-col-rank = Rank
report-col-idea = Idea
report-col-sector = Sector
report-col-stage = Stage
report-col-amount = Amount, ₽
report-col-score = Score
report-col-spread = Spread
report-col-reviews = Reviews
report-col-all = All
report-col-reason = Reason
report-contested = contested
report-confidence = confidence { $confidence }
report-no-declines = No idea here was declined.
report-footer = Made by sprout on { $date }. Scores are each review's weighted total on a 1–5 scale; an idea's score is the mean of its reviews; the spread is the highest total less the lowest; contested: totals { $apart } or more apart.
report-md-summary = { $ideas } · { $scored } scored · { $contested } contested · { $declined } declined
report-col-now = Now
report-col-reached = Reached
report-not-scored = not scored
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

## The config command (lead)
config-no-directory = no config directory on this system; give --config PATH
config-note = note: { $note }
config-fine = { $path }: fine
config-no-file = { $path }: no file there; sprout uses the defaults
config-no-file-anywhere = no config file; sprout uses the defaults

## The config file's comments: config-file-* and config-colour-* (lead)
config-file-head =
    sprout config file. Copy it to the path `sprout config --path` prints
    and change what you like; lines left as they are keep the default.
    A file with an error is reported line by line, and sprout starts with
    the defaults. NO_COLOR (any value) turns colour off whatever is here.
config-file-theme =
    Colours: dark (for a dark terminal, using its own background),
    light (dark text on a white background of its own, on any terminal)
    or high-contrast.
config-file-db =
    The database, when neither --db nor $SPROUT_DB gives one: a directory
    (sled, the default ~/.local/share/sprout/db) or a PostgreSQL URL for
    a team, e.g. "postgres://olga@db.example.org/sprout?sslmode=verify-full"
    (the password from PGPASSWORD or ~/.pgpass, never written here).
config-file-user =
    Who you are, as changes, notes and `assignee:me` name you on a
    database of your own (on PostgreSQL it is your role); else $USER.
config-file-language =
    The language sprout speaks: "en" or "ru" (--lang ru for one run).
    Unset, the locale decides: LC_ALL, else LC_MESSAGES, else LANG.
config-file-sort =
    Order of the list when the query has no words: updated, created,
    title, score or stage (o cycles it).
config-file-sidebar =
    Whether the filter sidebar shows at start (f shows or hides it).
config-file-date-format =
    How dates are written in the detail pane: strftime items, in UTC,
    e.g. "%Y-%m-%d %H:%M" or "%d.%m.%Y". Unset, the language's own:
    RFC 3339 in English, 24.11.2026 14:32 UTC in Russian.
config-file-stale-days =
    Days in new or review after which an idea waits too long (is:stale,
    the list's !, and the statistics' waiting figures).
config-file-colours =
    Single colours over the theme: a name (red, lightblue, darkgray…),
    "#rrggbb", or a number 0-255 of the terminal's palette. Shown here
    with the dark theme's colours; uncomment a line to change it.
config-file-synonyms =
    More ways of writing a sector, stage, org or barrier, read by import
    (many English and Russian ones are built in: Экология, НКО, NGO…):
config-file-keys =
    Keys, by mode. Each action takes a key or a list of keys. A key is a
    character (j, G, /), Ctrl-x, or a name: Space, Enter, Esc, Tab,
    Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End,
    PgUp, PgDn, F1-F12. Two keys in a row are written with a space: "g g".
    Where text is typed (query, prompt, form) only keys with Ctrl or named
    keys can be bound. A key you bind is taken from any other action of
    that mode (sprout says so at start).
config-colour-sector-health = the Health & social care sector
config-colour-sector-education = the Education sector
config-colour-sector-disparities = the Reducing disparities sector
config-colour-sector-employment = the Employment sector
config-colour-sector-ecology = the Ecology sector
config-colour-sector-other = the Other sector
config-colour-sector-unclassified = ideas with no sector yet
config-colour-stage-new = the new stage
config-colour-stage-review = the review stage
config-colour-stage-incubation = the incubation stage
config-colour-stage-pilot = the pilot stage
config-colour-stage-scaling = the scaling stage
config-colour-stage-sustainable = the sustainable stage
config-colour-stage-declined = the declined stage
config-colour-border = pane borders
config-colour-border-focus = the border of the focused pane
config-colour-header = headings
config-colour-dim = quiet text: counts, times, placeholders
config-colour-label = field names in the detail pane
config-colour-match = the characters a search matched
config-colour-marked = marked ideas
config-colour-error = errors
config-colour-key = keys in help and hints
config-colour-status-text = the status line's text
config-colour-status-back = the status line's background
config-colour-checked = ticked filters and the view in use
config-colour-selected-back = the selected row of a pane without focus
config-colour-bar = bars of the statistics view
config-colour-shade-1 = the emptiest cells of the sector × stage table
config-colour-shade-2 = table cells, second level
config-colour-shade-3 = table cells, third level
config-colour-shade-4 = table cells, fourth level
config-colour-shade-5 = the fullest cells of the sector × stage table
config-colour-shade-text = numbers on shaded table cells
config-colour-text = plain text (reset: the terminal's own)
config-colour-background = the background of every pane (reset: the terminal's own)

## section: i18n-rest
# The domain's field rules (src/i18n/field_errors.rs): a phrase after the field's name
err-field-title-missing = is required and must not be empty
err-field-note-empty = is empty
err-field-tag-empty = a tag must not be empty
err-field-too-long = is { $chars } characters long; at most { $most } are allowed
err-field-not-a-score = '{ $value }' is not a score from 1 to 5
# The editor's text of an idea, read back
err-draft-not-field-value = line { $line }: expected `field: value`
err-draft-given-twice = line { $line }: { $field } is given twice
err-draft-unknown-field = line { $line }: unknown field '{ $field }' (fields: { $fields })
# A declared conflict of interest: `org 'Green Street'`
coi-field-proposer = proposer
coi-field-org = org
coi-field-region = region
coi-described = { $field } '{ $value }'
# The database (src/store/error.rs, src/explain.rs)
err-store-damaged = database { $path } is damaged: it has lost changes it had saved; restore your last export (sprout --db NEW import backup.json), or save what can still be read with: sprout --db { $path } --salvage export -o rescue.json
err-store-unreadable = the database is damaged: a record in it cannot be read; save what can still be read with `sprout --salvage export -o rescue.json`
err-store-full-figures = the disk is full: this change needs { $needed } free and there is { $free }; nothing of it was saved. Free some space and try again
err-store-full = the disk is full: nothing of this change was saved. Free some space and try again
err-store-broken = a write to the database failed part way and sprout could not open it again; quit and start sprout again (everything saved before is kept)
err-store-io = input/output error: { $problem }
err-store-db = database error: { $problem }
err-store-codec = damaged record in the database ({ $problem }); run `sprout export` to save what can still be read
err-store-rubric-taken = someone else changed the rubric meanwhile (version { $version } is theirs): nothing was saved; see `sprout rubric` and try again
err-store-conflicts-changed = someone else changed the conflicts of interest meanwhile: nothing was saved; see `sprout conflicts` and try again
err-store-older-schema = this database was made by an older sprout and has no place for { $what } yet; its owner must run a sprout command on it once (e.g. `sprout --db URL stats`) to add it
err-store-what-rubric = a rubric
err-store-what-reason = a reason for decisions
err-store-what-panel = the panel's settings
err-store-cannot-open = cannot open database { $path }
err-store-open-full = { $what }: the disk is full (sprout writes a little as it opens a database); free some space and try again
err-store-open-denied = { $what }: { $problem }; sprout needs to write to the database directory (check its permissions, or copy it somewhere writable)
err-store-open-other = { $what }: { $problem }
err-store-a-file = it is a file, not a database directory
err-store-not-closed-cleanly = it was not closed cleanly, and a copy to check it cannot be made: { $problem }
err-store-no-database = there is no database there
err-store-cannot-copy = cannot copy it to salvage it: { $problem }
err-explain-disk-full = the disk is full; free some space and try again
err-explain-damaged = database { $path } is damaged; save what can still be read with `sprout --db { $path } --salvage export -o rescue.json`, or restore your last export with `sprout --db NEW import backup.json`
err-explain-unreadable = the database is damaged: part of it cannot be read; save what can still be read with `sprout --salvage export -o rescue.json` (with the --db you used), or restore your last export
err-explain-codec = the database is damaged: a record in it cannot be read; save what can still be read with `sprout --salvage export -o rescue.json` (with the --db you used), or restore your last export
err-explain-output = cannot write the output: { $problem }
# A change refused because someone changed the idea first (src/store/conflict.rs)
conflict-someone-else = someone else
conflict-removed = #{ $id } was removed by { $who }
conflict-created = #{ $id } was created by { $who } first
conflict-changed = #{ $id } was changed by { $who }
conflict-fields = { $fields }
conflict-at = at { $when }
conflict-not-saved = this change was not saved
# PostgreSQL (src/store/postgres)
err-pg-not-a-url = not a valid PostgreSQL URL: { $problem }
err-pg-certificate = the server's TLS certificate was not accepted ({ $reason }): give the certificate that signed it with sslrootcert=FILE in the URL (or ~/.postgresql/root.crt)
err-pg-certificate-unverified = it could not be verified
err-pg-password-missing = the server wants one; give it in PGPASSWORD or the password file (~/.pgpass, or PGPASSFILE)
err-pg-tls-only = the server takes only TLS connections: use sslmode=require (or verify-full) in the URL
err-pg-may-not-read = this role may not read (or, in an empty database, make) sprout's tables there; ask the database's owner to GRANT sprout_reader (or sprout_officer) TO it
err-pg-older-schema = it has sprout's schema { $found } and this sprout needs schema { $current }: its owner must open it once with this sprout, which moves it on (keeping everything)
err-pg-owner-only = only the database's owner (or a superuser) can make and grant the roles
err-pg-sslmode = sslmode '{ $mode }' is not one of disable, allow, prefer, require, verify-ca, verify-full
err-pg-needs-root-cert = sslmode={ $mode } needs the server's root certificate: give sslrootcert=FILE in the URL, or put it in ~/.postgresql/root.crt
err-pg-cannot-read-cert = cannot read the root certificate { $path }: { $problem }
err-pg-not-pem = the root certificate { $path } is not a PEM certificate: { $problem }
err-pg-cannot-set-up-tls = cannot set up TLS: { $problem }
err-pg-pgpass-not-plain = password file { $name } is not a plain file
err-pg-pgpass-open = password file { $name } has group or world access and was ignored; make it u=rw (chmod 0600 { $name })
# The name of a user nothing names (src/store/actor.rs FALLBACK), as shown
actor-local-user = local user
# A change refused for a clash with someone else's (src/tui/clash_words.rs;
# English says what ideas::Clashes says)
clash-changed-by = #{ $id }: changed by { $who }; yours was not saved
clash-changed-text = #{ $id }: { $who } changed the { $field } { $ago }
clash-set = #{ $id }: { $who } set the { $field } to { $theirs } { $ago }
clash-yours-not-saved = ; yours was not saved
clash-yours-value-not-saved = ; yours ({ $mine }) was not saved
clash-more-not-saved = { $count ->
    [one] {" "}(and { $count } more field); yours was not saved
   *[other] {" "}(and { $count } more fields); yours was not saved
}
clash-none = none
clash-ago-seconds = { $n } s ago
clash-ago-minutes = { $n } min ago
clash-ago-hours = { $n } h ago
clash-ago-days = { $n } days ago
# Help's section on the query language (src/tui/view/help_query.rs)
ui-help-query-title = Query language ({ $key } types one; both languages' names work)
ui-help-query-words-label = words
ui-help-query-words = match the text of ideas: water kazan
ui-help-query-field = narrows, by whole names or unique prefixes: sector:health stage:pilot region:kazan (сектор:здоровье стадия:пилот регион:казань)
ui-help-query-operators = not, either, compare: !stage:declined tag:water,wells score:>=4 amount:<500000 created:<30d
ui-help-query-fields-label = fields
ui-help-query-sectors-label = sectors
ui-help-query-stages-label = stages
ui-help-query-more = `sprout help query` lists every field, value and comparison.

## The config file's problems: config-problem-* (lead)
config-problem-theme = unknown theme '{ $theme }' (themes: { $themes })
config-problem-theme-quotes = expected a theme name in quotes
config-problem-user = expected your name in quotes, at most 100 characters
config-unreadable = { $name }: cannot read it: { $problem }
config-problem-language = unknown language '{ $language }' (languages: en, ru)
config-problem-language-quotes = expected a language in quotes: "en" or "ru"
config-problem-db = expected a database in quotes: a directory or a postgres:// URL
config-problem-setting = unknown setting (settings: theme, db, user, language, [colors], [defaults], [keys.…], [synonyms.…])
config-problem-colour-name = unknown colour (`sprout config --default` lists them)
config-problem-colour = '{ $text }' is not a colour (a name such as red, lightblue or darkgray; #rrggbb; or 0-255)
config-problem-colour-quotes = expected a colour in quotes
config-problem-one-of = expected one of { $names }
config-problem-bool = expected true or false
config-problem-format-quotes = expected a format in quotes
config-problem-format = '{ $format }' is not a date format (strftime items such as %Y-%m-%d %H:%M)
config-problem-days = expected a whole number of days, 1 to 3650
config-problem-default = unknown default (defaults: sort, sidebar, date_format, stale_days)
config-problem-mode = unknown mode (modes: { $modes })
config-problem-action = unknown action in { $mode } (`sprout config --default` lists them)
config-problem-keys-quotes = expected keys in quotes
config-problem-key-quotes = expected a key in quotes, or a list of them
config-problem-text-key = '{ $key }' cannot be bound where text is typed: use one key with Ctrl, or a named key such as Enter or F2
config-problem-key-space = write a space as Space
config-problem-key-empty = the key is empty
config-problem-key-too-many = '{ $key }': at most two keys in a row
config-problem-key-unknown = '{ $key }' is not a key (a character, Ctrl-x, or one of: { $names }, F1…F12)
config-problem-table = expected a table
config-problem-vocabulary = unknown vocabulary (synonyms can be given for: { $names })
config-problem-name-quotes = expected a name in quotes

## Notes on the config file's keys (lead)
ui-rebind-overlaps = { $path }: '{ $key }' left out: it overlaps '{ $other }' of { $action }
ui-rebind-no-key-left = { $path }: has no key left; bind it to another

# Status lines of the UI that were still English (src/tui)
ui-still-loading = still loading the ideas; changes are possible in a moment
ui-disk-full-short = disk full: free some space, then do it again
ui-search-unreadable = the search could not read the database
ui-similar-unreadable = similar ideas could not be read from the database
ui-view-renamed = renamed view '{ $old }' to '{ $new }'
ui-view-deleted = deleted view '{ $name }'
ui-view-saved = saved view '{ $name }': { $query }
ui-view-saved-sorted = saved view '{ $name }': { $query }, sorted by { $sort }
ui-view-taken = this query is already the view '{ $name }'
ui-view-rename-where = move the cursor to a view to rename it
ui-view-delete-where = move the cursor to a view to delete it
ui-no-views = no saved views: { $key } saves the query as one
ui-view-shown = view: { $name } ({ $query })
ui-step-added = added #{ $id }
ui-step-edited = edited #{ $id }
ui-similar-shown = ideas like #{ $id }, the likest first · { $search } then { $clear } for all ideas
ui-editor-cannot-run = cannot run the editor: { $problem }
ui-editor-terminal-back = cannot take the terminal back: { $problem }
ui-editor-exited = the editor '{ $editor }' exited with { $status }; nothing changed
ui-editor-cannot-start = cannot start the editor '{ $editor }': { $problem }
ui-offline = ✗ connection lost, retrying… nothing is saved until it is back ({ $problem })
# A review in an idea's history (src/i18n/history.rs)
history-review = { $who }: { $scores } · confidence { $confidence }
# The external editor's text of an idea: its comment lines (src/tui/edit.rs)
ui-editor-header = Editing idea #{ $id }. One `field: value` per line; the summary follows the first blank line.
    Lines starting with # are ignored. Save and quit to apply; an empty title cancels.

## section: i18n-cli
## The command line's own words (src/cli/localised.rs): each command's and
## argument's help by its path (cli-help-COMMAND, cli-help-COMMAND--ARG,
## cli-help-COMMAND-after), the value names that are words (cli-value-NAME)
## and clap's headings. English shows clap's derive; these English texts
## are its words, kept the same by a test, for translators.
cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-usage-options = [OPTIONS]
cli-flag-help = Print help
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-summary = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-note-default = [default: { $value }]
cli-note-values = [possible values: { $values }]
cli-value-amount = AMOUNT
cli-value-assignee = ASSIGNEE
cli-value-barrier = BARRIER
cli-value-column = COLUMN
cli-value-combine = COMBINE
cli-value-command = COMMAND
cli-value-comment = COMMENT
cli-value-count = COUNT
cli-value-db = DB
cli-value-dir = DIR
cli-value-field = FIELD
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-funder = FUNDER
cli-value-id = ID
cli-value-key = KEY
cli-value-label = LABEL
cli-value-lang = LANG
cli-value-limit = LIMIT
cli-value-name = NAME
cli-value-names = NAMES
cli-value-new-name = NEW_NAME
cli-value-org = ORG
cli-value-path = PATH
cli-value-percent = PERCENT
cli-value-proposer = PROPOSER
cli-value-query = QUERY
cli-value-region = REGION
cli-value-reviewer = REVIEWER
cli-value-score = SCORE
cli-value-sector = SECTOR
cli-value-seed = SEED
cli-value-shell = SHELL
cli-value-sort = SORT
cli-value-stage = STAGE
cli-value-sub = SUB
cli-value-summary = SUMMARY
cli-value-tag = TAG
cli-value-text = TEXT
cli-value-title = TITLE
cli-value-topic = TOPIC
cli-value-what = WHAT
cli-help-sprout = Triage social-innovation project ideas from the terminal
cli-help-sprout-long =
    Triage social-innovation project ideas from the terminal.

    With no command, sprout opens its terminal UI on the database.
cli-help-sprout-after =
    Examples:
      sprout --demo                      try the UI on 500 sample ideas
      sprout demo --count 500            add sample ideas to your database
      sprout list 'water stage:new'      find ideas (`sprout help query` explains queries)
      sprout set 12 --sector edu --stage review

    The database is --db, else $SPROUT_DB, else db = "…" in the config file,
    else ~/.local/share/sprout/db. A postgres:// URL opens a team's PostgreSQL
    database (password from PGPASSWORD or ~/.pgpass; TLS by ?sslmode=).
    Settings, colours and keys: `sprout config --default` prints a config file.
cli-help-sprout--db = Database: a directory, or a postgres:// URL [default: $SPROUT_DB, else db in the config file, else the platform data directory]
cli-help-sprout--demo = Open the UI on a temporary database filled with 500 demo ideas
cli-help-sprout--salvage = Read a damaged database anyway (list, show, stats, export only), to save what can still be read
cli-help-sprout--config = Config file [default: $SPROUT_CONFIG, else ~/.config/sprout/config.toml]
cli-help-sprout--lang = Language sprout speaks for this run, en or ru: the screens' words, dates and ages [default: language in the config file, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]
cli-help-add = Add one idea and print its id
cli-help-add-after =
    Example:
      sprout add --title 'Social taxi for wheelchair users' --sector disparities \
        --region 'Perm Krai' --tag transport --barrier funding --amount 450000
cli-help-add--title = The idea in a few words
cli-help-add--summary = What it is, in a sentence or a few
cli-help-add--sector = Sector (any unique prefix: edu)
cli-help-add--stage = Stage [default: new]
cli-help-add--region = Region, as people write it
cli-help-add--proposer = Who proposes it: a person or an organisation
cli-help-add--org = Organisation kind
cli-help-add--tags = A tag; again for each
cli-help-add--barriers = A barrier the idea meets; again for each
cli-help-add--funder = Who funds it, or is asked to
cli-help-add--amount = Funding requested, in roubles
cli-help-list = List ideas that match a query, best match first
cli-help-list-after =
    Examples:
      sprout list                           every idea, most recently updated first
      sprout list water                     fuzzy search
      sprout list 'sector:edu stage:pilot score:>=4'
      sprout list 'region:tatar' --format csv > tatarstan.csv
      sprout list --sort created --limit 20
cli-help-list--query = Query, e.g. 'water sector:health stage:new' (`sprout help query`)
cli-help-list--view = Use a saved view's query (with QUERY too, both must hold)
cli-help-list--format = How to print the ideas
cli-help-list--sort = Order when the query has no fuzzy terms [default: the view's, else updated]
cli-help-list--limit = Print at most N ideas
cli-help-list--archived = Include archived ideas
cli-help-show = Show one idea with its notes and history
cli-help-show-after =
    Example:
      sprout show 42
      sprout show 42 --format json
cli-help-show--id = The idea (42 or #42)
cli-help-show--format = How to print it
cli-help-set = Change one or more ideas (recorded in their history)
cli-help-set-after =
    Examples:
      sprout set 42 --sector health --stage review
      sprout set 3 4 5 --stage declined --reason budget
      sprout set 42 --score 4 --assignee anna --add-tag elderly
      sprout set 42 --archive
cli-help-set--ids = The ideas to change (42 or #42); more than one changes each
cli-help-set--sector = New sector (any unique prefix: edu)
cli-help-set--stage = New stage (any unique prefix)
cli-help-set--reason = Why the stage was decided: a key of `sprout reasons` that fits it (a decline's or an accept's); 'none' clears. A new stage without one clears the old reason
cli-help-set--score = 1 to 5, or 'none' to clear
cli-help-set--assignee = Reviewer; 'me' is you (as assignee:me in a query); '' clears
cli-help-set--add-tags = Add a tag; again for each
cli-help-set--remove-tags = Remove a tag; again for each
cli-help-set--add-barriers = Add a barrier; again for each
cli-help-set--remove-barriers = Remove a barrier; again for each
cli-help-set--archive = Archive: hidden from lists unless asked for, kept whole
cli-help-set--restore = Bring an archived idea back
cli-help-set--overwrite = Where someone else changed the same field since it was read, save yours over theirs (else yours is refused and theirs kept)
cli-help-set--duplicate-of = Mark as a duplicate of idea N (declined; N's detail lists it)
cli-help-set--not-duplicate = Not a duplicate of idea N: the pair is never flagged again
cli-help-note = Add a note to an idea
cli-help-note-after =
    Example:
      sprout note 42 'Called the proposer; budget needs a breakdown'
cli-help-note--id = The idea (42 or #42)
cli-help-note--text = The note's text
cli-help-import = Add ideas from a CSV, JSON, JSONL or spreadsheet file (all or nothing)
cli-help-import-after =
    Examples:
      sprout import ideas.csv
      sprout import backup.json --dry-run
      sprout import new.jsonl --skip-invalid
      cat ideas.csv | sprout import - --format csv
      sprout import form.csv --map 'Your idea in a sentence=summary' --save-map webform --dry-run
      sprout import next-form.csv --mapping webform
      sprout import regions.xlsx --sheet 'Заявки' --date-format %d/%m/%Y

    CSV: a header row names the columns (any order); only title is required;
    tags and barriers are separated by ';'. A record whose id exists is skipped
    (--update overwrites it); a record with a free id keeps it.
    Spreadsheets (.xlsx, .xls, .ods) are read like CSV: the first row names the
    columns. Headers in English or Russian are recognised (Project name,
    Название проекта…); --dry-run shows where each column goes.
cli-help-import--file = File to read; '-' reads standard input
cli-help-import--format = [default: from the file name, else from the content]
cli-help-import--dry-run = Check the file and say what would happen, without writing
cli-help-import--skip-invalid = Import the valid records and list the invalid ones
cli-help-import--update = Overwrite ideas whose id already exists
cli-help-import--map = Put a column in a field, e.g. --map 'Your project?=title' (or =ignore); repeatable
cli-help-import--key = The file's own key column, e.g. --key 'Submission ID': kept as each idea's source id, and a record imported again is matched by it
cli-help-import--mapping = Place the columns as a mapping saved with --save-map (--map goes over it)
cli-help-import--save-map = Save where the columns went under NAME, for --mapping NAME
cli-help-import--date-format = How to read dates such as 11/12/2026: %d/%m/%Y or %m/%d/%Y
cli-help-import--sheet = The sheet of a spreadsheet to read [default: the first]
cli-help-export = Write ideas out as CSV, JSON or JSONL (archived ones too; JSON also holds the views)
cli-help-export-after =
    Examples:
      sprout export -o backup.json
      sprout export 'stage:pilot' --format csv -o pilots.csv
      sprout export --format jsonl | gzip > ideas.jsonl.gz
cli-help-export--query = Query (`sprout help query`); without one, every idea
cli-help-export--view = Use a saved view's query (with QUERY too, both must hold)
cli-help-export--format = [default: from -o's file name, else json]
cli-help-export--output = Output file; '-' or none writes standard output
cli-help-stats = Count ideas by sector, stage, organisation, barrier and region
cli-help-stats-after =
    Examples:
      sprout stats
      sprout stats 'region:tatar'
      sprout stats --format json
cli-help-stats--query = Query (`sprout help query`); without one, every idea not archived
cli-help-stats--view = Use a saved view's query (with QUERY too, both must hold)
cli-help-stats--format = How to print the figures
cli-help-demo = Add realistic synthetic ideas (for trying sprout out)
cli-help-demo-after =
    Example:
      sprout demo --count 10000 --seed 1
cli-help-demo--count = How many ideas to add
cli-help-demo--seed = The same seed makes the same ideas
cli-help-demo--duplicates = Make PERCENT of the ideas (at most 50) near-copies of others: typos, sentences reordered, another amount or proposer
cli-help-views = List, save, rename and delete saved views (a name and a query)
cli-help-views-after =
    Examples:
      sprout views                           every view with its query and count
      sprout views save 'Health pilots' 'sector:health stage:pilot'
      sprout views save 'Best first' 'stage:review' --sort score
      sprout views rename 'Health pilots' 'Pilots · health'
      sprout views delete Inbox
      sprout list --view Inbox               use a view (with a query, both must hold)
cli-help-views-list = Every view with its query and how many ideas it shows (the default)
cli-help-views-save = Save a query under a name (`sprout help query` explains queries)
cli-help-views-save--name = The view's name
cli-help-views-save--query = The query the view shows (`sprout help query`)
cli-help-views-save--sort = The order the view's ideas are listed in (else the list's own)
cli-help-views-rename = Rename a view
cli-help-views-rename--name = The view's name now
cli-help-views-rename--new-name = Its new name
cli-help-views-delete = Delete a view
cli-help-views-delete--name = The view's name
cli-help-review = Review an idea: a score for each criterion of the rubric, a confidence and a comment
cli-help-review-after =
    Examples:
      sprout review 42 --score relevance=4 --score impact=5 --score feasibility=3 \
          --score sustainability=2 --score team=4 --confidence 2 --comment 'Strong team, thin budget'
      sprout review 42 --score team=3        change one score of your review
      sprout review 42 --as boris --score relevance=2 ...   (sled) record a panel member's review

    One review per reviewer per idea: reviewing again changes yours (scores not
    given are kept), and the history keeps what it was. The criteria and their
    scales are `sprout rubric`'s; a review keeps the rubric version it was made
    with. Confidence: 1 unsure, 2 fairly sure, 3 sure. You are the reviewer: the
    PostgreSQL role, else user in the config file, else $USER; on sled --as NAME
    records the review under another reviewer's name (the change is still yours).
cli-help-review--id = The idea reviewed (42 or #42)
cli-help-review--scores = A criterion's score, NAME=N (the criteria and scales of `sprout rubric`); again for each
cli-help-review--confidence = How sure you are: 1 unsure, 2 fairly sure, 3 sure
cli-help-review--comment = Why, in a sentence or a few
cli-help-review--reviewer = On sled: record the review under this reviewer's name
cli-help-rubric = Show the rubric reviews score by, or load a changed one (a new version)
cli-help-rubric-after =
    Examples:
      sprout rubric                          the criteria now, with weights and scales
      sprout rubric --toml > rubric.toml     as a file to edit
      sprout rubric --set rubric.toml        load it: a new version of the rubric
      sprout rubric --history                every version, when and by whom
      sprout rubric --at 1 --toml            an older version

    A database starts with five criteria scored 1-5 and weighted alike:
    relevance, impact, feasibility, sustainability and team. A change makes a
    new version; reviews keep the version they were made with.
cli-help-rubric--set = Load the rubric from this TOML file (`-` reads standard input), as `--toml` writes it; it becomes the next version
cli-help-rubric--toml = Print the rubric as a TOML file to edit and load with --set
cli-help-rubric--history = List every version of the rubric: when, by whom, its criteria
cli-help-rubric--at = Show version N of the rubric instead of the current one
cli-help-panel = Show or change how the panel's reviews make an idea's score, and blind review
cli-help-panel-after =
    Examples:
      sprout panel                           the settings now
      sprout panel --combine median          an idea's score is the median of its reviews' totals
      sprout panel --normalise on            each reviewer's totals standardised over their own reviews
      sprout panel --blind on                reviewers see others' reviews only after their own

    A database starts with: the mean, not normalised, not blind. Changing how
    scores combine re-ranks the list; `show` says how an idea's score was made.
cli-help-panel--combine = An idea's score: the mean or the median of its reviews' totals
cli-help-panel--normalise = Standardise each reviewer's totals over their own reviews first
cli-help-panel--blind = Blind review: a reviewer sees the others' reviews of an idea only after their own
cli-help-assign = Give ideas reviewers fairly: loads even, never against a declared conflict
cli-help-assign-after =
    Examples:
      sprout assign 'stage:review' --reviewers anna,boris,olga --per-idea 2 --dry-run
      sprout assign 'stage:review' --reviewers anna,boris,olga --per-idea 2
      sprout assign 'sector:health' --reviewers me,anna --per-idea 1 --yes
      sprout assign --undo                   take back your last assignment

    Each matched idea gets reviewers until it has --per-idea of them: those it
    has are kept and count. A reviewer's load is the matched ideas they review,
    earlier ones too; loads end at most one apart unless a conflict of interest
    (`sprout conflicts`) or an earlier assignment makes that impossible, and an
    idea never goes to a reviewer with a conflict for it. The plan is shown
    first (each idea's reviewers, each reviewer's load, the conflicts avoided)
    and applied in one change once you answer y; with standard input not a
    terminal give --yes. Ideas that cannot get enough reviewers are named, and
    the plan is applied only if you confirm it anyway. `panel:NAME` finds the
    ideas a reviewer is assigned. --undo takes back your last assignment
    still in effect: its ideas lose the reviewers it added (those added since
    stay); again, it takes back the one before.
cli-help-assign--query = The ideas to give reviewers, as a query (`sprout help query`); '' is every idea
cli-help-assign--view = Use a saved view's query (with QUERY too, both must hold)
cli-help-assign--reviewers = The reviewers to share the ideas among, separated by commas ('me' is you)
cli-help-assign--per-idea = How many reviewers each idea should have, those it has already counted
cli-help-assign--dry-run = Show the plan and change nothing
cli-help-assign--yes = Apply the plan without asking (needed when standard input is not a terminal)
cli-help-assign--archived = Include archived ideas
cli-help-assign--undo = Take back your last assignment: its ideas get the reviewers they had
cli-help-conflicts = List, declare and remove reviewers' conflicts of interest
cli-help-conflicts-after =
    Examples:
      sprout conflicts                                   every declared conflict, numbered
      sprout conflicts add anna --org 'Green Town'       anna reviews nothing of Green Town
      sprout conflicts add boris --proposer 'Ivan Petrov' --region 'Perm Krai'
      sprout conflicts remove 2                          by its number in the list
      sprout conflicts remove anna --org 'Green Town'

    Matching ignores case, spacing and punctuation such as quotes. --proposer
    matches ideas whose proposer is exactly that name; --org matches ideas whose
    proposer names the organisation among its words (in sprout the proposer is
    the organisation's name: --org 'Green Town' matches 'ANO «Green Town»' and
    'Green Town Foundation'); --region matches the idea's region exactly.
    `sprout assign` never gives a reviewer an idea they have a conflict for.
cli-help-conflicts-list = List the declared conflicts, numbered (the same as no action)
cli-help-conflicts-add = Declare a reviewer's conflict of interest
cli-help-conflicts-add--reviewer = The reviewer, as `sprout assign --reviewers` names them
cli-help-conflicts-add--proposer = The reviewer must not review ideas whose proposer is exactly this
cli-help-conflicts-add--org = … ideas whose proposer names this organisation (its words, in order)
cli-help-conflicts-add--region = … ideas from this region (exactly)
cli-help-conflicts-remove = Remove a conflict: by its number in the list, or by the reviewer and what it is about
cli-help-conflicts-remove--what = N as `sprout conflicts` numbers it, or a reviewer's name (with --proposer, --org or --region)
cli-help-conflicts-remove--proposer = The reviewer must not review ideas whose proposer is exactly this
cli-help-conflicts-remove--org = … ideas whose proposer names this organisation (its words, in order)
cli-help-conflicts-remove--region = … ideas from this region (exactly)
cli-help-reasons = List, add and remove the reasons a decline or an accept is given with
cli-help-reasons-after =
    Examples:
      sprout reasons                         the reasons, with the decisions they fit
      sprout reasons add no-team 'No team yet' --for decline
      sprout reasons remove duplicate        no longer offered; decisions keep it
      sprout set 42 --stage declined --reason budget

    A database starts with six: out-of-scope, budget, unsustainable and
    duplicate for declines (stage declined), strong-fit and mentoring for
    accepts (incubation, pilot, scaling, sustainable). At most 9 of each kind
    are offered, the keys 1-9 of the UI's picker. A removed reason is no longer
    offered, but the ideas decided with it keep it (reason:KEY finds them);
    adding its key again brings it back.
cli-help-reasons--all = Also list the reasons removed (kept for the decisions made with them)
cli-help-reasons-list = List the reasons, those for declines then those for accepts
cli-help-reasons-list--all = Also list the reasons removed
cli-help-reasons-add = Add a reason (or bring back a removed one)
cli-help-reasons-add-after =
    Example:
      sprout reasons add no-team 'No team yet' --for decline
cli-help-reasons-add--key = A short lower-case word, typed after --reason: no-team
cli-help-reasons-add--label = What it says, in a few words: 'No team yet'
cli-help-reasons-add--fits = Which decisions it is given for: decline (stage declined) or accept (incubation, pilot, scaling, sustainable)
cli-help-reasons-remove = Stop offering a reason; ideas decided with it keep it
cli-help-reasons-remove--key = The reason's key
cli-help-report = Write the board pack: the ranked shortlist with reviews, figures and charts
cli-help-report-after =
    Examples:
      sprout report 'stage:review' -o board.html      one self-contained page to print or send
      sprout report 'stage:review' --anonymous -o board.html
      sprout report 'sector:health' --format markdown > board.md

    The shortlist is ranked by combined score (the mean of the reviews' weighted
    totals), ideas not yet scored last; each reviewer's total and comment, the
    spread, the sector x stage table, the reasons for declines, and charts of the
    stage funnel, sectors and scores. The figures are `sprout stats QUERY`'s.
    The page has no scripts and loads nothing; it prints on A4. --anonymous
    leaves out proposers, contacts and reviewer names (Reviewer 1, 2, ...).
cli-help-report--query = The ideas of the pack (`sprout help query`); without one, every idea not archived
cli-help-report--view = Use a saved view's query (with QUERY too, both must hold)
cli-help-report--format = [default: markdown from a .md file name, else html with -o, else markdown]
cli-help-report--output = The file to write; '-' or none writes standard output
cli-help-report--anonymous = Leave out proposers, contacts (e-mail, phone, website), reviewer names (Reviewer 1, 2, …) and the officer's name
cli-help-letters = Write one letter per idea from a template: its decision, reason and score
cli-help-letters-after =
    Examples:
      sprout letters 'stage:declined' --template examples/letters/decline.txt -o letters/
      sprout letters 'stage:pilot' --template accept.txt -o letters/ --dry-run

    Each letter is named by the idea's id and title (42-social-taxi.txt). Every
    letter is made before any is written: a template error, such as a field that
    does not exist, names the template's line and writes nothing. A letter already
    in the directory is kept unless --force.

    Fields a template can use (minijinja, like Jinja2: {"{"}{"{"} idea.title {"}"}{"}"},
    {"{"}% if score %{"}"}...{"{"}% endif %{"}"}); a name not in this list is an error:
      idea.id idea.title idea.summary idea.proposer idea.email idea.phone
      idea.website idea.region idea.sector (label) idea.sector_name
      idea.organisation idea.funder idea.amount (a number, or none)
      idea.amount_text (450 000 ₽, or '') idea.tags (a list) idea.created (date)
      stage (new, review, pilot, scaling, sustainable, declined)
      decision (the stage's label: Declined, Pilot...)
      reason (the decision reason's key, '' when none) reason_label (its label)
      score (the combined score, 1-5 to two places, or none)
      score_text (3.60 of 5, or 'not scored') reviews (how many)
      officer (you: the PostgreSQL role, else user in the config file, else $USER)
      date (today, 2026-12-01)
cli-help-letters--query = The ideas to write to (`sprout help query`), e.g. 'stage:declined'
cli-help-letters--view = Use a saved view's query too (both must hold)
cli-help-letters--template = The letter's template (minijinja; the fields are listed below)
cli-help-letters--output = The directory the letters go in (made if missing)
cli-help-letters--force = Overwrite letters already in the directory (else nothing is written)
cli-help-letters--dry-run = Check the template on every idea and list the files, writing nothing
cli-help-copy = Copy a whole database into a new, empty one: sled or PostgreSQL, either way
cli-help-copy-after =
    Examples:
      sprout copy --from ~/.local/share/sprout/db --to postgres://olga@db.example.org/sprout
      sprout copy --from postgres://olga@db.example.org/sprout --to ./sprout-backup

    Ideas with their notes and history, views, every version of the rubric,
    the reasons for decisions, ids and the id counter are copied; --db is not used. A destination that has ideas or views of its own
    is refused, and nothing is written to it.
cli-help-copy--from = The database to copy: a directory or a postgres:// URL
cli-help-copy--to = Where to copy it: a new directory, or an empty PostgreSQL database
cli-help-admin = Set up a team's PostgreSQL database (`sprout admin roles`)
cli-help-admin-roles = Make the roles sprout_officer (may change ideas) and sprout_reader (may only read) and grant them on the --db PostgreSQL database
cli-help-admin-roles-after =
    Example:
      sprout --db postgres://owner@db.example.org/sprout admin roles

    Run it as the database's owner; running it again is harmless. It runs
    sql/roles.sql from sprout's repository, which can be run with psql instead.
    Then make each member a login role in one of the two, in psql:
      CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;
      CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;
cli-help-config = Print the default config file, say where it is read from, or check it
cli-help-config-after =
    Examples:
      sprout config --default > ~/.config/sprout/config.toml
      sprout config --check

    The config file is --config, else $SPROUT_CONFIG, else
    ~/.config/sprout/config.toml (the platform config directory).
cli-help-config--default = Print a commented config file with every option at its default
cli-help-config--path = Print the path of the config file sprout reads
cli-help-config--check = Check the config file and report every problem (exit 1 if any)
cli-help-completions = Print shell completions
cli-help-completions-after =
    Example:
      sprout completions bash > ~/.local/share/bash-completion/completions/sprout
cli-help-completions--shell = The shell to complete for
cli-help-help = Print help: sprout's, a command's, or the query language's (`sprout help query`)
cli-help-help-after =
    Examples:
      sprout help query                  how to write a query
      sprout help list
      sprout help views save
cli-help-help--topic = `query`, or a command
cli-help-help--sub = A subcommand of that command (`sprout help views save`)
# What the parser refused, one line each (src/cli/refusal.rs). English
# shows clap's own words; these are their English for translators.
cli-refused-no-value = a value is required for '{ $arg }' but none was supplied
cli-refused-value = invalid value '{ $value }' for '{ $arg }'
cli-refused-valid = { $line } (possible values: { $values })
cli-refused-argument = unexpected argument '{ $arg }'
cli-refused-command = unrecognized subcommand '{ $command }'
cli-refused-missing = the following required arguments were not provided: { $args }
cli-refused-no-command = '{ $command }' requires a subcommand: { $commands }
cli-refused-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-refused-twice = the argument '{ $arg }' cannot be used multiple times
cli-refused-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-refused-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-refused-count = { $count } values required by '{ $arg }'
cli-refused-utf8 = invalid UTF-8 was detected in one or more arguments
cli-refused-other = the command line cannot be read; `sprout --help` says what it takes
cli-refused-suggest = { $line }; did you mean '{ $suggestion }'?
cli-refused-as-value = { $line } (to pass it as a value, use '-- { $arg }')
cli-help-no-such-command = `{ $command }` has no command '{ $name }'; `{ $command } --help` lists them
cli-refused-not-a-number = not a whole number
cli-refused-number-too-big = too large a number
cli-refused-range = { $value } is not in { $range }
# The command line's refusals and notes (src/cli)
cli-err-roles-need-postgres = roles are PostgreSQL's: give --db postgres://OWNER@HOST/DBNAME (a sled database has one user)
cli-err-per-idea-zero = --per-idea 0 gives nobody anything: give how many reviewers each idea should have
cli-err-reviewer-too-long = --reviewers: a name is longer than { $most } characters
cli-err-no-reviewers = --reviewers names nobody: give names separated by commas, such as anna,boris,olga
cli-err-not-a-terminal = not applied: standard input is not a terminal to ask on; give --yes to apply this plan (or --dry-run to only see it)
cli-err-no-conflict-declared = there is no conflict { $number }: none is declared
cli-err-no-conflict = there is no conflict { $number } (1 to { $count }; `sprout conflicts` lists them)
cli-err-conflict-remove-what = conflicts remove '{ $what }': give the number `sprout conflicts` shows, or the reviewer with --proposer, --org or --region
cli-err-conflict-not-there = { $who } has no conflict { $what } (`sprout conflicts` lists them): nothing was removed
cli-err-copy-same = --from and --to are the same database ({ $db }); copy into a new one
cli-err-copy-no-source = no database at { $db } (--from)
cli-copy-has-ideas = { $count ->
    [one] it has { $count } idea
   *[other] it has { $count } ideas
}
cli-copy-has-ids = it has given out ids (its ideas were removed)
cli-copy-has-views = it has views of its own
cli-copy-has-rubric = it has a rubric of its own
cli-copy-has-conflicts = it has conflicts of interest of its own
cli-copy-has-reasons = it has reasons of its own
cli-err-copy-not-empty = { $db } is not empty: { $why }; copy only into a new database (nothing was written)
cli-err-duplicate-self = { $flag } { $other }: an idea cannot be paired with itself
cli-err-duplicate-circle = { $flag } { $other }: #{ $other } is marked a duplicate of #{ $id }; mark it not a duplicate first (sprout set { $other } --not-duplicate { $id })
cli-err-nothing-to-change = nothing to change: give --sector, --stage, --reason, --score, --assignee, --add-tag, --remove-tag, --add-barrier, --remove-barrier, --archive, --restore, --duplicate-of or --not-duplicate
cli-err-clash = { $clash }; nothing was changed (give --overwrite to save yours over theirs)
cli-err-note = the note { $problem }
cli-err-note-empty = the note is empty
cli-err-no-config-dir = no config directory on this system for saved mappings; give --config PATH
cli-err-template-not-utf8 = { $name }: the template is not UTF-8 text
cli-err-letter-exists = { $more ->
    [0] { $name } already exists: give --force to overwrite; nothing was written
   *[other] { $name } already exists (and { $more } more): give --force to overwrite; nothing was written
}
cli-err-cannot-write-nothing = cannot write { $name }: { $problem }; nothing was written
cli-err-cannot-write = cannot write { $name }: { $problem }
cli-err-cannot-create = cannot create { $name }: { $problem }
cli-letters-at-line = {" "}line { $line }
cli-letters-no-field = no field '{ $field }' (`sprout letters --help` lists them)
cli-letters-no-such-field = a field that does not exist (`sprout letters --help` lists them)
cli-letters-in-letter = {" "}(in the letter to #{ $id })
cli-err-template = { $name }{ $at }: { $what }{ $on }; nothing was written
cli-err-reason = --reason: { $problem }; nothing was changed
cli-err-reason-exists = reason '{ $key }' is there already ({ $label }, for { $fits }); nothing was saved
cli-err-reasons-full = there are { $most } reasons for { $fits } already, as many as the UI's keys 1-9 pick; remove one first (nothing was saved)
cli-err-reason-removed = reason '{ $key }' was removed already (sprout reasons --all lists it)
cli-err-reason-unknown = unknown reason '{ $key }' (reasons: { $known })
cli-err-review-as-on-postgres = --as is for one officer recording a panel's reviews on sled; on PostgreSQL each reviewer reviews as their own role
cli-err-review-nothing = nothing to review with: give --score NAME=N for each criterion (`sprout rubric` lists them), --confidence and --comment
cli-err-review-refused = #{ $id }: { $problem }; nothing was saved
cli-err-score-form = --score '{ $value }': expected NAME=N, such as impact=4
cli-err-score-outside = --score '{ $value }': { $number } is outside every scale (`sprout rubric` shows each criterion's)
cli-err-rubric-no-version = the rubric has no version { $version } (versions 1 to { $newest })
cli-err-rubric-unreadable = { $name }: cannot read it: { $problem }
cli-err-rubric-refused = { $name }: { $problem }; nothing was saved
cli-err-sheet = --sheet: { $name } is not a spreadsheet (.xlsx, .xls or .ods)
cli-err-map-not-columns = --map, --mapping and --save-map place the columns of CSV files and spreadsheets; { $name } is { $format }
cli-err-key-not-columns = --key names a column of CSV files and spreadsheets; { $name } is { $format }, whose records carry their key as source_id
cli-err-no-home = cannot find a home directory for the database; give --db PATH
cli-err-ui-needs-terminal = the terminal UI needs a terminal; for scripts use a subcommand (see `sprout --help`)
cli-err-salvage-reads = --salvage only reads: use it with list, show, stats or export
cli-err-salvage-postgres = --salvage reads a damaged sled directory; open a PostgreSQL database without it
cli-err-saved-anyway = { $problem }; the change itself was saved
cli-view-saved = saved view '{ $name }': { $query }
cli-view-saved-sorted = saved view '{ $name }': { $query }, sorted by { $sort }
cli-warning-config = warning: config: { $problem }
cli-mapping-saved = saved the mapping as '{ $name }' in { $path } (--mapping { $word } uses it)
cli-config-note = sprout: config: { $problem }
cli-import-reasons = { $dry ->
    [yes] would take
   *[no] took
} { $count ->
    [one] { $count } reason
   *[other] { $count } reasons
}
cli-import-rubric-current = {" "}({ $dry ->
    [yes] version { $version } would be
   *[no] version { $version } is now
} the rubric reviews are made with)
cli-import-rubric = { $dry ->
    [yes] would add
   *[no] added
} rubric version { $version }{ $current }
cli-import-rubrics = { $dry ->
    [yes] would add
   *[no] added
} rubric versions { $versions }{ $current }
cli-import-views = { $what ->
    [would-restore] would restore
    [would-add] would add
    [restored] restored
   *[added] added
} { $count ->
    [one] { $count } view
   *[other] { $count } views
}
cli-import-views-kept = kept { $count ->
    [one] { $count } view
   *[other] { $count } views
} of the same name as they were
cli-import-conflicts = { $dry ->
    [yes] would add
   *[no] added
} { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicts
} of interest
cli-import-look-alike = { $count ->
    [one] { $count } looks
   *[other] { $count } look
} like other ideas (is:duplicate lists them)
cli-import-joined-at = line { $line } { $fields }
cli-import-joined-more = { $count } more lines
cli-import-joined = put { $count ->
    [one] { $count } one-line field
   *[other] { $count } one-line fields
} on one line ({ $places })
cli-import-unknown-field = warning: { $name }: ignoring unknown field '{ $field }'
cli-import-skipped = skipped: { $name }: { $problem }
cli-import-looks-like = { $name }: line { $line }: looks like #{ $id } ({ $score })
cli-progress-checking = checking
cli-progress-importing = importing
cli-progress-exporting = exporting
cli-progress-reading = reading
cli-progress-copying = copying
cli-progress-total = { $done }/{ $total } ideas · { $rate } · { $left } left
cli-progress-count = { $done } ideas · { $rate }
cli-progress-rate = { $rate }/s
cli-progress-left = { $left } left
cli-progress-seconds = { $count }s
cli-progress-minutes = { $count }m
cli-progress-hours = { $hours }h { $minutes }m
cli-and = and
cli-letters-not-scored = not scored
cli-letters-score = { $score } of 5
cli-err-not-column-field = '{ $value }' is not COLUMN=FIELD, e.g. 'Project name=title'
cli-err-unknown-language = unknown language (languages: en, ru)
cli-letters-wrote = wrote { $count ->
    [one] { $count } letter
   *[other] { $count } letters
} to { $dir }
cli-reason-idea-is = #{ $id } is { $stage }: { $problem }
# Problems of a file being imported (src/transfer)
transfer-csv-after-quote = text after the closing quote of a cell; put the whole cell in quotes
transfer-csv-open-quote = the quote that opens this cell is never closed; close it (a quote inside a quoted cell is written "")
transfer-csv-header = line 1: cannot read the CSV header: { $problem }
transfer-csv-row = cannot read the CSV row: { $problem }
transfer-cannot-read = cannot read the file
transfer-not-an-export = not a sprout export (an object with "ideas" and "views"): { $problem }
transfer-not-an-array = not a JSON array of ideas: { $problem }
transfer-cannot-read-because = cannot read the file: { $problem }
transfer-not-an-idea = expected an idea object, found { $found }
transfer-invalid-json = invalid JSON: { $problem }
transfer-id-twice = { $id } is also used on line { $first }
transfer-ends-inside-value = the file ends inside the value that starts on line { $line }
transfer-ends-before-value = the file ends where a value was expected
transfer-not-utf8 = the file is not valid UTF-8 text
transfer-ends-inside-list = the file ends inside the list (no closing ']')
transfer-trailing = trailing characters after the end ('{ $found }')
transfer-kind-list = a list
transfer-kind-object = an object
transfer-kind-bool = true or false
transfer-kind-number = a number
transfer-kind-string = a string
cli-letters-none = the query selects no idea: no letter written
cli-letters-would-write = would write { $count ->
    [one] { $count } letter
   *[other] { $count } letters
} (dry run: nothing was written)
cli-import-panel-kept = warning: the file's panel settings differ from this database's: kept this database's (`sprout panel`)
cli-import-reasons-kept = warning: the file's { $count ->
    [one] reason { $keys } differs
   *[other] reasons { $keys } differ
} from this database's: kept this database's (`sprout reasons --all`)
cli-import-rubric-renumbered = the file's rubric version { $file } is this database's version { $ours } (its reviews name { $ours })
# `sprout help query` (src/cli/query_help.rs): English shows its TEXT, kept the same by a test
cli-query-help =
    A query selects ideas. `list`, `export`, `stats` and saved views take one,
    and the UI's query bar (`/`) reads the same language.

    Terms are separated by spaces and every term must hold. Matching ignores
    case and reads ё as е. Quote a value that holds spaces: funder:"our future".

    Words
      water           fuzzy match on title, proposer, region, tags and funder, or
                      a summary word that starts with it (ranked lower)
      'social taxi    exact text of those fields
      ^clean          the title starts with it
      !moscow         ideas that do not match; ! also negates any other term

    Fields
      sector:edu  stage:pilot  org:non  barrier:fund
                      the idea's sector, stage, organisation kind or barrier; any
                      unique prefix of a name works, and a comma list means any
                      of them: stage:pilot,scaling
      region:tatar  tag:youth  assignee:anna  funder:fund  proposer:ivan  title:taxi
                      that field contains the text
      score:>=4  score:>=3.5  amount:<500k
                      comparisons < <= = >= >; amounts take k and m (300k, 2m);
                      an idea's score is the panel's combined score once it
                      has reviews (shown 4.2), else the quick score (shown 4),
                      compared to one decimal as the list shows it
      reviews:<2  reviews:0
                      how many reviews it has
      reviewer:anna  reviewer:me
                      reviewed by someone whose name contains it; me is you
      is:contested    the reviewers' totals differ by 2 points or more
      created:>=2026-11-01  created:<30d  updated:>2w
                      dates: a day (UTC), or an age in days (d) or weeks (w);
                      created:<30d came in the last 30 days, updated:>2w has not
                      changed for more than two weeks
      assignee:none  region:none
                      the field is empty (also tag, funder and proposer);
                      !assignee:anna is every idea not assigned to anna
      assignee:me     assigned to you: your PostgreSQL role, or on a database
                      of your own the config file's user, else $USER,
                      else "local user"; `set ID --assignee me` assigns to you
      is:archived  is:marked  is:stale
                      archived ideas are hidden unless a term asks for them;
                      stale means more than 30 days in new or review (the
                      config file's [defaults] stale_days sets the days)
      is:duplicate    has a likely near-copy (its text nearly another's) that
                      nobody marked "not a duplicate", or is marked a duplicate
      Under blind review (`sprout panel --blind on`) an idea you have not
      reviewed shows you no reviews: no panel score, no reviewers.
      similar:42      ideas whose text is nearly #42's, the likest first
      panel:anna  panel:me  panel:none
                      anna (you; nobody) is asked to review it (`sprout
                      assign`); the whole name, case and spacing aside;
                      panel:anna,boris is either
      reviewer:anna  reviewer:me
                      it has a review by anna (by you)
      reason:budget  reason:none
                      the reason the decision was given with: a prefix of its
                      key or of a word of its label (`sprout reasons` lists
                      them), a comma list for any; none for ideas without one
      #42  id:42      one idea by its id

    Names (any unique prefix works: edu, dis, inc)
    { $names }

    In Russian (either language works, whatever language sprout speaks)
      Every field and name has a Russian name, prefixes and lists as above:
      сектор:обр стадия:пилот,инк ст:отк это:спорная ответственный:я регион:нет
      создана:<30д обновлена:>2н (days д, weeks н); я is me, нет is none.
    { $russian }
      это      архивная спорная дубликат отмеченная застрявшая

    Order
      With fuzzy words the best match comes first; otherwise `list --sort`
      decides (updated, created, title, score, stage, id).

    Examples
      sprout list water
      sprout list 'sector:edu stage:pilot score:>=4'
      sprout list 'region:tatar !stage:declined' --format csv > tatarstan.csv
      sprout export 'stage:pilot,scaling' -o pilots.json
      sprout stats 'barrier:funding amount:>1m'
      sprout list 'stage:declined reason:budget'
      sprout list 'стадия:пилот сектор:обр оценка:>=4'
      sprout views save 'Health pilots' 'sector:health stage:pilot'

    A term that cannot be read is an error naming the term, e.g.
      error: in query term 'colour:red': unknown field 'colour' …
cli-admin-roles-ready =
    roles ready in database { $name }:
      sprout_officer  may change ideas, notes and views
      sprout_reader   may browse, search, export and see statistics; changes are refused
    Add a member (in psql, as the owner):
      CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;
      CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;
      GRANT sprout_reader TO auditor;   -- a role that exists

## Why a review cannot be made: err-review-* (lead)
err-review-name-control = the reviewer's name '{ $name }' has a control character or a direction override
err-review-name-empty = the reviewer's name is empty
err-review-no-criterion = the rubric (version { $version }) has no criterion '{ $name }' (criteria: { $criteria })
err-review-out-of-range = { $criterion } is scored { $min }-{ $max }; { $value } is out of range
err-review-scored-twice = { $criterion } is scored twice
err-review-confidence = confidence { $value } is out of range: 1 (unsure), 2 (fairly sure) or 3 (sure)
err-review-rubric-changed = { $who }'s review was made with rubric version { $was }, and the rubric is now version { $now }: score every criterion again;{" "}
err-review-not-scored = not scored: { $criteria } (give --score NAME=N for each)
err-review-needs-confidence = a review needs a confidence: --confidence 1, 2 or 3
err-review-comment-too-long = the comment is longer than { $most } characters

## section: i18n-last
# Saved views' refusals (src/views.rs, src/i18n/errors.rs)
err-view-name-empty = the view name is empty
err-view-name-too-long = the view name is longer than { $most } characters
err-view-query = view '{ $name }': { $problem }
err-view-taken = a view named '{ $name }' already exists
err-view-none-at-all = there is no view named '{ $name }' (there are no views; save one with `sprout views save NAME QUERY`)
err-view-not-found = there is no view named '{ $name }' (views: { $views })
ui-view-not-saved = { $problem }; the view was not saved
# The JSON sub-errors of sprout's own export sections (src/transfer/json_*.rs)
err-json-reviews-not-list = expected a list of reviews
err-json-review-twice = a second review by { $name }; one per reviewer
err-json-review-not-object = expected a review (an object)
err-json-unknown-field = unknown field '{ $name }' (fields: { $fields })
err-json-text-control = '{ $text }' has a control character or a direction override
err-json-review-by = expected the reviewer's name
err-json-review-rubric = expected a rubric version (1, 2, …)
err-json-review-scores = expected a list of [criterion, score] pairs
err-json-criterion-control = criterion '{ $name }' has a control character or a direction override
err-json-review-not-score = { $name }: { $value } is not a score (a whole number on the criterion's scale, 0 to 100)
err-json-review-no-scores = a review without scores
err-json-review-confidence = expected 1 (unsure), 2 (fairly sure) or 3 (sure)
err-json-expected-text = expected text
err-json-longer-than = longer than { $most } characters
err-json-expected-time = expected a time such as 2026-11-26T12:00:00Z
err-json-view-sort = unknown sort '{ $sort }' (sorts: { $sorts })
err-json-view-field = view '{ $name }'
# A record's problems an import names (src/transfer/record.rs)
err-import-id-too-large = '{ $value }' is too large for an idea id (at most { $most })
err-import-given-twice = given twice, as '{ $first }' and '{ $second }'; keep one
err-import-title-missing = is required and missing
err-import-not-yes-no = '{ $value }' is not yes or no
err-import-columns-same-field = line { $line }: columns { $first } and { $second } both go to { $field }; keep one (--map '{ $header }=ignore')
err-import-no-title-column = line { $line }: no column is the title (the header row names the columns; --map 'Column=title' says which one is)
err-import-columns-same-header = line { $line }: columns { $first } and { $second } have the same header; rename or remove one
err-json-reason-lower-case = the key must be lower-case
err-json-there-twice = it is there twice
err-json-rubrics-not-list = expected a list of rubric versions
err-json-rubric-version = version { $version }: { $problem }
err-json-rubric-default = version 1 is the default and is not stored

## What a reason is for, in the reasons table (lead)
cli-reasons-fit-decline = decline
cli-reasons-fit-accept = accept

## Why a reason cannot be made: err-reason-* (lead)
err-reason-no-label = reason '{ $key }' has no label
err-reason-label-too-long = the label of '{ $key }' is longer than { $most } characters
err-reason-key-empty = the reason's key is empty
err-reason-key-too-long = key '{ $key }' is longer than { $most } characters
err-reason-key-not-a-word = key '{ $key }' must be a lower-case word (a-z, 0-9 or -, starting with a letter)
err-reason-key-none = key 'none' is taken: reason:none finds ideas without a reason

## An export file's JSON as sprout reads it (lead)
transfer-expected-found = expected { $what }, found '{ $found }'
transfer-ends-where-expected = the file ends where { $what } was expected
transfer-expected-after-item = expected ',' or ']' after an item, found '{ $found }'
transfer-colon-after-key = ':' after a key

## What is wrong with a rubric or a rubric file: err-rubric-* (lead)
err-rubric-name-empty = name: empty; a criterion needs a name
err-rubric-name-control = name: '{ $name }' has a control character or a direction override
err-rubric-name-too-long = name: '{ $name }' is longer than { $most } characters
err-rubric-name-not-word = name: '{ $name }' must be a lower-case word (a-z, 0-9, _ or -, starting with a letter)
err-rubric-no-description = description: '{ $name }' has no description
err-rubric-description-too-long = description: the description of '{ $name }' is longer than { $most } characters
err-rubric-weight = the weight of '{ $name }' must be a whole number from 1 to { $most }
err-rubric-scale = the scale of '{ $name }' must be LOW-HIGH with LOW below HIGH, at most { $most }
err-rubric-no-criteria = a rubric needs at least one criterion
err-rubric-too-many = a rubric has at most { $most } criteria ({ $count } given)
err-rubric-named-twice = criterion '{ $name }' is named twice
err-rubric-file-line = line { $line }: { $problem }
err-rubric-file-not-toml = not valid TOML: { $detail }
err-rubric-file-unknown-key = unknown key '{ $key }' (a rubric file has only [[criterion]] tables)
err-rubric-file-no-table = no [[criterion]] table: a rubric needs at least one
err-rubric-file-not-tables = criterion must be [[criterion]] tables
err-rubric-file-unknown-field = unknown field '{ $field }' (fields: { $fields })
err-rubric-file-without = criterion without { $field }
err-rubric-file-expected-text = { $field }: expected text in quotes
err-rubric-file-weight = weight: expected a whole number from 1 to { $most }
err-rubric-file-scale = scale: expected "LOW-HIGH" such as "1-5" (0 to { $most })
cli-rubric-toml-header =
    Version { $version } of this database's rubric.
    Edit it and load it with `sprout rubric --set FILE`; a change makes a
    new version, and reviews keep the version they were made with.
    At most { $criteria } criteria, each with:
    name: a lower-case word of up to { $name } characters (--score NAME=4);
    description: one line of up to { $description } characters;
    weight: a whole number from 1 to { $weight }, relative to the others;
    scale: "LOW-HIGH", the lowest and highest score (0 to { $scale }).
err-json-rubric-not-object = expected a rubric version (an object)
err-json-rubric-version-number = expected a whole number from 2
err-json-rubric-criteria-not-list = expected a list of criteria
err-json-criterion-not-object = expected a criterion (an object)
err-json-whole-number = expected a whole number from { $low } to { $most }

## serde_json's words for broken JSON (lead)
json-eof-list = EOF while parsing a list
json-eof-object = EOF while parsing an object
json-eof-string = EOF while parsing a string
json-eof-value = EOF while parsing a value
json-expected-colon = expected `:`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-comma-or-brace = expected `,` or `{"}"}`
json-expected-ident = expected ident
json-expected-value = expected value
json-expected-quote = expected `"`
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-invalid-code-point = invalid unicode code point
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-key-not-string = key must be a string
json-lone-surrogate = lone leading surrogate in hex escape
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-end-of-hex-escape = unexpected end of hex escape
json-too-deep = recursion limit exceeded
err-import-expected-text = expected text, found { $found }
err-import-expected-number = expected a number, found { $found }
err-import-expected-list = expected a list, found { $found }
err-import-not-whole = '{ $value }' is not a whole number
err-import-not-a-list = not a valid list: { $problem }
err-import-extras-expected = expected a list of [name, value] pairs
err-import-extras-found = { $expected }, found { $found }
err-import-extra-not-text = '{ $name }' holds { $found }; an extra field holds text
err-import-expected-bool = expected true or false, found { $found }
err-coi-value-empty = the { $field } is empty
err-coi-reviewer-too-long = the reviewer's name is longer than { $most } characters
err-coi-value-too-long = the { $field } is longer than { $most } characters
err-json-conflict-number = conflicts: number { $number }: { $problem }
err-json-key-in-quotes = expected a key in quotes
transfer-nul-byte = the file has a NUL byte; it looks binary, not text
err-map-not-a-field = '{ $name }' is not a field (fields: { $fields }, or { $ignore })
err-map-none-yet = --mapping: no saved mapping '{ $name }' ({ $file } does not exist yet; --save-map NAME saves one)
err-map-unreadable = { $file }: cannot read it: { $problem }
err-map-not-toml = { $file }: line { $line }: not valid TOML: { $problem }
err-map-not-saved = --mapping: no saved mapping '{ $name }' in { $file } (saved: { $saved })
err-map-none = none
err-map-not-table = { $file }: line { $line }: '{ $name }' should be a table of "Column" = "field" lines
err-map-expected-field = expected a field name in quotes
err-map-line = { $file }: line { $line }: { $problem }
err-map-not-toml-unchanged = { $file }: not valid TOML, so not changed: { $problem }
transfer-map-file-header =
    Column mappings saved by `sprout import --save-map NAME`, used with
    `--mapping NAME`: "Column" = "field" (or "ignore"); a column
    not named here is kept as an extra field.
err-synonym-no-letters = a synonym needs letters or digits
err-synonym-taken = is already the { $kind } '{ $name }'
err-synonym-vocabulary = unknown vocabulary '{ $name }' (synonyms can be given for: { $tables })

## Why what was typed names no reason for a decision (lead)
err-reason-not-a-decision = stage { $stage } is not a decision and takes no reason (a reason goes with declined, incubation, pilot, scaling or sustainable)
err-reason-stages-decline = declined
err-reason-stages-accept = incubation, pilot, scaling and sustainable
err-reason-none-kept = no reasons are kept for { $stages } (sprout reasons add)
err-reason-offered = reasons for { $stages }: { $keys }
err-reason-ambiguous = ambiguous reason '{ $given }'
err-reason-was-removed = reason '{ $key }' was removed
err-reason-for-other = reason '{ $key }' is for { $stages }, not { $stage }
err-reason-empty = the reason is empty
err-reason-unknown-given = unknown reason '{ $given }'
err-reason-not-a-fit = '{ $given }' is not a kind of decision (valid: decline, accept)

## Spreadsheets, columns and the editor's list word (lead)
err-sheet-not-a-spreadsheet = not a spreadsheet sprout can read (.xlsx, .xls or .ods)
err-sheet-no-such-sheet = --sheet: no sheet '{ $name }' (sheets: { $sheets })
err-sheet-no-sheets = the workbook has no sheets
err-sheet-unreadable = sheet '{ $name }': cannot read it: { $problem }
err-import-no-such-column = { $option } '{ $column }': the file has no column '{ $column }' (columns: { $columns })
ui-editor-list = comma-separated
json-invalid-type = invalid type: { $found }, expected { $expected }
json-invalid-value = invalid value: { $found }, expected { $expected }
json-invalid-length = invalid length { $length }, expected { $expected }
json-missing-field = missing field `{ $field }`
json-duplicate-field = duplicate field `{ $field }`
json-unknown-field = unknown field `{ $field }`
json-unknown-variant = unknown variant `{ $value }`, expected { $expected }
json-part-object = map
json-part-list = a sequence
json-part-text = a string
json-part-whole-number = a whole number
json-part-number = a number
json-part-bool = a boolean
json-part-null = null
json-part-record = an object
ui-help-query-field-term = field:value
transfer-comma-or-brace = ',' or '{"}"}'
err-pg-no-such-host = error connecting to server: failed to lookup address information: Name or service not known
