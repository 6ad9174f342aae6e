"""Importing proposals from a spreadsheet: the format of contract.md's "Import".

At dialogue sessions officials type residents' proposals into a spreadsheet. `manage.py
import_proposals` and the admin's "Import proposals" both hand the file to import_proposals():

1. read it: CSV as Excel writes it (UTF-8 with or without BOM, `,` or `;`, quoted fields with
   line breaks) or an XLSX workbook (its first sheet), a header row naming the columns;
2. check every row, first its values, then the proposal model's own rules, and collect every
   problem as (line in the file, column, message);
3. only when there is none, write everything in one transaction, in bulk (bulk.py): 10,000
   rows in well under a minute (bench/import_proposals.py), where saving a page at a time
   with its revision took six minutes.

Which proposal a row is: the one with its reference, when it has one that exists; a row
without a reference is new and gets the next one (BD-2024-0138), unless a proposal with the
same area, title and description (and submission date, when the row has one) exists: that is
the row imported before, so importing the same file twice changes nothing. On a proposal that
exists, an empty cell leaves its field as it is; a changed status becomes a new dated history
entry. New proposals are published (or kept as drafts for a moderator, when the setting
PROPOSAL_IMPORTS_PUBLISHED is off) with the history their dates prove (received on the day
submitted, approved on the day decided, completed on the day completed).

Who proposed something (the submitter_* columns) goes to Proposer, never to the page.
"""

import csv
import datetime
import difflib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field

import openpyxl
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.dateformat import format as format_date
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from . import bulk, feedback
from .caching import proposals_changed
from .models import (
    Administration,
    AreaPage,
    CommissionMeetingPage,
    CommissionPage,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatusChange,
    Proposer,
    ThemePage,
)
from .models.base import default_locale_id
from .models.proposals import normalise_reference
from .statuses import GRANTED, Status, parse_status

COLUMNS = (
    "reference",
    "title",
    "description",
    "area",
    "theme",
    "channel",
    "submitted_on",
    "status",
    "administration",
    "cost_estimate_sek",
    "assessment",
    "decided_on",
    "decision_note",
    "completed_on",
    "submitter_name",
    "submitter_email",
    "submitter_phone",
    "submitter_language",
)
# What a new proposal cannot do without; the header must have these columns.
REQUIRED_COLUMNS = ("title", "description", "area")
# Personal data: the Proposer field each submitter column fills.
SUBMITTER_FIELDS = {
    "submitter_name": "name",
    "submitter_email": "email",
    "submitter_phone": "phone",
    "submitter_language": "preferred_language",
}
# The proposal's fields the import writes, by column (a decision date also picks the meeting).
PAGE_FIELDS = {
    "reference": "reference",
    "title": "title",
    "description": "description",
    "area": "area_id",
    "theme": "theme_id",
    "channel": "channel",
    "submitted_on": "submitted_on",
    "status": "status",
    "administration": "administration_id",
    "cost_estimate_sek": "cost_estimate_sek",
    "assessment": "assessment",
    "decided_on": "decided_on",
    "decision_note": "decision_note",
    "completed_on": "completed_on",
}
COMPARED_FIELDS = (*PAGE_FIELDS.values(), "decided_at_meeting_id")
# The column a model error on a field is reported under.
FIELD_COLUMNS = {
    **{name.removesuffix("_id"): column for column, name in PAGE_FIELDS.items()},
    "decided_at_meeting": "decided_on",
    **{name: column for column, name in SUBMITTER_FIELDS.items()},
}
# Field validation (lengths, e-mail, number ranges) of the model, on the fields written.
CHECKED_FIELDS = {
    "reference",
    "title",
    "channel",
    "submitted_on",
    "status",
    "cost_estimate_sek",
    "decided_on",
    "completed_on",
}
NOT_CHECKED = [f.name for f in ProposalPage._meta.fields if f.name not in CHECKED_FIELDS]
MAX_ROWS = getattr(settings, "PORTAL_IMPORT_MAX_ROWS", 50_000)
SLUG_LENGTH = 80
XLSX_SIGNATURE = b"PK\x03\x04"
XLS_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Control characters break PostgreSQL (NUL) or the page; line breaks and tabs are kept.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Whole kronor: "150000", "150 000", "1 500 000 kr", "150000 SEK" (any space between thousands).
AMOUNT = re.compile(r"(\d{1,3}(?: \d{3})+|\d+)(?: ?(?:kr\.?|sek))?", re.IGNORECASE)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

