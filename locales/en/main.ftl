## Layout
site-footer = Regional consultations on the draft declaration on the right to international solidarity.
skip-link = Skip to main content
nav-site = Site
nav-consultations = Consultations
nav-organisers = Organisers
nav-language = Language
breadcrumb = Breadcrumb

## Errors
error-back = Back to the consultations
error-reference = If it happens again, please tell the organisers this reference:
error-not-found-title = Not found
error-not-found-page = This page was not found.
error-not-found-consultation = This consultation was not found.
error-not-found-process = There is no such process.
error-not-found-article = This article was not found.
error-not-found-paragraph = This article or paragraph was not found.
error-not-found-feedback = This feedback link was not found.
error-not-found-export = This export was not found.
error-not-found-item = This feedback item was not found.
error-not-found-stylesheet = This stylesheet was not found.
error-csrf-title = Form expired
error-csrf = This form has expired or did not come from this site, so nothing was saved. Go back, reload the page and send it again.
error-closed-title = Consultation closed
error-closed = This consultation is closed: it no longer accepts new feedback or changes, and nothing was saved.
error-bad-request-title = Bad request
error-encoding = The form contained text that is not valid UTF-8; nothing was saved.
error-nul = The form contained a NUL character, which text cannot hold; nothing was saved.
error-too-large-title = Too much text
error-too-large = This form sent more than { $kb } KB, the most the site accepts at once, so nothing was saved. Go back, shorten the text and send it again.
error-internal-title = Something went wrong
error-internal = Sorry, something went wrong on our side.

## Consultations
home-title = Regional consultations
home-choose = Choose the consultation of your region, then comment on the draft article by article.
process-consultations = Consultations
process-no-draft = No draft loaded yet.
process-no-consultations = No consultation yet.
process-open-count = { $count ->
    [0] no consultation open
    [one] { $count } consultation open
   *[other] { $count } consultations open
}
fact-country = Country
fact-regional-groups = Regional groups
fact-held = Meeting held
fact-status = Status
fact-comments = Comments
status-open = Open for feedback
status-closed = Closed
status-closed-long = Closed: feedback can be read but no longer sent
consultation-title = { $city } consultation
consultation-intro = Open an article to read its full text and comment on it, or on one of its paragraphs.
part-title = Part { $number }. { $title }
comment-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
held-date = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
timestamp = { $day } { $month } { $year }, { $time } UTC

## The draft
article-preamble = Preamble
article-numbered = Article { $number }
reference-whole-preamble = Whole preamble
reference-whole-article = Whole article
reference-preambular = Preambular paragraph { $reference }
reference-paragraph = Paragraph { $reference }
reference-item = Item { $reference }
comment-on-preambular = Comment on preambular paragraph { $reference }
comment-on-paragraph = Comment on paragraph { $reference }
paragraph-prefix = Paragraph { $number }:
footnote = Footnote { $number }
notes = Notes
articles-nav = Articles

## The feedback form
feedback-title = Your feedback on { $title }
feedback-intro-article = Comment on the whole article or on one paragraph. Fields marked (required) must be filled; everything else is optional. After sending you get a private link to see and change your feedback while the consultation is open.
feedback-intro-preamble = Comment on the whole preamble or on one paragraph. Fields marked (required) must be filled; everything else is optional. After sending you get a private link to see and change your feedback while the consultation is open.
feedback-closed = The { $city } consultation is closed: it no longer accepts feedback.
form-error-summary = Your feedback was not sent yet: please check these fields
form-error = Error:
field-paragraph = Paragraph
field-stance = Your position
mark-required = required
mark-optional = optional
mark-any = choose any that apply
field-comment-type = Type of comment
field-themes = Themes
field-comment = Your comment
hint-comment = Up to 10,000 characters.
field-proposed-text = Proposed wording
hint-proposed-text = Optional: the text as you would have it read. Up to 10,000 characters.
about-you = About you
field-name = Name
field-organisation = Organisation
field-country = Country
field-category = Stakeholder category
category-not-stated = Not stated
field-email = Email
hint-email = Only the organisers see it; it is never exported or published.
field-publish-name = Publish my name with my comment
submit-send = Send feedback
submit-save = Save changes
invalid-paragraph = Choose a paragraph of this article, or the whole article.
invalid-stance = Choose your position on this text.
invalid-comment-type = Choose the type of comment.
invalid-theme = One of the chosen themes is not on the list.
invalid-comment-empty = Please write your comment.
invalid-too-long = This text is { $length } characters long; the limit is { $max }. Please shorten it.
invalid-category = Choose a category from the list.
invalid-email-long = An email address has at most { $max } characters.
invalid-email = This does not look like an email address (name@example.org).

