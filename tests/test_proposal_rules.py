"""The rules a proposal keeps: what each status requires, and its reference number."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from freezegun import freeze_time
from wagtail.models import Locale

from proposals_pages.models import ProposalPage
from proposals_pages.statuses import Status


def refusal(proposal):
    """What an editor is told when saving ``proposal``: {field: [messages]}, or {}."""
    try:
        proposal.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


@pytest.fixture
def ready(proposal_factory):
    """A priced and assessed proposal submitted on 1 March 2024, waiting for a decision."""
    return proposal_factory.in_status(
        Status.READY_FOR_DECISION, submitted_on=datetime.date(2024, 3, 1)
    )


@pytest.fixture
def meeting(meeting_factory):
    return meeting_factory(date=datetime.date(2024, 4, 10))


def test_a_proposal_in_each_status_with_its_required_fields_is_accepted(proposal_factory):
    for status in Status:
        assert refusal(proposal_factory.in_status(status)) == {}, status


def test_approval_without_the_meeting_that_decided_it_is_refused(ready):
    ready.status = Status.APPROVED
    ready.decided_on = datetime.date(2024, 4, 10)

    assert "decided_at_meeting" in refusal(ready)


def test_approval_without_a_cost_estimate_is_refused(ready, meeting):
    ready.status = Status.APPROVED
    ready.decided_at_meeting = meeting
    ready.cost_estimate_sek = None

    assert list(refusal(ready)) == ["cost_estimate_sek"]


def test_rejection_without_a_reason_is_refused(ready, meeting):
    ready.status = Status.REJECTED
    ready.decided_at_meeting = meeting
    ready.decision_note = "   "

    assert list(refusal(ready)) == ["decision_note"]


def test_rejection_with_a_reason_is_accepted(ready, meeting):
    ready.status = Status.REJECTED
    ready.decided_at_meeting = meeting
    ready.decision_note = "Marken ägs inte av kommunen."

    assert refusal(ready) == {}


def test_completion_without_a_completion_date_is_refused(proposal_factory):
    proposal = proposal_factory.in_status(Status.IN_PROGRESS)
    proposal.status = Status.COMPLETED

    assert list(refusal(proposal)) == ["completed_on"]


def test_completion_before_the_decision_is_refused(proposal_factory):
    proposal = proposal_factory.in_status(Status.IN_PROGRESS)
    proposal.status = Status.COMPLETED
    proposal.completed_on = proposal.decided_on - datetime.timedelta(days=1)

    assert list(refusal(proposal)) == ["completed_on"]


def test_decision_before_the_proposal_was_submitted_is_refused(ready, meeting_factory):
    ready.status = Status.APPROVED
    ready.decided_at_meeting = meeting_factory(date=datetime.date(2024, 2, 20))

    assert refusal(ready) == {
        "decided_on": [gettext("The decision cannot be earlier than the proposal was submitted.")]
    }


def test_decision_date_is_taken_from_the_meeting(ready, meeting):
    ready.status = Status.APPROVED
    ready.decided_at_meeting = meeting
    ready.decided_on = None
    ready.save()

    ready.refresh_from_db()
    assert ready.decided_on == datetime.date(2024, 4, 10)


def test_decision_date_other_than_the_meeting_date_is_refused(ready, meeting):
    ready.status = Status.APPROVED
    ready.decided_at_meeting = meeting
    ready.decided_on = datetime.date(2024, 4, 11)

    assert refusal(ready) == {
        "decided_on": [
            gettext("The decision date must be the date of the meeting that decided it.")
        ]
    }


def test_refused_proposal_is_not_saved(ready):
    ready.status = Status.APPROVED

    with pytest.raises(ValidationError):
        ready.save()

    assert ProposalPage.objects.get(pk=ready.pk).status == Status.READY_FOR_DECISION


def test_a_reference_already_in_use_is_refused(proposal_factory):
    proposal_factory(reference="BD-2024-0007")

    with pytest.raises(ValidationError) as refused:
        proposal_factory(reference="bd-2024-0007")

    assert list(refused.value.message_dict) == ["reference"]


def test_a_proposal_keeps_its_own_reference_when_saved_again(proposal_factory):
    proposal = proposal_factory(reference="BD-2024-0007")
    proposal.title = "Fler bänkar vid Fittja torg"

    proposal.save()

    assert proposal.reference == "BD-2024-0007"


@freeze_time("2024-05-15")
def test_references_are_numbered_from_one_each_year(proposal_factory):
    references = [
        proposal_factory(submitted_on=datetime.date(2024, 1, 2)).reference,
        proposal_factory(submitted_on=datetime.date(2024, 5, 2)).reference,
        proposal_factory(submitted_on=datetime.date(2023, 12, 30)).reference,
    ]

    assert references == ["BD-2024-0001", "BD-2024-0002", "BD-2023-0001"]


def test_a_new_reference_follows_the_highest_of_its_year(proposal_factory):
    proposal_factory(reference="BD-2024-0137", submitted_on=datetime.date(2024, 2, 1))

    proposal = proposal_factory(submitted_on=datetime.date(2024, 3, 1))

    assert proposal.reference == "BD-2024-0138"


def test_a_reference_typed_with_spaces_and_lowercase_is_normalised(proposal_factory):
    proposal = proposal_factory(reference=" bd-2024- 0042 ")

    proposal.refresh_from_db()
    assert proposal.reference == "BD-2024-0042"


@pytest.mark.parametrize(
    "typed", ["BD-2024-0042", "bd-2024-0042", " Bd-2024-0042\t", "BD - 2024 - 0042"]
)
def test_a_receipt_reference_finds_its_proposal_whatever_the_case_and_spaces(
    proposal_factory, typed
):
    proposal = proposal_factory(reference="BD-2024-0042")
    proposal_factory(reference="BD-2024-0043")

    assert list(ProposalPage.objects.with_reference(typed)) == [proposal]


def test_an_unknown_reference_finds_nothing(proposal_factory):
    proposal_factory(reference="BD-2024-0042")

    assert not ProposalPage.objects.with_reference("BD-2024-0420").exists()
    assert not ProposalPage.objects.with_reference("").exists()


def test_a_translation_keeps_the_reference_of_its_source(proposal_factory):
    proposal = proposal_factory(reference="BD-2024-0042")

    translation = proposal.copy_for_translation(
        Locale.objects.create(language_code="en"), copy_parents=True
    )

    assert translation.reference == "BD-2024-0042"


def test_a_copied_proposal_gets_a_reference_of_its_own(proposal_factory):
    proposal = proposal_factory(reference="BD-2024-0042", submitted_on=datetime.date(2024, 2, 1))

    copy = proposal.copy(update_attrs={"title": "Kopia", "slug": "kopia"}, keep_live=False)

    assert copy.reference != "BD-2024-0042"
    assert ProposalPage.objects.with_reference("BD-2024-0042").count() == 1