CHANNELS = frozenset(ProposalPage.Channel.values)

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"


@dataclass
class Problem:
    """One mistake in the file: where it is (line, column) and what is wrong, translated."""

    line: int | None
    column: str | None
    message: str

    def __str__(self):
        values = {"line": self.line, "column": self.column, "message": self.message}
        if self.line and self.column:
            return _("Line %(line)s, column %(column)s: %(message)s") % values
        if self.line:
            return _("Line %(line)s: %(message)s") % values
        return self.message


@dataclass
class Outcome:
    """What importing one row does to its proposal."""

    line: int
    action: str
    proposal: ProposalPage
    old_status: str | None = None
    # The attributes of an existing proposal the row changes.
    changed_fields: tuple = ()
    proposer: Proposer | None = None
    proposer_changed: bool = False

    @property
    def page_changed(self):
        return self.action == CREATE or bool(self.changed_fields)

    @property
    def status_changed(self):
        return self.action == UPDATE and self.old_status != self.proposal.status


@dataclass
class ImportReport:
    """The problems of a file, or what importing it does (did, unless a dry run)."""

    problems: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    written: bool = False
    # (proposal, its new history entry) for each status changed, once written.
    status_changes: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems

    def _count(self, action):
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self):
        return self._count(CREATE)

    @property
    def updated(self):
        return self._count(UPDATE)

    @property
    def unchanged(self):
        return self._count(UNCHANGED)

    @property
    def status_changed(self):
        return sum(1 for outcome in self.outcomes if outcome.status_changed)

    @property
    def changes(self):
        """The outcomes that write something, in the file's order."""
        return [outcome for outcome in self.outcomes if outcome.action != UNCHANGED]

    def summary(self):
        counts = {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "status_changes": self.status_changed,
        }
        if self.written:
            return (
                _(
                    "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d, "
                    "status changes: %(status_changes)d."
                )
                % counts
            )
        return (
            _(
                "To be created: %(created)d, to be updated: %(updated)d, unchanged: "
                "%(unchanged)d, status changes: %(status_changes)d."
            )
            % counts
        )


def import_proposals(data, user=None, dry_run=False):
    """Check the file's bytes and, when nothing is wrong and not a dry run, import them.

    Returns an ImportReport: every problem, or what each row does. All or nothing: any
    problem means nothing is written.
    """
    report = ImportReport()
    try:
        sheet = read_sheet(data)
    except Unreadable as error:
        report.problems.append(Problem(error.line, None, error.message))
        return report
    report.problems.extend(sheet.problems)
    if not sheet.rows and not sheet.problems:
        report.problems.append(
            Problem(None, None, _("The file has no proposals under its header."))
        )
    if sheet.rows:
        importer = Importer(sheet, user)
        importer.check()
        report.problems.extend(importer.problems)
        report.outcomes = importer.outcomes
    report.problems.sort(key=lambda problem: (problem.line or 0, column_order(problem.column)))
    if report.ok and not dry_run:
        report.status_changes = importer.write()
        report.written = True
    return report


def send_feedback(report):
    """Owe a feedback e-mail for every status the import changed; they go out in the
    background once the import is committed (proposals_pages/feedback.py). One sentence
    saying so."""
    mails = [feedback.queue_status_feedback(change) for _proposal, change in report.status_changes]
    queued = sum(mail is not None for mail in mails)
    return _(
        "Feedback e-mails queued: %(queued)d; proposers without an e-mail address: %(without)d."
    ) % {"queued": queued, "without": len(mails) - queued}


def column_order(column):
    return COLUMNS.index(column) if column in COLUMNS else -1


# --- reading the file ------------------------------------------------------------------