## Reference lists
stance-support = Support as drafted
stance-amend = Support with amendments
stance-oppose = Oppose / delete
stance-question = Question or comment only
type-general = General
type-substantive = Substantive
type-drafting = Drafting / editorial
theme-legal-framework = Preamble and legal framework of international solidarity
theme-nature-of-right = Conceptualization and nature of the right
theme-extraterritorial = Extraterritorial obligations (civil, political, economic, social and cultural rights)
theme-non-state-actors = Non-State actors and their roles
theme-development = Development cooperation, 2030 Agenda, poverty, food security, health
theme-trade-finance = Trade, investment, finance, debt, taxation
theme-climate-environment = Climate change, environment, disaster risk
theme-migration-conflict = Migration, refugees, armed conflict, terrorism
theme-drafting = Drafting, structure and wording
category-member-state = Member State
category-intergovernmental-organization = Intergovernmental organization
category-united-nations-agency = United Nations agency
category-regional-economic-commission = Regional economic commission
category-national-human-rights-institution = National human rights institution
category-civil-society-ngo = Civil society / NGO
category-private-sector = Private sector
category-academia = Academia
category-independent-expert = Independent expert
disposition-accepted = Accepted
disposition-partially-accepted = Partially accepted
disposition-not-accepted = Not accepted
disposition-noted = Noted

## The private link
received-title = Thank you: your feedback was received
received-item = It is stored under reference { $id } in the { $city } consultation.
your-feedback = Your feedback
saved = Your changes were saved.
private-link-title = Your private link
private-link-open = Keep this link to see your feedback and change it until the consultation closes. Anyone who has it can do the same, so share it with no one.
private-link-closed = Keep this link to see your feedback. Anyone who has it can do the same, so share it with no one.
sent-title = What you sent
fact-consultation = Consultation
fact-article = Article
fact-paragraph = Paragraph
fact-position = Position
fact-comment-type = Type of comment
fact-themes = Themes
fact-comment = Comment
fact-proposed-text = Proposed wording
none = None
fact-name = Name
name-published = (published with the comment)
name-not-published = (not published)
fact-organisation = Organisation
fact-category = Stakeholder category
fact-email = Email
fact-sent = Sent
fact-changed = Last changed
outcome-title = What became of your comment
outcome-decision = The organisers' decision:
change-title = Change your feedback
change-closed = The { $city } consultation is closed, so this feedback can no longer be changed.

## Organisers' login
login-title = Organiser login
login-username = Username
login-password = Password
login-submit = Log in
login-wrong = The username or password is not correct.
login-wait = { $minutes ->
    [one] Too many failed attempts. Please wait { $minutes } minute before trying again.
   *[other] Too many failed attempts. Please wait { $minutes } minutes before trying again.
}

