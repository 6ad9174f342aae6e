"""Reading import files: CSV as Excel writes it, XLSX, and what the header may look like."""

import datetime

import pytest

from proposals_pages.models import ProposalPage

from .import_files import csv_file, import_rows, problems, row, run_import, xlsx_file

pytestmark = pytest.mark.usefixtures("import_places")


def imported(title="Fler bänkar"):
    return ProposalPage.objects.get(title=title)


def test_a_comma_separated_file_is_imported(site_tree):
    report = run_import(csv_file(row(title="Utegym i Fittja"), delimiter=","))

    assert report.ok and report.written
    assert imported("Utegym i Fittja").area.slug == "fittja"


def test_a_semicolon_separated_file_is_imported(site_tree):
    report = run_import(csv_file(row(title="Utegym i Fittja"), delimiter=";"))

    assert report.ok
    assert imported("Utegym i Fittja").description == "Fler bänkar att vila på."


def test_a_file_with_a_byte_order_mark_is_imported(site_tree):
    report = run_import(csv_file(row(), delimiter=";", bom=True))

    assert report.ok
    assert imported().reference  # the BOM did not spoil the first column's name


def test_a_quoted_field_keeps_its_line_breaks_and_later_lines_keep_their_numbers(site_tree):
    data = csv_file(
        row(title="Lekplats", description="Första raden.\nAndra raden."),
        row(title="Belysning", area="Ingenstans"),
    )

    report = run_import(data)

    # The first proposal spans lines 2 and 3 of the file, so the bad one is on line 4.
    assert problems(report) == ["Line 4, column area: There is no area “Ingenstans”."]


def test_a_multi_line_description_is_kept_as_written(site_tree):
    run_import(csv_file(row(description="Första raden.\r\nAndra raden.")))

    assert imported().description == "Första raden.\nAndra raden."


def test_an_excel_workbook_with_dates_and_numbers_as_cells_is_imported(site_tree):
    data = xlsx_file(
        row(
            reference="BD-2024-0500",
            submitted_on=datetime.datetime(2024, 3, 1),
            status="ready_for_decision",
            administration="Kultur- och fritidsförvaltningen",
            cost_estimate_sek=150000.0,
            assessment="Möjligt.",
        )
    )

    report = run_import(data)

    assert report.ok
    proposal = ProposalPage.objects.get(reference="BD-2024-0500")
    assert proposal.submitted_on == datetime.date(2024, 3, 1)
    assert proposal.cost_estimate_sek == 150_000


def test_an_excel_workbook_reports_the_row_numbers_excel_shows(site_tree):
    report = run_import(xlsx_file(row(), {}, row(title="Belysning", status="godkänd")))

    assert problems(report) == ["Line 4, column status: “godkänd” is not a known status."]


def test_header_names_ignore_case_and_surrounding_spaces(site_tree):
    header = [" Title ", "DESCRIPTION", "Area", "Submitted_On"]
    data = csv_file(
        {
            " Title ": "Utegym",
            "DESCRIPTION": "Ett utegym.",
            "Area": "Fittja",
            "Submitted_On": "2024-03-01",
        },
        header=header,
    )

    report = run_import(data)

    assert report.ok
    assert imported("Utegym").submitted_on == datetime.date(2024, 3, 1)


def test_an_unknown_column_is_reported_with_the_name_it_resembles(site_tree):
    data = csv_file(
        {"title": "Utegym", "description": "Ett utegym.", "area": "Fittja", "staus": "received"},
        header=["title", "description", "area", "staus"],
    )

    report = run_import(data)

    assert problems(report) == [
        "Line 1, column staus: This is not a known column. Did you mean “status”?"
    ]
    assert not ProposalPage.objects.exists()


def test_a_missing_required_column_is_reported(site_tree):
    data = csv_file({"title": "Utegym", "area": "Fittja"}, header=["title", "area"])

    report = run_import(data)

    assert problems(report) == ["Line 1, column description: This column is required but missing."]


def test_values_in_a_column_without_a_name_are_reported(site_tree):
    data = csv_file({**row(), "": "oväntat"}, header=["title", "description", "area", ""])

    assert problems(run_import(data)) == ["Line 1: Column 4 has values but no name in the header."]


def test_empty_rows_at_the_end_are_ignored(site_tree):
    data = csv_file(row()) + b",,,,\n\n"

    report = run_import(data)

    assert report.ok and report.created == 1


def test_a_file_not_in_utf8_is_reported_with_its_line(site_tree):
    data = csv_file(row(), row(title="Bänkar i Alby")).decode().encode("cp1252")

    assert problems(run_import(data)) == [
        "Line 2: The file is not in UTF-8: save it as “CSV UTF-8” or as an Excel workbook (.xlsx)."
    ]


def test_an_old_excel_workbook_is_refused_with_what_to_do(site_tree):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100

    assert "Old Excel workbooks (.xls) cannot be read" in problems(run_import(data))[0]


def test_a_damaged_workbook_is_reported_not_a_server_error(site_tree):
    data = xlsx_file(row())[:300]

    assert problems(run_import(data)) == [
        "The workbook cannot be read: save it again as .xlsx or as CSV UTF-8."
    ]


def test_an_empty_file_is_reported(site_tree):
    assert problems(run_import(b"")) == ["The file is empty."]


def test_a_file_with_only_a_header_is_reported(site_tree):
    assert problems(run_import(csv_file())) == ["The file has no proposals under its header."]


def test_control_characters_are_left_out_of_the_text(site_tree):
    report = import_rows(row(title="Fler\x00 bänkar\x07"))

    assert report.ok
    assert imported("Fler bänkar")
