"""What the personal feedback e-mail (proposals_pages/feedback.py) on a new status says."""

import datetime

import pytest
from django.core import mail

from proposals_pages.feedback import queue_status_feedback
from proposals_pages.statuses import Status


@pytest.fixture
def rejected(proposal_factory, proposer_factory):
    """A proposal just rejected, whose proposer reads Swedish."""
    proposal = proposal_factory.in_status(
        Status.REJECTED,
        title="Skatepark vid skolan",
        reference="BD-2024-0042",
        submitted_on=datetime.date(2024, 3, 1),
        decision_note="Marken ägs inte av kommunen.",
        status_note="Kommissionen sammanträdde i april.",
    )
    proposer_factory(proposal=proposal, name="Sven", email="sven@example.se")
    return proposal


@pytest.fixture
def sent_for(django_capture_on_commit_callbacks):
    def sent_for(proposal):
        with django_capture_on_commit_callbacks(execute=True):
            assert queue_status_feedback(proposal.history.order_by("-pk").first())
        (message,) = mail.outbox
        return message

    return sent_for


def test_the_mail_goes_to_the_proposer_with_the_new_status(rejected, sent_for):
    message = sent_for(rejected)

    assert message.to == ["sven@example.se"]
    assert message.subject == "Ditt förslag BD-2024-0042: Avslaget"
    assert message.body.startswith("Hej Sven!")
    assert "Skatepark vid skolan" in message.body


def test_the_mail_gives_the_note_and_the_reason_for_the_decision(rejected, sent_for):
    body = sent_for(rejected).body

    assert "Kommissionen sammanträdde i april." in body
    assert "Marken ägs inte av kommunen." in body


def test_the_mail_links_to_the_proposal_with_its_full_address(rejected, sent_for):
    body = sent_for(rejected).body

    assert f"http://localhost{rejected.url}" in body


def test_the_mail_is_plain_text(rejected, sent_for):
    message = sent_for(rejected)

    assert message.content_subtype == "plain" and not message.alternatives
    assert "<" not in message.body


def test_the_mail_is_in_the_proposers_language(rejected, sent_for):
    rejected.proposer.preferred_language = "en"
    rejected.proposer.save()

    message = sent_for(rejected)

    assert message.subject == "Your proposal BD-2024-0042: Rejected"
    assert "The reason for the decision: Marken ägs inte av kommunen." in message.body


def test_nothing_is_sent_to_a_proposer_without_an_e_mail_address(rejected, sent_for):
    rejected.proposer.email = ""
    rejected.proposer.save()

    assert queue_status_feedback(rejected.history.last()) is None
    assert mail.outbox == []


def test_nothing_is_sent_for_a_proposal_without_a_proposer(proposal_factory):
    proposal = proposal_factory()

    assert queue_status_feedback(proposal.history.last()) is None
    assert mail.outbox == []
