"""The numbers per year and per area (contract.md's statistics)."""

import datetime

import pytest
from wagtail.models import Locale

from proposals_pages import statistics
from proposals_pages.models import ProposalPage
from proposals_pages.statuses import Status

COUNTS = ["received", "decided", "approved", "rejected", "referred", "completed"]


def counts(row):
    return {name: row[name] for name in COUNTS}


@pytest.fixture
def proposals(area_factory, proposal_factory):
    """2023: two in Fittja. 2024: four in Alby, one in Fittja, one unpublished in Alby."""
    alby = area_factory(title="Alby", slug="alby")
    fittja = area_factory(title="Fittja", slug="fittja")

    def submitted(year, status, area, **fields):
        return proposal_factory.in_status(
            status, area=area, submitted_on=datetime.date(year, 2, 1), **fields
        )

    submitted(2023, Status.RECEIVED, fittja)
    submitted(2023, Status.APPROVED, fittja)
    submitted(2024, Status.REJECTED, alby)
    submitted(2024, Status.COMPLETED, alby)
    submitted(2024, Status.IN_PROGRESS, alby)
    submitted(2024, Status.UNDER_REVIEW, alby)
    submitted(2024, Status.REFERRED, fittja)
    submitted(2024, Status.APPROVED, alby, live=False)
    return ProposalPage.objects.live()


def test_proposals_are_counted_per_year_submitted_newest_first(proposals):
    rows = list(statistics.per_year(proposals))

    assert [row["year"] for row in rows] == [2024, 2023]
    assert counts(rows[0]) == {
        "received": 5,
        "decided": 4,
        "approved": 2,
        "rejected": 1,
        "referred": 1,
        "completed": 1,
    }
    assert counts(rows[1]) == {
        "received": 2,
        "decided": 1,
        "approved": 1,
        "rejected": 0,
        "referred": 0,
        "completed": 0,
    }


def test_proposals_are_counted_per_area_by_name(proposals):
    rows = list(statistics.per_area(proposals))

    assert [(row["area__title"], row["area__slug"]) for row in rows] == [
        ("Alby", "alby"),
        ("Fittja", "fittja"),
    ]
    assert counts(rows[0]) == {
        "received": 4,
        "decided": 3,
        "approved": 2,
        "rejected": 1,
        "referred": 0,
        "completed": 1,
    }
    assert counts(rows[1]) == {
        "received": 3,
        "decided": 2,
        "approved": 1,
        "rejected": 0,
        "referred": 1,
        "completed": 0,
    }


def test_a_translated_proposal_is_counted_once(proposals):
    english = Locale.objects.create(language_code="en")
    proposal = proposals.get(status=Status.REFERRED)
    proposal.copy_for_translation(english, copy_parents=True).save_revision().publish()

    assert sum(row["received"] for row in statistics.per_year(ProposalPage.objects.live())) == 7


def test_the_statistics_page_shows_only_published_proposals(proposals, site_tree, rf):
    context = site_tree.statistics.get_context(rf.get("/sv/statistik/"))

    assert sum(row["received"] for row in context["per_year"]) == 7
    assert sum(row["received"] for row in context["per_area"]) == 7


def test_no_proposals_give_no_rows(site_tree):
    assert list(statistics.per_year(ProposalPage.objects.live())) == []
    assert list(statistics.per_area(ProposalPage.objects.live())) == []
