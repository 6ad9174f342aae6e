"""The rules of the import format (contract.md, "Import"): each value, each status's needs,
references, and all or nothing."""

import datetime

import pytest
from freezegun import freeze_time

from proposals_pages.models import ProposalPage, ProposalStatusChange, Proposer
from proposals_pages.statuses import Status

from .import_files import import_rows, problems, row

pytestmark = pytest.mark.usefixtures("import_places")

# Everything an approved proposal needs.
APPROVED = {
    "status": "approved",
    "submitted_on": "2024-03-01",
    "administration": "Kultur- och fritidsförvaltningen",
    "cost_estimate_sek": "150000",
    "decided_on": "2024-04-10",
}


def the_proposal():
    return ProposalPage.objects.get()


# --- names of areas, themes and administrations ---------------------------------------


@pytest.mark.parametrize("written", ["Fittja", "fittja", "  FITTJA ", "Fittja"])
def test_an_area_is_found_by_name_or_slug_whatever_the_case_and_spaces(site_tree, written):
    import_rows(row(area=written))

    assert the_proposal().area.slug == "fittja"


def test_an_unknown_area_is_reported(site_tree):
    assert problems(import_rows(row(area="Norsborg"))) == [
        "Line 2, column area: There is no area “Norsborg”."
    ]


@pytest.mark.parametrize("written", ["Unga och fritid", "unga", " UNGA OCH FRITID"])
def test_a_theme_is_found_by_name_or_slug(site_tree, written):
    import_rows(row(theme=written))

    assert the_proposal().theme.slug == "unga"


def test_an_unknown_theme_is_reported(site_tree):
    assert problems(import_rows(row(theme="Sport"))) == [
        "Line 2, column theme: There is no theme “Sport”."
    ]


@pytest.mark.parametrize(
    "written", ["Kultur- och fritidsförvaltningen", "kultur-och-fritidsforvaltningen"]
)
def test_an_administration_is_found_by_name_or_slug(site_tree, written):
    import_rows(row(administration=written))

    assert the_proposal().administration.name == "Kultur- och fritidsförvaltningen"


def test_an_unknown_administration_is_reported(site_tree):
    assert problems(import_rows(row(administration="Tekniska"))) == [
        "Line 2, column administration: There is no administration “Tekniska”."
    ]


# --- status, channel, dates, amounts -------------------------------------------------


@pytest.mark.parametrize("written", ["under_review", "Under beredning", "under beredning"])
def test_a_status_is_its_code_or_its_swedish_label(site_tree, written):
    import_rows(row(status=written))

    assert the_proposal().status == Status.UNDER_REVIEW


def test_an_unknown_status_is_reported(site_tree):
    assert problems(import_rows(row(status="godkänd"))) == [
        "Line 2, column status: “godkänd” is not a known status."
    ]


def test_a_new_proposal_without_a_status_is_received(site_tree):
    import_rows(row())

    assert the_proposal().status == Status.RECEIVED


@pytest.mark.parametrize("channel", ["dialogue", "digital", "other", "Digital"])
def test_the_channel_is_dialogue_digital_or_other(site_tree, channel):
    import_rows(row(channel=channel))

    assert the_proposal().channel == channel.lower()


def test_an_unknown_channel_is_reported(site_tree):
    assert problems(import_rows(row(channel="telefon"))) == [
        "Line 2, column channel: “telefon” is not a channel: write dialogue, digital or other."
    ]


@pytest.mark.parametrize("written", ["1/3/2024", "2024-02-30", "2024-3-1", "igår"])
def test_a_date_not_written_yyyy_mm_dd_is_reported(site_tree, written):
    assert problems(import_rows(row(submitted_on=written))) == [
        f"Line 2, column submitted_on: “{written}” is not a date: write it as YYYY-MM-DD, "
        "e.g. 2024-03-15."
    ]


@freeze_time("2024-06-01")
def test_a_date_in_the_future_is_reported(site_tree):
    assert problems(import_rows(row(submitted_on="2204-06-01"))) == [
        "Line 2, column submitted_on: 2204-06-01 lies in the future."
    ]


