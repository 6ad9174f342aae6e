"""Import files for the tests: CSV and XLSX made from rows of {column: value}."""

import csv
import io

import openpyxl
from django.utils import translation

from proposals_pages.importing import COLUMNS, import_proposals

# What a new proposal needs, unless a test says otherwise.
NEW = {"title": "Fler bänkar", "description": "Fler bänkar att vila på.", "area": "Fittja"}


def row(**values):
    """A new proposal's row: the required columns filled in, then the test's own values."""
    return {**NEW, **values}


def csv_file(*rows, delimiter=",", bom=False, header=COLUMNS):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(header)
    for values in rows:
        writer.writerow([values.get(column, "") for column in header])
    return (("\ufeff" if bom else "") + text.getvalue()).encode()


def xlsx_file(*rows, header=COLUMNS):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for values in rows:
        sheet.append([values.get(column) for column in header])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run_import(data, **options):
    """Import the file's bytes, with the messages in English."""
    with translation.override("en"):
        return import_proposals(data, **options)


def import_rows(*rows, **options):
    return run_import(csv_file(*rows), **options)


def problems(report):
    """The report's problems as the command prints them, in English."""
    with translation.override("en"):
        return [str(problem) for problem in report.problems]