class Unreadable(Exception):
    """The file cannot be read as a table at all."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class Sheet:
    """The file's rows: (line, {column: cell}) for the known columns the header names."""

    columns: list
    rows: list
    problems: list


def read_sheet(data):
    """The header and rows of a CSV or XLSX file, with the header's problems."""
    if data.startswith(XLSX_SIGNATURE):
        lines = xlsx_lines(data)
    elif data.startswith(XLS_SIGNATURE):
        raise Unreadable(
            _(
                "Old Excel workbooks (.xls) cannot be read: save the file as an Excel workbook "
                "(.xlsx) or as CSV UTF-8."
            )
        )
    else:
        lines = csv_lines(data)
    header = next(lines, None)
    if header is None:
        raise Unreadable(_("The file is empty."))
    positions, reported, problems = read_header(header[1])
    rows, unnamed = [], set()
    for line, cells in lines:
        if all(is_blank(cell) for cell in cells):
            continue  # spreadsheets end with empty rows
        if len(rows) == MAX_ROWS:
            raise Unreadable(
                _("The file has more than %(limit)s proposals: split it into smaller files.")
                % {"limit": MAX_ROWS}
            )
        rows.append(
            (
                line,
                {column: cells[i] if i < len(cells) else None for column, i in positions.items()},
            )
        )
        unnamed.update(i for i, cell in enumerate(cells) if not is_blank(cell))
    unnamed -= set(positions.values()) | reported
    for index in sorted(unnamed):
        problems.append(
            Problem(
                1,
                None,
                _("Column %(number)s has values but no name in the header.")
                % {"number": index + 1},
            )
        )
    return Sheet(columns=list(positions), rows=rows, problems=problems)


def read_header(cells):
    """{column: index} of the known columns, the indexes of columns already reported (unknown
    or repeated), and what is wrong with the header."""
    positions, reported, problems = {}, set(), []
    for index, cell in enumerate(cells):
        written = cell_text(cell)
        name = written.lower()
        if not name:
            continue
        if name in positions:
            problems.append(Problem(1, written, _("This column appears more than once.")))
            reported.add(index)
        elif name in COLUMNS:
            positions[name] = index
        else:
            guess = difflib.get_close_matches(name, COLUMNS, n=1)
            message = (
                _("This is not a known column. Did you mean “%(column)s”?") % {"column": guess[0]}
                if guess
                else _("This is not a known column.")
            )
            problems.append(Problem(1, written, message))
            reported.add(index)
    for column in REQUIRED_COLUMNS:
        if column not in positions:
            problems.append(Problem(1, column, _("This column is required but missing.")))
    return positions, reported, problems


def csv_lines(data):
    """(line, cells) of a CSV file: the line a record starts on, as a spreadsheet numbers it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(
            _("The file is not in UTF-8: save it as “CSV UTF-8” or as an Excel workbook (.xlsx)."),
            line=data[: error.start].count(b"\n") + 1,
        ) from error
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise Unreadable(
            _("This line cannot be read as CSV (%(error)s).") % {"error": error}, line=line
        ) from error


def xlsx_lines(data):
    """(row number, cells) of the workbook's first sheet, cells as Excel typed them."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged file
        raise Unreadable(workbook_unreadable()) from error
    try:
        sheet = workbook.worksheets[0]
        yield from enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
    except Exception as error:  # as above, while reading the rows
        raise Unreadable(workbook_unreadable()) from error
    finally:
        workbook.close()


def workbook_unreadable():
    return _("The workbook cannot be read: save it again as .xlsx or as CSV UTF-8.")


def is_blank(cell):
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell):
    """A cell as text: what the spreadsheet shows (12.0 as 12), line breaks kept, trimmed."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, datetime.datetime) and cell.time() == datetime.time():
        cell = cell.date()
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    text = CONTROL_CHARACTERS.sub("", str(cell)).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def key(value):
    """A name or slug compared as people write it: case and spaces forgiven."""
    return " ".join(str(value).split()).casefold()


# --- the values of a row ---------------------------------------------------------------


class Invalid(Exception):
    """A cell's value cannot be used; the message says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def quoted(cell):
    return cell_text(cell) or str(cell)