@freeze_time("2024-06-01")
def test_a_new_proposal_without_a_date_was_submitted_today(site_tree):
    import_rows(row())

    assert the_proposal().submitted_on == datetime.date(2024, 6, 1)


@pytest.mark.parametrize(
    "written",
    [
        "150000",
        "150 000",
        "150\u00a0000",
        "150\u202f000 kr",
        "150 000 kr",
        "150000 SEK",
        "150000kr",
        150000,
    ],
)
def test_a_cost_is_whole_kronor_with_spaces_between_thousands_and_kr_or_sek(site_tree, written):
    import_rows(row(**{**APPROVED, "cost_estimate_sek": written}))

    assert the_proposal().cost_estimate_sek == 150_000


@pytest.mark.parametrize("written", ["150 000,50", "150.000", "15 00 00", "-5000", "mycket"])
def test_a_cost_that_is_not_whole_kronor_is_reported(site_tree, written):
    assert problems(import_rows(row(cost_estimate_sek=written))) == [
        f"Line 2, column cost_estimate_sek: “{written}” is not an amount in whole kronor, "
        "e.g. 150 000 or 150000 kr."
    ]


# --- what each status needs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "left_out", "message"),
    [
        ("approved", "decided_on", "A decided proposal needs its decision date."),
        ("approved", "cost_estimate_sek", "An approved proposal needs its cost estimate."),
        ("in_progress", "decided_on", "A decided proposal needs its decision date."),
        ("in_progress", "cost_estimate_sek", "An approved proposal needs its cost estimate."),
        ("completed", "completed_on", "A completed proposal needs its completion date."),
        ("completed", "cost_estimate_sek", "An approved proposal needs its cost estimate."),
        ("rejected", "decided_on", "A decided proposal needs its decision date."),
        ("rejected", "decision_note", "A rejected proposal needs the reason for the decision."),
    ],
)
def test_each_status_needs_its_fields(site_tree, status, left_out, message):
    values = {
        **APPROVED,
        "status": status,
        "completed_on": "2024-09-01",
        "decision_note": "Ryms inte i budgeten.",
        left_out: "",
    }

    assert problems(import_rows(row(**values))) == [f"Line 2, column {left_out}: {message}"]


def test_a_status_with_its_fields_may_be_set_directly(site_tree):
    report = import_rows(row(reference="BD-2024-0001", status="under_review"))
    assert report.ok

    report = import_rows(row(reference="BD-2024-0001", **APPROVED))

    assert report.ok and report.status_changed == 1
    assert the_proposal().status == Status.APPROVED


def test_a_decision_before_the_proposal_was_submitted_is_reported(site_tree):
    values = {**APPROVED, "submitted_on": "2024-05-01"}

    assert problems(import_rows(row(**values))) == [
        "Line 2, column decided_on: The decision cannot be earlier than the proposal was submitted."
    ]


def test_completion_before_the_decision_is_reported(site_tree):
    values = {**APPROVED, "status": "completed", "completed_on": "2024-04-01"}

    assert problems(import_rows(row(**values))) == [
        "Line 2, column completed_on: Completion cannot be earlier than the decision."
    ]


def test_a_new_proposal_needs_a_title_description_and_area(site_tree):
    report = import_rows({"title": "Utegym"})

    assert problems(report) == [
        "Line 2, column description: A new proposal needs a value in this column.",
        "Line 2, column area: A new proposal needs a value in this column.",
    ]


def test_a_title_longer_than_a_page_title_may_be_is_reported(site_tree):
    report = import_rows(row(title="x" * 300))

    assert problems(report) == [
        "Line 2, column title: Ensure this value has at most 255 characters (it has 300)."
    ]


# --- references ------------------------------------------------------------------------


@freeze_time("2025-02-01")
def test_a_blank_reference_gets_the_next_one_of_its_year(site_tree, proposal_factory):
    proposal_factory(reference="BD-2024-0041", submitted_on=datetime.date(2024, 5, 1))

    import_rows(
        row(title="Utegym", submitted_on="2024-06-01"),
        row(title="Belysning", submitted_on="2024-06-02"),
        row(title="Bänkar", submitted_on="2025-01-10"),
    )

    references = dict(ProposalPage.objects.values_list("title", "reference"))
    assert references["Utegym"] == "BD-2024-0042"
    assert references["Belysning"] == "BD-2024-0043"
    assert references["Bänkar"] == "BD-2025-0001"