## Organisers' desk
admin-nav = Organisers' desk
admin-nav-overview = Overview
admin-nav-tally = Tally
admin-nav-audit = Audit log
admin-signed-in-as = Signed in as
admin-log-out = Log out
admin-title = Overview of the consultations
admin-articles-title = Feedback per article
admin-articles-intro = Visible feedback in all consultations. Open an article to read, filter and answer its feedback.
admin-articles-caption = Feedback per article by position, and items awaiting a disposition
column-article = Article
column-total = Total
column-awaiting = Awaiting disposition
column-consultation = Consultation
column-comments = Comments
column-change = Change
admin-tally-link = The tally by consultation, with charts
admin-consultations-title = Consultations
admin-consultations-intro = Closing a consultation stops new feedback and edits at once; participants' private links still show their feedback. A closed consultation can be reopened.
admin-consultations-caption = Consultations with their status and number of comments
admin-close = Close { $city }
admin-reopen = Reopen { $city }
admin-exports-title = Exports for the drafting group
admin-exports-intro = CSV files in UTF-8 that open in a spreadsheet with accents and Arabic intact. Column names stay in English, whatever the language of this page. Each review page also exports just what its filters show.
export-feedback = Every feedback item, one row each, with its text and who sent it.
export-tally-by-article = Counts by stance for each article, per consultation and in all.
export-tally-by-stakeholder = Counts by stance for each article, per stakeholder category.
export-disposition-of-comments = What became of each comment, in the column order of the ISO/IEC commenting template.
stance-short-support = Support
stance-short-amend = Amend
stance-short-oppose = Oppose
stance-short-question = Question
disposition-pending = Pending
hide-reason-abusive = Abusive
hide-reason-duplicate = Duplicate
hide-reason-off-topic = Off-topic
list-separator = {"; "}
pages = Pages
page-previous = ← Previous
page-next = Next →

## Review page
review-title = Review: { $article }
review-current-text = The current text of { $article } ({ $symbol })
filter-label = Filter the feedback
filter-all = All
filter-theme = Theme
filter-words = Words in the comment or proposed wording
filter-words-hint = Every word must appear. A word of four letters or more also finds the words it begins: “climat” finds “climate”.
filter-apply = Apply filters
filter-clear = Clear filters
review-count-none = No items match, out of { $total } on { $article }.
review-count = Items { $first }–{ $last } of { $matching } matching, out of { $total } on { $article }.
review-count-more = Items { $first }–{ $last } of more than { $matching } matching, out of { $total } on { $article }.
review-export-matching = Export what matches:
review-hidden-as = Hidden ({ $reason })
review-from = From:
review-no-name = (no name)
review-proposal-title = Proposed wording, compared with the current text
review-disposition = Disposition
review-rationale = Rationale
review-recorded-by = Recorded by { $name }, { $time }
review-print-disposition = Disposition: { $disposition }.
review-record = Record disposition
review-hide-as = Hide as
review-hide = Hide
review-unhide = Unhide
review-choose-disposition = Choose a disposition from the list.
review-rationale-needed = Give the rationale: the participant will read it.
filter-unknown-consultation = There is no consultation “{ $value }” to filter by.
filter-unknown-article = There is no article “{ $value }” to filter by.
filter-unknown-stance = There is no position “{ $value }” to filter by.
filter-unknown-category = There is no stakeholder category “{ $value }” to filter by.
filter-unknown-theme = There is no theme “{ $value }” to filter by.
filter-unknown-comment-type = There is no type of comment “{ $value }” to filter by.
filter-unknown-disposition = There is no disposition “{ $value }” to filter by.
error-form-unreadable = The form could not be read; nothing was saved.
error-status-unknown = A consultation is either open or closed.
error-hide-reason-unknown = Choose why this item is hidden.