def text_value(importer, cell):
    return cell_text(cell)


def reference_value(importer, cell):
    return normalise_reference(cell_text(cell))


def date_value(importer, cell):
    if isinstance(cell, datetime.datetime):
        day = cell.date()
    elif isinstance(cell, datetime.date):
        day = cell
    else:
        text = cell_text(cell)
        try:
            if not DATE.fullmatch(text):
                raise ValueError(text)
            day = datetime.date.fromisoformat(text)
        except ValueError:
            raise Invalid(
                _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2024-03-15.")
                % {"value": text}
            ) from None
    if day > importer.today:
        raise Invalid(_("%(value)s lies in the future.") % {"value": day.isoformat()})
    return day


def amount_value(importer, cell):
    if isinstance(cell, int) and not isinstance(cell, bool) and cell >= 0:
        return cell
    if isinstance(cell, float) and cell.is_integer() and cell >= 0:
        return int(cell)
    text = cell_text(cell)
    # Spreadsheets group thousands with a space, a non-breaking or a narrow one.
    written = re.sub(r"\s", " ", text)
    match = AMOUNT.fullmatch(written)
    if not match:
        raise Invalid(
            _("“%(value)s” is not an amount in whole kronor, e.g. 150 000 or 150000 kr.")
            % {"value": text}
        )
    return int(match.group(1).replace(" ", ""))


def status_value(importer, cell):
    status = parse_status(cell_text(cell))
    if status is None:
        raise Invalid(_("“%(value)s” is not a known status.") % {"value": quoted(cell)})
    return status.value


def channel_value(importer, cell):
    channel = key(cell_text(cell))
    if channel not in CHANNELS:
        raise Invalid(
            _("“%(value)s” is not a channel: write dialogue, digital or other.")
            % {"value": quoted(cell)}
        )
    return channel


def language_value(importer, cell):
    written = key(cell_text(cell))
    for code, name in settings.LANGUAGES:
        if written in (code, key(name)):
            return code
    raise Invalid(
        _("“%(value)s” is not a language of the site: write one of %(codes)s.")
        % {"value": quoted(cell), "codes": ", ".join(code for code, name in settings.LANGUAGES)}
    )


def area_value(importer, cell):
    return importer.areas.find(cell, _("There is no area “%(value)s”."))


def theme_value(importer, cell):
    return importer.themes.find(cell, _("There is no theme “%(value)s”."))


def administration_value(importer, cell):
    return importer.administrations.find(cell, _("There is no administration “%(value)s”."))


PARSERS = {
    "reference": reference_value,
    "title": text_value,
    "description": text_value,
    "area": area_value,
    "theme": theme_value,
    "channel": channel_value,
    "submitted_on": date_value,
    "status": status_value,
    "administration": administration_value,
    "cost_estimate_sek": amount_value,
    "assessment": text_value,
    "decided_on": date_value,
    "decision_note": text_value,
    "completed_on": date_value,
    "submitter_name": text_value,
    "submitter_email": text_value,
    "submitter_phone": text_value,
    "submitter_language": language_value,
}


class Names:
    """Pages or snippets found by name or slug, case and surrounding spaces forgiven."""

    def __init__(self, rows):
        self.by_slug, self.by_name = {}, defaultdict(set)
        for pk, name, slug in rows:
            self.by_slug.setdefault(key(slug), pk)
            self.by_name[key(name)].add(pk)

    def find(self, cell, missing):
        written = key(cell_text(cell))
        if written in self.by_slug:
            return self.by_slug[written]
        found = self.by_name.get(written, set())
        if len(found) > 1:
            raise Invalid(
                _("“%(value)s” is the name of more than one: write its slug instead.")
                % {"value": quoted(cell)}
            )
        if not found:
            raise Invalid(missing % {"value": quoted(cell)})
        return next(iter(found))


# --- checking every row ----------------------------------------------------------------