def test_a_generated_reference_skips_those_given_in_the_file(site_tree):
    import_rows(
        row(title="Utegym", submitted_on="2024-06-01"),
        row(title="Belysning", submitted_on="2024-06-01", reference="BD-2024-0001"),
    )

    assert ProposalPage.objects.get(title="Utegym").reference == "BD-2024-0002"


def test_a_reference_is_written_as_the_receipt_shows_it(site_tree):
    import_rows(row(reference=" bd-2024- 0137 "))

    assert the_proposal().reference == "BD-2024-0137"


def test_a_reference_twice_in_the_file_is_reported_on_its_second_line(site_tree):
    report = import_rows(
        row(reference="BD-2024-0007", title="Utegym"),
        row(reference="BD-2024-0008", title="Bänkar"),
        row(reference="bd-2024-0007", title="Belysning"),
    )

    assert problems(report) == [
        "Line 4, column reference: “BD-2024-0007” is also on line 2.",
    ]
    assert not ProposalPage.objects.exists()


def test_the_same_proposal_twice_without_a_reference_is_reported(site_tree):
    report = import_rows(row(), row())

    assert problems(report) == ["Line 3, column reference: This is the same proposal as on line 2."]


# --- personal data -------------------------------------------------------------------------


def test_an_e_mail_address_that_is_not_one_is_reported(site_tree):
    assert problems(import_rows(row(submitter_email="anna.example.se"))) == [
        "Line 2, column submitter_email: Enter a valid email address."
    ]


@pytest.mark.parametrize(("written", "code"), [("ar", "ar"), ("SV", "sv"), ("Suomi", "fi")])
def test_the_submitters_language_is_a_code_or_name_of_the_sites_languages(site_tree, written, code):
    import_rows(row(submitter_name="Anna", submitter_language=written))

    assert Proposer.objects.get().preferred_language == code


def test_a_language_the_site_does_not_have_is_reported(site_tree):
    assert problems(import_rows(row(submitter_language="de"))) == [
        "Line 2, column submitter_language: “de” is not a language of the site: write one of "
        "sv, en, fi, ar, so, tr."
    ]


# --- all or nothing ------------------------------------------------------------------------


def test_every_mistake_is_one_message_naming_its_line_and_column(site_tree):
    report = import_rows(
        row(title="Utegym", area="Norsborg"),
        row(title="Belysning"),
        row(title="Bänkar", status="klart", cost_estimate_sek="mycket"),
        row(title="Lekplats", status="approved"),
    )

    assert problems(report) == [
        "Line 2, column area: There is no area “Norsborg”.",
        "Line 4, column status: “klart” is not a known status.",
        "Line 4, column cost_estimate_sek: “mycket” is not an amount in whole kronor, "
        "e.g. 150 000 or 150000 kr.",
        "Line 5, column cost_estimate_sek: An approved proposal needs its cost estimate.",
        "Line 5, column decided_on: A decided proposal needs its decision date.",
    ]


def test_nothing_is_written_when_any_row_is_bad(site_tree):
    report = import_rows(
        row(title="Utegym", submitter_name="Anna", submitter_email="anna@example.se"),
        row(title="Belysning", **APPROVED),
        row(title="Bänkar", area="Norsborg"),
    )

    assert not report.ok and not report.written
    assert not ProposalPage.objects.exists()
    assert not ProposalStatusChange.objects.exists()
    assert not Proposer.objects.exists()


def test_a_dry_run_writes_nothing_but_says_what_would_happen(site_tree):
    report = import_rows(row(title="Utegym"), row(title="Belysning", **APPROVED), dry_run=True)

    assert report.ok and not report.written
    assert (report.created, report.updated) == (2, 0)
    assert not ProposalPage.objects.exists()