## Tally
tally-title = Tally by article and consultation
tally-intro = Visible feedback only: hidden items are not counted.
tally-bars-title = Positions per article
tally-bars-svg-title = Feedback per article by position
tally-bars-svg-desc = One bar per article, divided by position; the counts are written beside each bar and listed in the table below.
tally-bar-label = { $total } in all: { $support } support, { $amend } amend, { $oppose } oppose, { $question } question
tally-heat-title = Share of support (with or without amendments)
tally-heat-svg-title = Share of support per article and consultation
tally-heat-svg-desc = Each cell gives the percentage of feedback that supports the text, with or without amendments, and the number of items; darker means more support.
tally-share = { $percent }% of { $total }
tally-share-none = no feedback
tally-matrix-title = The numbers
tally-matrix-caption = Feedback per article and consultation: support / amend / oppose / question, and the total
tally-all = All

## Audit log
audit-title = Audit log
audit-intro = Every organiser action and failed login, newest first. Page { $page }.
audit-when = When (UTC)
audit-who = Who
audit-action = Action
audit-on = On
audit-detail = Detail
audit-from = From
audit-newer = ← Newer
audit-older = Older →
audit-action-login = Logged in
audit-action-login-failed = Failed login
audit-action-logout = Logged out
audit-action-export = Export
audit-action-forget = Personal data erased
audit-action-hide = Hidden
audit-action-unhide = Unhidden
audit-action-disposition = Disposition
audit-action-open = Consultation opened
audit-action-close = Consultation closed
audit-action-process-create = Process created
audit-action-document-load = Draft loaded
audit-action-document-revise = Revised draft loaded
audit-action-document-replace = Draft replaced
audit-action-organiser-add = Organiser added
audit-action-organiser-role = Role changed
audit-action-organiser-disable = Organiser disabled
audit-action-organiser-enable = Organiser enabled
audit-action-password-link = Password link issued
audit-action-password-set = Password set through a link
audit-action-password-change = Password changed
error-media-type = This request was not sent as a web form, so nothing was saved.
error-timeout-title = Too slow
error-timeout = The form took too long to arrive, so nothing was saved. Please send it again.
error-exports-busy-title = Exports busy
error-exports-busy = Too many exports are being downloaded at this moment. Please try again in a few seconds.
error-decided-title = Already decided
error-decided = The organisers have already recorded a decision on this feedback, so it can no longer be changed, and nothing was saved.
change-decided = The organisers have recorded a decision on this feedback, so it can no longer be changed.
review-edits = { $count ->
    [one] Changed by its author once
   *[other] Changed by its author { $count } times
}
review-edit-at = Changed { $time }:
title-error = Error: { $title }
private-link-field = The link, to copy whole
private-link-keep = Bookmark it, or copy it somewhere safe.
private-link-bookmark = This page, to bookmark
admin-close-confirm = Yes, close { $city } to new feedback and changes
error-close-unconfirmed = Closing needs its confirmation: tick the box beside the button. Nothing was changed.
review-hide-choose = Choose a reason
review-rationale-placeholder = Why, for the participant (needed unless accepted)
email-receipt-subject = Your feedback to the { $city } consultation (reference { $id })
email-receipt-intro = We received your feedback on { $article } in the { $city } consultation, under reference { $id }. This is what you sent.
email-receipt-link = Your private link
email-receipt-advice = With this link you can see your feedback, and change it while the consultation is open and before the organisers decide on it. Anyone who has it can do the same, so share it with no one, and keep this email.
hint-email-receipt = We mail you the receipt and your private link at this address. Only the organisers see it; it is never exported or published.
consultation-counts = Beside each article: the comments sent in the { $city } consultation alone; other consultations are not counted.
review-new-wording = A new wording: it shares little with the text it answers, so it is shown alone.
tally-legend-percent = { $percent }%
review-read-whole = { $count ->
    [one] Read the whole comment ({ $count } character)
   *[other] Read the whole comment ({ $count } characters)
}

