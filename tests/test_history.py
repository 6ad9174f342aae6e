"""Every change of status is kept as a dated, public history entry (domain.md)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from proposals_pages.models import ProposalPage, ProposalStatusChange
from proposals_pages.statuses import Status

TODAY = datetime.date(2024, 5, 15)


def story(proposal):
    """The proposal's history as a visitor reads it: (status, date, note), oldest first."""
    return [(entry.status, entry.changed_on, entry.note) for entry in proposal.status_history]


def move(proposal, status, **fields):
    """An editor changes the status (and the fields it needs) and publishes."""
    proposal.status = status
    for name, value in fields.items():
        setattr(proposal, name, value)
    proposal.save()
    return proposal


@pytest.fixture(autouse=True)
def today():
    with freeze_time(TODAY):
        yield TODAY


@pytest.fixture
def received(proposal_factory):
    return proposal_factory(submitted_on=datetime.date(2024, 5, 2))


def test_a_new_proposal_has_one_entry_dated_the_day_it_was_submitted(received):
    assert story(received) == [(Status.RECEIVED, datetime.date(2024, 5, 2), "")]


def test_a_status_change_adds_one_entry_dated_the_day_it_was_made(received):
    move(received, Status.UNDER_REVIEW)

    assert story(received)[1:] == [(Status.UNDER_REVIEW, TODAY, "")]


@pytest.fixture
def ready(proposal_factory):
    """Submitted on 1 March, priced and ready for the commission since 1 April."""
    with freeze_time("2024-04-01"):
        return proposal_factory.in_status(
            Status.READY_FOR_DECISION, submitted_on=datetime.date(2024, 3, 1)
        )


def test_a_decision_is_dated_the_day_of_the_meeting(ready, meeting_factory):
    move(
        ready, Status.APPROVED, decided_at_meeting=meeting_factory(date=datetime.date(2024, 4, 10))
    )

    assert story(ready)[-1] == (Status.APPROVED, datetime.date(2024, 4, 10), "")


def test_a_rejection_is_dated_the_day_of_the_meeting(ready, meeting_factory):
    move(
        ready,
        Status.REJECTED,
        decided_at_meeting=meeting_factory(date=datetime.date(2024, 4, 10)),
        decision_note="Ryms inte i årets budget.",
    )

    assert story(ready)[-1][:2] == (Status.REJECTED, datetime.date(2024, 4, 10))


def test_completion_is_dated_the_day_it_was_completed(proposal_factory):
    proposal = proposal_factory.in_status(Status.APPROVED)

    move(proposal, Status.COMPLETED, completed_on=datetime.date(2024, 5, 3))

    assert story(proposal)[-1][:2] == (Status.COMPLETED, datetime.date(2024, 5, 3))


def test_work_starting_is_dated_the_day_it_started_not_the_decision_day(proposal_factory):
    proposal = proposal_factory.in_status(Status.APPROVED, decided_on=datetime.date(2024, 3, 1))

    move(proposal, Status.IN_PROGRESS)

    assert story(proposal)[-1][:2] == (Status.IN_PROGRESS, TODAY)


def test_a_whole_life_is_told_step_by_step(received, meeting_factory):
    with freeze_time("2024-05-20"):
        move(received, Status.UNDER_REVIEW)
    with freeze_time("2024-06-03"):
        move(received, Status.READY_FOR_DECISION, cost_estimate_sek=80_000)
    with freeze_time("2024-06-12"):
        move(
            received,
            Status.APPROVED,
            decided_at_meeting=meeting_factory(date=datetime.date(2024, 6, 11)),
        )
    with freeze_time("2024-09-01"):
        move(received, Status.COMPLETED, completed_on=datetime.date(2024, 8, 28))

    assert [(status, str(date)) for status, date, _ in story(received)] == [
        (Status.RECEIVED, "2024-05-02"),
        (Status.UNDER_REVIEW, "2024-05-20"),
        (Status.READY_FOR_DECISION, "2024-06-03"),
        (Status.APPROVED, "2024-06-11"),
        (Status.COMPLETED, "2024-08-28"),
    ]


def test_saving_without_changing_the_status_adds_no_entry(received):
    received.title = "Fler bänkar vid Fittja torg"
    received.status_note = "Rubriken förtydligad."
    received.save()

    assert len(story(received)) == 1


def test_a_draft_with_a_new_status_adds_no_entry_until_it_is_published(received):
    received.status = Status.UNDER_REVIEW
    revision = received.save_revision()

    assert len(story(received)) == 1
    assert ProposalPage.objects.get(pk=received.pk).status == Status.RECEIVED

    revision.publish()

    assert story(received)[-1] == (Status.UNDER_REVIEW, TODAY, "")


def test_the_note_is_kept_with_its_change_and_not_repeated_on_the_next(received):
    move(received, Status.UNDER_REVIEW, status_note="Skickat till Samhällsbyggnadsförvaltningen.")
    move(received, Status.READY_FOR_DECISION)

    assert [note for _, _, note in story(received)] == [
        "",
        "Skickat till Samhällsbyggnadsförvaltningen.",
        "",
    ]


def test_a_new_note_is_kept_with_the_next_change(received):
    move(received, Status.UNDER_REVIEW, status_note="Skickat till förvaltningen.")
    move(received, Status.READY_FOR_DECISION, status_note="Kostnaden är beräknad.")

    assert [note for _, _, note in story(received)][1:] == [
        "Skickat till förvaltningen.",
        "Kostnaden är beräknad.",
    ]


def test_a_note_is_not_repeated_when_steps_were_recorded_after_the_meeting(
    received, meeting_factory
):
    meeting = meeting_factory(date=datetime.date(2024, 5, 10))
    with freeze_time("2024-05-13"):  # the editor catches up after the meeting
        move(received, Status.UNDER_REVIEW)
        move(received, Status.READY_FOR_DECISION, cost_estimate_sek=80_000)
        move(received, Status.APPROVED, decided_at_meeting=meeting, status_note="Beviljat.")
    with freeze_time("2024-06-03"):
        move(received, Status.IN_PROGRESS)

    assert [note for _, _, note in story(received)].count("Beviljat.") == 1


def test_history_is_told_oldest_first_after_a_date_is_corrected(received):
    move(received, Status.UNDER_REVIEW)
    # An editor corrects the date of the first entry in the admin.
    ProposalStatusChange.objects.filter(proposal=received, status=Status.UNDER_REVIEW).update(
        changed_on=datetime.date(2024, 5, 1)
    )

    assert [status for status, _, _ in story(received)] == [
        Status.UNDER_REVIEW,
        Status.RECEIVED,
    ]


def test_a_refused_change_adds_no_entry(received):
    received.status = Status.COMPLETED

    with pytest.raises(ValidationError):
        received.save()

    assert len(story(received)) == 1
