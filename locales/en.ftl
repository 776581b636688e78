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

## Command line: tables, summaries, prompts (cli)

## Query language and its help (query)

## Panel: assignment, reasons, scores in the UI (panelfin)

## Error messages (errors)

## Board pack and letters (report)