# Organiser accounts
setup-error-summary = Nothing was saved yet: please check these fields
error-forbidden-title = For administrators only
error-forbidden = Only administrators may do this. Ask an administrator if you need it done.
error-not-found-organiser = There is no such organiser.
error-not-found-password-link = This password link has expired or was used already. Ask an administrator for a new one.
error-last-administrator = At least one enabled administrator must remain: make another organiser an administrator first.
invalid-username = A username has 1 to 64 letters, digits, dots, underscores or hyphens.
invalid-username-taken = An organiser with this username exists already.
invalid-role = Choose administrator or reviewer.
invalid-password-short = A password has at least { $min } characters.
invalid-password-long = A password has at most { $max } characters.
invalid-password-repeat = The two passwords differ.
invalid-current-password = This is not your current password.
role-administrator = Administrator
role-reviewer = Reviewer
admin-nav-organisers = Organisers
admin-nav-account = Your account
organisers-title = Organisers
organisers-list = Organiser accounts
organisers-link-title = Password link for { $username }
organisers-link-hint = Send this link to its owner: it sets their password once, and works until { $expires }. It is shown only now.
organisers-link-label = Link
organisers-username = Username
organisers-role = Role
organisers-status = Status
organisers-actions = Actions
organisers-role-of = Role of { $username }
organisers-change-role = Change role
organisers-disabled = Disabled
organisers-awaiting-password = Awaiting password
organisers-active = Active
organisers-enable = Enable
organisers-enable-named = Enable { $username }
organisers-disable = Disable
organisers-disable-named = Disable { $username }
organisers-new-link = New password link
organisers-new-link-named = New password link for { $username }
organisers-add = Add an organiser
organisers-add-hint = Administrators set up processes, drafts, consultations, vocabularies and organisers; reviewers work the review desk. The new organiser sets their own password through a link you send them.
organisers-add-submit = Add organiser
password-title = Set your password
password-for = For the organiser account { $username }.
password-new = New password
password-hint = At least 12 characters; a few unrelated words are easy to remember and hard to guess.
password-repeat = The same password again
password-submit = Set password
account-title = Your account
account-password-changed = Your password was changed. Your other sessions have ended.
account-change-password = Change your password
account-current-password = Current password
account-submit = Change password