class Importer:
    """Checks a sheet's rows against the site and the model's rules, then writes them."""

    def __init__(self, sheet, user=None):
        self.sheet = sheet
        self.user = user
        self.today = timezone.localdate()
        self.locale_id = default_locale_id()
        self.problems = []
        self.outcomes = []
        pages = {"locale_id": self.locale_id}
        self.areas = Names(AreaPage.objects.filter(**pages).values_list("pk", "title", "slug"))
        self.themes = Names(ThemePage.objects.filter(**pages).values_list("pk", "title", "slug"))
        self.administrations = Names(
            Administration.objects.filter(**pages).values_list("pk", "name", "slug")
        )
        self.index = ProposalIndexPage.objects.filter(**pages).first()
        self.commission = CommissionPage.objects.filter(**pages).first()
        self.meetings, self.meetings_by_pk = {}, {}
        for meeting in CommissionMeetingPage.objects.filter(**pages).order_by("pk"):
            self.meetings.setdefault(meeting.date, meeting)
            self.meetings_by_pk[meeting.pk] = meeting
        # Meetings to create on import, by date, and the proposals waiting for them.
        self.new_meetings, self.waiting_for_meeting = {}, []
        self.proposers = {}

    def problem(self, line, column, message):
        self.problems.append(Problem(line, column, str(message)))

    def check(self):
        """Every row checked: self.problems, or self.outcomes saying what each row does."""
        if self.index is None:
            self.problem(None, None, _("The site has no proposal index page to import into."))
            return
        parsed = [(line, *self.parse(line, cells)) for line, cells in self.sheet.rows]
        found = self.find_existing(parsed)
        existing = [p for p in found.values() if isinstance(p, ProposalPage)]
        for batch in batches([proposal.pk for proposal in existing]):
            for proposer in Proposer.objects.filter(proposal_id__in=batch):
                self.proposers[proposer.proposal_id] = proposer
        claimed = {}
        for line, values, bad in parsed:
            proposal = found.get(line)
            if isinstance(proposal, Problem):
                self.problems.append(proposal)
                continue
            if proposal is not None:
                if proposal.pk in claimed:
                    self.problem(
                        line,
                        "reference",
                        _("This is the same proposal as on line %(line)s.")
                        % {"line": claimed[proposal.pk]},
                    )
                    continue
                claimed[proposal.pk] = line
            outcome = self.plan(line, values, bad, proposal)
            if outcome:
                self.outcomes.append(outcome)
        self.give_references()
        self.give_slugs()

    def parse(self, line, cells):
        """The row's values by column (empty cells left out), and the columns in error."""
        values, bad = {}, set()
        for column, cell in cells.items():
            if is_blank(cell):
                continue
            try:
                value = PARSERS[column](self, cell)
            except Invalid as error:
                self.problem(line, column, error.message)
                bad.add(column)
                continue
            if value != "":  # "" when the cell held nothing but control characters
                values[column] = value
        return values, bad

    def find_existing(self, parsed):
        """{line: the existing proposal the row is about, or a Problem}.

        By reference when the row has one; else by the same area, title and description.
        """
        found, first_line = {}, {}
        for line, values, _bad in parsed:
            reference = values.get("reference")
            if reference in first_line:
                found[line] = Problem(
                    line,
                    "reference",
                    _("“%(reference)s” is also on line %(line)s.")
                    % {"reference": reference, "line": first_line[reference]},
                )
            elif reference:
                first_line[reference] = line
        proposals = ProposalPage.objects.filter(locale_id=self.locale_id)
        for batch in batches(list(first_line)):
            for proposal in proposals.filter(reference__in=batch):
                found[first_line[proposal.reference]] = proposal

        # Rows without a reference: the same proposal imported before, if there is one.
        unnamed = [
            (line, values)
            for line, values, _bad in parsed
            if "reference" not in values and {"title", "description", "area"} <= values.keys()
        ]
        # Titles repeat ("Fler bänkar"): compare plain values first, load only the matches.
        candidates = defaultdict(list)
        for batch in batches(sorted({values["title"] for line, values in unnamed})):
            same_title = proposals.filter(title__in=batch).values_list(
                "pk", "area_id", "title", "description", "submitted_on"
            )
            for pk, area_id, title, description, submitted_on in same_title:
                candidates[(area_id, title, description)].append((pk, submitted_on))
        matched = {}
        seen = defaultdict(list)
        for line, values in unnamed:
            identity = (values["area"], values["title"], values["description"])
            twin = next(
                (
                    (earlier, day)
                    for earlier, day in seen[identity]
                    if None in (day, values.get("submitted_on")) or day == values["submitted_on"]
                ),
                None,
            )
            seen[identity].append((line, values.get("submitted_on")))
            if twin:
                found[line] = Problem(
                    line,
                    "reference",
                    _("This is the same proposal as on line %(line)s.") % {"line": twin[0]},
                )
                continue
            same = candidates.get(identity, [])
            if "submitted_on" in values:
                same = [(pk, day) for pk, day in same if day == values["submitted_on"]]
            if len(same) == 1:
                matched[same[0][0]] = line
            elif len(same) > 1:
                found[line] = Problem(
                    line,
                    "reference",
                    _(
                        "More than one proposal has this area, title and description: write "
                        "the reference of the one this line is about."
                    ),
                )
        for batch in batches(list(matched)):
            for proposal in proposals.filter(pk__in=batch):
                found[matched[proposal.pk]] = proposal
        return found

    def plan(self, line, values, bad, proposal):
        """The row's values applied to its proposal and checked; None when in error."""
        problems_before = len(self.problems)
        new = proposal is None
        if new:
            for column in REQUIRED_COLUMNS:
                if column in self.sheet.columns and column not in values.keys() | bad:
                    self.problem(line, column, _("A new proposal needs a value in this column."))
                    bad.add(column)
            live = settings.PROPOSAL_IMPORTS_PUBLISHED
            proposal = ProposalPage(
                locale_id=self.locale_id,
                live=live,
                has_unpublished_changes=not live,
                owner=self.user,
            )
            old_status, before = None, {}
        else:
            old_status = proposal.status
            before = {name: getattr(proposal, name) for name in COMPARED_FIELDS}
            if proposal.decided_at_meeting_id in self.meetings_by_pk:  # spares a query a row
                proposal.decided_at_meeting = self.meetings_by_pk[proposal.decided_at_meeting_id]
        for column, value in values.items():
            if column in PAGE_FIELDS:
                setattr(proposal, PAGE_FIELDS[column], value)
        new_meeting = "decided_on" in values and self.set_meeting(
            line, proposal, values["decided_on"], bad
        )
        changed_fields = tuple(
            name
            for name in before
            if getattr(proposal, name) != before[name]
            or (name == "decided_at_meeting_id" and new_meeting)
        )
        page_changed = new or bool(changed_fields)
        if page_changed:
            self.check_model(line, proposal, bad)
        if page_changed and not new:
            self.check_editable(line, proposal)
        proposer, proposer_changed = self.proposer_for(line, values, bad, proposal, new)
        if len(self.problems) > problems_before:
            return None
        if new:
            return Outcome(line, CREATE, proposal, proposer=proposer, proposer_changed=True)
        return Outcome(
            line,
            UPDATE if page_changed or proposer_changed else UNCHANGED,
            proposal,
            old_status=old_status,
            changed_fields=changed_fields,
            proposer=proposer,
            proposer_changed=proposer_changed,
        )

    def set_meeting(self, line, proposal, day, bad):
        """The commission meeting held that day, or one to create when there is none (then
        True: the proposal's meeting changes, though its id is not known yet)."""
        current = self.meetings_by_pk.get(proposal.decided_at_meeting_id)
        if current and current.date == day:
            return False
        if day in self.meetings:
            proposal.decided_at_meeting = self.meetings[day]
            return False
        if self.commission is None:
            self.problem(
                line, "decided_on", _("The site has no commission page to add the meeting to.")
            )
            bad.add("decided_on")
            return False
        if day not in self.new_meetings:
            self.new_meetings[day] = CommissionMeetingPage(date=day)
        meeting = self.new_meetings[day]
        proposal.decided_at_meeting = meeting  # not saved yet: its id is set on writing
        self.waiting_for_meeting.append(proposal)
        return True

    def check_model(self, line, proposal, bad):
        """The model's own field checks and rules, each under the column it comes from."""
        errors = {}
        try:
            proposal.clean_fields(exclude=NOT_CHECKED)
        except ValidationError as error:
            errors.update({name: messages[0] for name, messages in error.message_dict.items()})
        for name, message in proposal.rule_errors().items():
            errors.setdefault(name, message)
        if "decided_on" in errors:
            errors.pop("decided_at_meeting", None)  # one mistake: no decision date
        for name, message in errors.items():
            column = FIELD_COLUMNS.get(name, name)
            if column not in bad:
                self.problem(line, column, message)
                bad.add(column)

    def check_editable(self, line, proposal):
        """An editor's work on a proposal in the admin has the last word over a file."""
        if not proposal.live:
            self.problem(
                line,
                "reference",
                _(
                    "This proposal is unpublished in the admin: publish it there before "
                    "importing changes to it."
                ),
            )
        elif proposal.has_unpublished_changes:
            self.problem(
                line,
                "reference",
                _(
                    "This proposal has changes in the admin that are not published yet: "
                    "publish or discard them before importing changes to it."
                ),
            )

    def proposer_for(self, line, values, bad, proposal, new):
        """The Proposer the row's submitter columns fill, and whether it changes."""
        given = {
            name: values[column] for column, name in SUBMITTER_FIELDS.items() if column in values
        }
        if not given:
            return None, False
        proposer = None if new else self.proposers.get(proposal.pk)
        if proposer is None:
            if not any(given.get(name) for name in ("name", "email", "phone")):
                return None, False  # a language alone is no one to write to
            proposer = Proposer(preferred_language=settings.LANGUAGE_CODE)
            changed = True
        else:
            changed = any(getattr(proposer, name) != value for name, value in given.items())
        for name, value in given.items():
            setattr(proposer, name, value)
        try:
            proposer.clean_fields(exclude=["proposal"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = FIELD_COLUMNS.get(name, name)
                if column not in bad:
                    self.problem(line, column, messages[0])
                    bad.add(column)
        return proposer, changed

    def give_references(self):
        """The next references, year by year, for new proposals that came without one."""
        taken = {o.proposal.reference for o in self.outcomes if o.proposal.reference}
        waiting = defaultdict(list)
        for outcome in self.outcomes:
            if outcome.action == CREATE and not outcome.proposal.reference:
                waiting[outcome.proposal.submitted_on.year].append(outcome.proposal)
        for year, proposals in sorted(waiting.items()):
            references = ProposalPage.next_references(year, len(proposals), taken=taken)
            for proposal, reference in zip(proposals, references, strict=True):
                proposal.reference = reference

    def give_slugs(self):
        """Slugs like the demo's (bd-2024-0137-utegym-i-alby), unique under the index."""
        new = [o.proposal for o in self.outcomes if o.action == CREATE]
        if not new:
            return
        taken = set(Page.objects.child_of(self.index).values_list("slug", flat=True))
        for proposal in new:
            base = slugify(f"{proposal.reference}-{proposal.title}")[:SLUG_LENGTH].strip("-")
            slug, number = base, 1
            while slug in taken:
                number += 1
                slug = f"{base}-{number}"
            taken.add(slug)
            proposal.slug = slug

    # --- writing ---------------------------------------------------------------------

    def write(self):
        """Everything the outcomes say, in one transaction; the status changes made."""
        created = [o.proposal for o in self.outcomes if o.action == CREATE]
        updates = [o for o in self.outcomes if o.action == UPDATE and o.page_changed]
        changed = [outcome.proposal for outcome in updates]
        with transaction.atomic():
            self.add_meetings()
            for proposal in self.waiting_for_meeting:
                proposal.decided_at_meeting = proposal.decided_at_meeting  # saved now: its id
            bulk.add_children(self.index, bulk.without_children(created))
            self.update(updates)
            if settings.PROPOSAL_IMPORTS_PUBLISHED:
                bulk.publish(created + changed, user=self.user, created=created)
            else:  # new proposals wait for a moderator, as online ones do
                bulk.publish(changed, user=self.user)
                bulk.save_drafts(created, user=self.user)
            status_changes = self.add_history(created)
            self.save_proposers()
            bulk.update_search_index(ProposalPage, created + changed)
            bulk.update_reference_index(created + changed)
        if created or changed:
            proposals_changed()  # bulk writes send no post_save: drop the cached counts
        if len(created) >= bulk.ANALYZE_AFTER:
            bulk.refresh_planner_statistics([ProposalPage, ProposalStatusChange])
        return status_changes

    def add_meetings(self):
        """The commission meetings that decisions name and that did not exist, published."""
        with translation.override(settings.LANGUAGE_CODE):
            for day, meeting in sorted(self.new_meetings.items()):
                meeting.title = _("Commission meeting %(date)s") % {
                    "date": format_date(day, "j F Y")
                }
                meeting.slug = find_available_slug(self.commission, slugify(meeting.title))
                meeting.owner = self.user
                self.commission.add_child(instance=meeting)
                meeting.save_revision(user=self.user).publish(
                    user=self.user, skip_permission_checks=True
                )
                self.commission.refresh_from_db()  # its numchild, for the next child

    def update(self, outcomes):
        """The fields each row changes on its existing proposal, in both of its tables."""
        if not outcomes:
            return
        # The revisions about to be written read these; one query each, not one a page.
        prefetch_related_objects(
            [outcome.proposal for outcome in outcomes], "photos", "wagtail_admin_comments"
        )
        # A plain UPDATE a proposal: bulk_update's CASE per row and field took 13 ms a row.
        for outcome in outcomes:
            proposal = outcome.proposal
            own = {name: getattr(proposal, name) for name in outcome.changed_fields}
            if "title" in own:
                proposal.draft_title = own.pop("title")
                Page.objects.filter(pk=proposal.pk).update(
                    title=proposal.title, draft_title=proposal.title
                )
            if own:
                ProposalPage._base_manager.filter(pk=proposal.pk).update(**own)

    def add_history(self, created):
        """New proposals' first history and an entry for each status changed; the latter."""
        entries = [entry for proposal in created for entry in first_history(proposal)]
        moved = [o.proposal for o in self.outcomes if o.status_changed]
        last = {}
        for batch in batches([proposal.pk for proposal in moved]):
            history = ProposalStatusChange.objects.filter(proposal_id__in=batch)
            for entry in history.order_by("proposal_id", "pk"):
                last[entry.proposal_id] = entry
        changes = [(p, p.new_status_change(last=last.get(p.pk))) for p in moved]
        entries += [entry for proposal, entry in changes]
        ProposalStatusChange.objects.bulk_create(entries, batch_size=bulk.BATCH)
        return changes

    def save_proposers(self):
        new, changed = [], []
        for outcome in self.outcomes:
            proposer = outcome.proposer
            if proposer is None or not outcome.proposer_changed:
                continue
            if proposer.pk is None:
                proposer.proposal = outcome.proposal
                new.append(proposer)
            else:
                changed.append(proposer)
        Proposer.objects.bulk_create(new, batch_size=bulk.BATCH)
        Proposer.objects.bulk_update(
            changed, list(SUBMITTER_FIELDS.values()), batch_size=bulk.BATCH
        )


def first_history(proposal):
    """The history a new proposal arrives with: the steps its dates prove, then its status."""
    steps = []
    if proposal.status != Status.RECEIVED:
        steps.append((Status.RECEIVED, proposal.submitted_on))
    if proposal.status in GRANTED and proposal.status != Status.APPROVED:
        steps.append((Status.APPROVED, proposal.decided_on))
    entries = [
        ProposalStatusChange(proposal=proposal, status=status, changed_on=day)
        for status, day in steps
    ]
    return [*entries, proposal.new_status_change()]


def batches(items, size=500):
    for start in range(0, len(items), size):
        yield items[start : start + size]
