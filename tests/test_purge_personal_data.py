"""`manage.py purge_personal_data`: proposers are forgotten after the retention period, or at
once on request, and their proposals stay (domain.md, the privacy page)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from proposals_pages.models import FeedbackMail, ProposalPage, Proposer
from proposals_pages.models.proposers import months_before
from proposals_pages.statuses import Status

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def today():
    with freeze_time(TODAY):
        yield


@pytest.fixture
def proposal_with(proposal_factory, proposer_factory):
    def proposal_with(status, email, **fields):
        fields.setdefault("submitted_on", datetime.date(2023, 1, 1))
        proposal = proposal_factory.in_status(status, **fields)
        proposer_factory(proposal=proposal, name="Namn", email=email, phone="070-1")
        return proposal

    return proposal_with


def purge(*options):
    out = StringIO()
    call_command("purge_personal_data", *options, stdout=out)
    return out.getvalue()


def kept_addresses():
    return sorted(Proposer.objects.values_list("email", flat=True))


def test_proposers_are_forgotten_a_year_after_the_final_status(proposal_with):
    old = proposal_with(Status.REJECTED, "gammal@example.se", decided_on=datetime.date(2025, 6, 1))
    proposal_with(Status.REJECTED, "nyligen@example.se", decided_on=datetime.date(2025, 7, 1))

    out = purge()

    assert kept_addresses() == ["nyligen@example.se"]
    assert ProposalPage.objects.filter(pk=old.pk, status=Status.REJECTED).exists()
    assert "1" in out
    assert "gammal@example.se" not in out


def test_proposals_still_on_their_way_keep_their_proposer(proposal_with):
    proposal_with(Status.APPROVED, "pagar@example.se", decided_on=datetime.date(2024, 1, 10))
    proposal_with(Status.RECEIVED, "ny@example.se")

    purge()

    assert kept_addresses() == ["ny@example.se", "pagar@example.se"]


def test_completed_proposals_count_from_their_completion(proposal_with):
    proposal_with(
        Status.COMPLETED,
        "klar@example.se",
        decided_on=datetime.date(2024, 1, 10),
        completed_on=datetime.date(2025, 9, 1),
    )

    purge()

    assert kept_addresses() == ["klar@example.se"]


def test_the_retention_period_is_a_setting(proposal_with, settings):
    proposal_with(Status.REJECTED, "kort@example.se", decided_on=datetime.date(2026, 4, 1))

    purge("--months", "1")

    assert kept_addresses() == []


def test_one_person_is_forgotten_at_once_on_request(proposal_with):
    proposal_with(Status.RECEIVED, "Fraga@Example.se")
    proposal_with(Status.UNDER_REVIEW, "fraga@example.se")
    proposal_with(Status.RECEIVED, "annan@example.se")

    purge("--email", " fraga@example.se ")

    assert kept_addresses() == ["annan@example.se"]
    assert ProposalPage.objects.count() == 3


def test_a_dry_run_removes_nothing(proposal_with):
    proposal_with(Status.RECEIVED, "fraga@example.se")

    out = purge("--email", "fraga@example.se", "--dry-run")

    assert kept_addresses() == ["fraga@example.se"]
    assert "1" in out


def test_an_empty_address_forgets_nobody(proposal_with):
    proposal_with(Status.RECEIVED, "")

    purge("--email", " ")

    assert Proposer.objects.count() == 1


def test_mails_owed_to_a_forgotten_person_are_not_sent(proposal_with):
    proposal = proposal_with(Status.RECEIVED, "fraga@example.se")
    owed = FeedbackMail.objects.create(proposal=proposal, kind=FeedbackMail.Kind.RECEIPT)

    purge("--email", "fraga@example.se")

    owed.refresh_from_db()
    assert owed.state == FeedbackMail.State.NO_ADDRESS


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 6, 15), 12, datetime.date(2025, 6, 15)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 1, 10), 1, datetime.date(2025, 12, 10)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