# Loading a draft
admin-nav-draft = Load a draft
draft-new-title = Load a draft
draft-new-intro = Upload the draft as a file. You will see the structure found and every warning before anything is stored.
draft-problems-title = The file cannot be taken as a draft; nothing was stored. Correct the file and upload it again:
draft-file = Draft file
draft-file-hint = Plain text as UN documents print it (.txt), Markdown (.md), Word (.docx) or JSON (.json); at most 10 MB.
draft-target = Where the draft goes
draft-target-new = A new process
draft-new-slug = Address of the new process
draft-new-slug-hint = Lower-case letters, digits and hyphens, for example regional-cooperation-2026.
draft-target-existing = The draft of an existing process
draft-process = Process
draft-process-hint = It replaces a draft nobody has commented on; a commented draft is never altered.
draft-symbol = Document symbol
draft-symbol-hint = For example A/HRC/35/35. A JSON file gives its own.
draft-title-field = Title
draft-title-hint = Leave empty to take the first line of the file.
draft-year = Year
draft-language = Language of the draft
draft-language-hint = A language code: en, fr, es, ar…
draft-read = Read the file
draft-preview-title = Check the draft before storing it
draft-preview-new = Read from { $file }, for the new process { $slug }.
draft-preview-existing = Read from { $file }, as the draft of the process { $slug }.
draft-preamble = Preamble
draft-preamble-paragraphs = { $count ->
    [one] { $count } paragraph
   *[other] { $count } paragraphs
}
draft-footnotes = Footnotes
draft-footnote-count = { $count ->
    [0] none
    [one] { $count } footnote
   *[other] { $count } footnotes
}
draft-warnings-title = Check these
draft-structure = Articles found
draft-article = Article
draft-part = Part
draft-paragraphs = Numbered paragraphs
draft-items = Items
draft-confirm = Store this draft
draft-discard = Discard
draft-refused-process-exists = A process { $slug } exists already: upload again with another address.
draft-refused-no-process = There is no process { $slug } any more.
draft-refused-has-feedback = The draft of { $slug } has feedback: a commented draft is never altered or deleted.
draft-refused-document-exists = A document { $symbol } of that year and language is stored already.
draft-at-line = Line { $line }: { $what }
draft-at-paragraph = Word paragraph { $number }: { $what }
draft-problem-too-large = The file is larger than { $mb } MB.
draft-problem-not-utf8 = The text is not UTF-8; save the file as UTF-8.
draft-problem-not-word = This is not a Word (.docx) file that can be read.
draft-problem-json = The JSON does not have the draft’s shape: { $why }
draft-problem-no-title = Expected the draft’s title on the first line.
draft-problem-no-symbol = The document symbol is missing.
draft-problem-no-articles = No article heading found (expected a line such as “Article 1”).
draft-problem-article-number = Expected article { $expected }, found article { $found }: article numbers must not skip or repeat.
draft-problem-article-too-large = An article number is too large.
draft-problem-part-twice = Part { $number } appears twice.
draft-problem-paragraph-number = Expected paragraph { $expected }., found { $found }.: paragraph numbers must not skip or repeat.
draft-problem-item-letter = Expected item ({ $expected }), found ({ $found }).
draft-problem-item-alone = A lettered item with no paragraph or article to belong to.
draft-problem-text-before-paragraphs = Text without a number before the article’s first numbered paragraph; number it, or make it the article’s title.
draft-problem-empty-article = Article { $number } has no text.
draft-problem-marker-without-text = Footnote marker [^{ $number }] has no text; add a line “[^{ $number }]: text”.
draft-problem-footnote-twice = Footnote { $number } has two texts.
draft-problem-footnote-empty = Footnote { $number } has no text.
draft-problem-structure = The structure cannot be stored: { $why }
draft-warning-footnote-not-cited = Footnote { $number } is never cited by a marker [^{ $number }].
draft-warning-language = No language was given; the draft is taken to be in “{ $language }”.
draft-warning-year = No year was given; the draft is dated { $year }.
draft-warning-title-next-line = Article { $article } is titled “{ $title }” (the line after its heading).
invalid-draft-file-missing = Choose the draft’s file.
invalid-draft-file-kind = Choose a .txt, .md, .docx or .json file.
invalid-process = Choose a process.
invalid-process-slug = Use lower-case letters, digits and hyphens (at most 60), not starting or ending with a hyphen.
invalid-process-slug-taken = A process with this address exists already.
invalid-symbol-missing = Give the document symbol.
invalid-year = Give a year from { $min } to { $max }.
invalid-language = Give a language code such as en, fr, es or ar.
error-not-found-draft-upload = This uploaded draft was stored or discarded already, or kept over a day. Upload it again.

