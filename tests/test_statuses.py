"""A proposal's statuses: the steps an editor may take, and statuses read from import files."""

import pytest

from proposals_pages.statuses import ALLOWED_TRANSITIONS, Status, can_move, parse_status


@pytest.mark.parametrize(
    ("current", "next_status"),
    [
        (Status.RECEIVED, Status.UNDER_REVIEW),
        (Status.RECEIVED, Status.REFERRED),
        (Status.RECEIVED, Status.WITHDRAWN),
        (Status.UNDER_REVIEW, Status.READY_FOR_DECISION),
        (Status.READY_FOR_DECISION, Status.APPROVED),
        (Status.READY_FOR_DECISION, Status.REJECTED),
        (Status.READY_FOR_DECISION, Status.UNDER_REVIEW),
        (Status.APPROVED, Status.IN_PROGRESS),
        (Status.APPROVED, Status.COMPLETED),
        (Status.IN_PROGRESS, Status.COMPLETED),
    ],
)
def test_editor_may_take_the_next_step(current, next_status):
    assert can_move(current, next_status)


@pytest.mark.parametrize(
    ("current", "next_status"),
    [
        (Status.RECEIVED, Status.COMPLETED),
        (Status.RECEIVED, Status.APPROVED),
        (Status.UNDER_REVIEW, Status.APPROVED),
        (Status.APPROVED, Status.REJECTED),
        (Status.IN_PROGRESS, Status.RECEIVED),
    ],
)
def test_editor_may_not_skip_or_go_back(current, next_status):
    assert not can_move(current, next_status)


@pytest.mark.parametrize(
    "final", [Status.REJECTED, Status.REFERRED, Status.COMPLETED, Status.WITHDRAWN]
)
def test_a_final_status_leads_nowhere(final):
    assert [status for status in Status if status != final and can_move(final, status)] == []


def test_keeping_the_same_status_is_always_allowed():
    assert all(can_move(status, status) for status in Status)


def test_every_status_has_its_allowed_next_steps_defined():
    assert set(ALLOWED_TRANSITIONS) == set(Status)


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("approved", Status.APPROVED),
        ("  IN_PROGRESS ", Status.IN_PROGRESS),
        ("Beviljat", Status.APPROVED),
        ("  redo   FÖR beslut ", Status.READY_FOR_DECISION),
        ("Under beredning", Status.UNDER_REVIEW),
        ("GENOMFÖRT", Status.COMPLETED),
        ("återkallat", Status.WITHDRAWN),
        ("Hänvisat", Status.REFERRED),
        ("Avslaget", Status.REJECTED),
        ("Pågår", Status.IN_PROGRESS),
        ("inkommet", Status.RECEIVED),
    ],
)
def test_status_is_read_from_its_code_or_swedish_label(written, status):
    assert parse_status(written) == status


@pytest.mark.parametrize("written", ["", "   ", None, "godkänt", "approve", "in progress"])
def test_unknown_status_is_none(written):
    assert parse_status(written) is None