# Setting up consultations
consultation-new-title = New consultation
consultation-edit-title = Edit the consultation { $slug }
consultation-slug = Address
consultation-slug-hint = Lower-case letters, digits and hyphens, unique on this server, for example dakar-2026. It cannot be changed later.
consultation-slug-fixed = The address stays as it is: links to the consultation use it.
consultation-city = City or title
consultation-groups-hint = One per line.
consultation-languages = Languages
consultation-languages-hint = Language codes separated by commas, for example fr, en.
consultation-held-hint = The month (2026-03) or the day (2026-03-14) the meeting is held.
consultation-process = Process (its draft is the text commented on)
consultation-schedule = Comment period
consultation-schedule-hint = Leave empty to open and close by hand. With times, the consultation opens and closes by itself; closing by hand still closes it at once.
consultation-opens = Opens for comments
consultation-closes = Closes for comments
consultation-time-zone = Time zone
consultation-time-zone-hint = The zone of these times, as pages show them: for example Africa/Addis_Ababa, Europe/Zurich, Asia/Qatar, America/Panama, Pacific/Fiji or UTC.
consultation-save = Save the consultation
consultation-create = Create the consultation
admin-edit-consultation = Edit { $city }
admin-new-consultation = New consultation
status-open-until = until { $time }
status-open-by-hand = until the organisers close it
status-not-yet-open = Not yet open
status-opens-on = opens { $time }
status-ended-on = comments ended { $time }
zoned-time = { $day } { $month } { $year }, { $time } ({ $zone })
invalid-consultation-slug = Use lower-case letters, digits and hyphens (at most 60), not starting or ending with a hyphen.
invalid-consultation-slug-taken = A consultation with this address exists already.
invalid-city-missing = Give the city or a title.
invalid-held = Give the month (2026-03) or the day (2026-03-14).
invalid-languages = Give language codes such as fr, en, separated by commas.
invalid-process-no-draft = This process has no draft yet: load one first.
invalid-process-has-feedback = This consultation holds feedback on its draft: it stays on that draft.
invalid-time-zone = Give a time zone such as Africa/Addis_Ababa or UTC.
invalid-moment = Give a date and time such as 2026-03-01T09:00.
invalid-closes-before-opens = The closing time must come after the opening time.
audit-action-consultation-create = Consultation created
audit-action-consultation-edit = Consultation edited

# Invitations
consultation-access = Who may take part
consultation-access-public = Anyone: listed on the home page
consultation-access-invitation = By invitation: not listed; its pages open only through the invitation links you make
invalid-access = Choose who may take part.
invalid-invitation-label = Name the group or the person this link is for.
invitations-title = Invitations to { $city }
invitations-public = This consultation is public: anyone may take part, with or without a link.
invitations-private = This consultation is by invitation: only browsers that followed a live link see it.
invitations-made = Invitation link for { $label }
invitations-made-hint = Send this link to the people invited: it opens the consultation in their browser until you revoke it. It is shown only now.
invitations-list = Invitation links
invitations-label = For
invitations-label-hint = A group (“expert group members”) or one person, so you know which link to revoke.
invitations-made-by = Made by
invitations-revoked = Revoked
invitations-revoke = Revoke
invitations-revoke-named = Revoke the link for { $label }
invitations-new = Make an invitation link
invitations-make = Make the link
admin-invitations = Invitations to { $city }
admin-by-invitation = (by invitation)
error-not-found-invitation = This invitation link was withdrawn or does not exist. Ask the organisers for a new one.
audit-action-invitation-create = Invitation link made
audit-action-invitation-revoke = Invitation link revoked

# Themes and stakeholder categories
admin-vocabularies = Themes and stakeholder categories
vocabulary-title = Themes and stakeholder categories
vocabulary-intro = Participants choose from these lists. Renaming keeps the key, which feedback and exports store; a retired entry is no longer offered, and feedback that used it keeps it and still counts. Nothing used is ever deleted.
vocabulary-themes = Themes
vocabulary-categories = Stakeholder categories
vocabulary-key = Key
vocabulary-name = Name
vocabulary-uses = Feedback using it
vocabulary-order = Order
vocabulary-name-of = Name of { $key }
vocabulary-rename = Rename
vocabulary-shown-as = Shown in this language as “{ $name }” until it is renamed.
vocabulary-retired = Retired
vocabulary-offered = Offered
vocabulary-restore = Offer again
vocabulary-restore-named = Offer { $key } again
vocabulary-retire = Retire
vocabulary-retire-named = Retire { $key }
vocabulary-up = Up
vocabulary-up-named = Move { $key } up
vocabulary-down = Down
vocabulary-down-named = Move { $key } down
vocabulary-add-theme = Add a theme
vocabulary-key-hint = Lower-case letters, digits and hyphens, used in exports. Leave empty to make it from the name.
vocabulary-add-category = Add a stakeholder category
vocabulary-category-hint = Its name as first given is also its key in exports.
vocabulary-rename-refused = { $key } was not renamed: { $why }
invalid-entry-label = Give a name.
invalid-theme-key = Give a key of lower-case letters, digits and hyphens (the name gives none).
invalid-entry-label-taken = An entry of this list has this name already.
invalid-entry-key-taken = An entry of this list has this key already.
invalid-entry-unknown = There is no such entry.
error-not-found-list = There is no such list.
error-not-found-entry = There is no such entry.
error-vocabulary-change-unknown = This change to the list is not one the desk makes.
audit-action-vocabulary-add = List entry added
audit-action-vocabulary-rename = List entry renamed
audit-action-vocabulary-move = List entry moved
audit-action-vocabulary-retire = List entry retired
audit-action-vocabulary-restore = List entry offered again

# Revised drafts
draft-target-revision = A revised version of the draft of a process (the version after its newest; earlier versions and their feedback stay as they are)
draft-preview-revision = Read from { $file }, as the version after { $symbol }.
draft-refused-no-base = There is no single document { $symbol } to revise.
draft-refused-not-newest = { $symbol } is not the newest version of its process: revise version { $version }.
draft-refused-before-base = A revision dated { $year } cannot follow a version dated { $base }.

# Lineage
lineage-title = Lineage of { $new } from { $old }
lineage-intro = Which unit of the new version descends from which unit of the version before, as proposed from the words of the texts and their order. The doubtful links come first: check them, correct any, then confirm the whole.
lineage-confirm = { $count ->
    [one] Confirm the lineage ({ $count } link not yet confirmed)
   *[other] Confirm the lineage ({ $count } links not yet confirmed)
}
lineage-confirmed = The lineage is confirmed. A link corrected later is confirmed as it is saved.
lineage-links = Links between the two versions
lineage-in = In { $symbol }
lineage-kind = How
lineage-correct = Becomes
lineage-similarity = { $percent }% of words shared
lineage-doubtful = Check this
lineage-link-confirmed = Confirmed
lineage-becomes = What { $unit } becomes
lineage-deleted-choice = Nothing: deleted
lineage-save = Save
lineage-unchanged = Unchanged
lineage-moved = Moved or renumbered
lineage-amended = Amended
lineage-split = Split
lineage-merged = Merged
lineage-new = New
lineage-deleted = Deleted
lineage-review-link = Review the lineage of { $symbol }
error-not-found-lineage = This version has no lineage to review.
error-lineage-unknown-unit = One of the units named is not in its version.
audit-action-lineage-correct = Lineage link corrected
audit-action-lineage-confirm = Lineage confirmed

review-carried-from = Written on { $unit } of { $symbol } ({ $city })
filter-versions = Versions
filter-versions-this = This version only
filter-unknown-versions = There is no choice of versions “{ $value }”.
error-not-found-version = The draft has no such version.
admin-versions = Versions of the draft
admin-version = Version { $number }: { $symbol }
deleted-title = Comments on text that was deleted before { $symbol }
deleted-count = { $total ->
    [one] One comment was written on text that { $symbol } no longer has.
   *[other] { $total } comments were written on text that { $symbol } no longer has.
}
deleted-section = { $unit } of { $symbol }
admin-deleted-link = Comments on text that was deleted
compare-title = { $from } compared with { $to }
compare-from = Earlier version
compare-to = Later version
compare-submit = Compare
compare-key = Words added in the later version are underlined; words it removed are struck through. Text that moved is compared with where it came from.
compare-new = New
compare-formerly = formerly { $place }
compare-unchanged = Unchanged
compare-deleted-title = Deleted from { $symbol }
compare-none-deleted = Nothing was deleted.
compare-not-earlier = { $from } is not an earlier version of { $to }: choose an earlier version first.
error-not-found-comparison = This draft has one version only: there is nothing to compare yet.
column-unit = Paragraph
compare-link = Compare the versions of the draft
