"""Editors publish a meeting's outcome on the meeting; the proposals' statuses and histories
follow from it, once, and an outcome a proposal's rules refuse is refused on its field."""

import datetime
import io
import logging

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from freezegun import freeze_time
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import querydict_from_html

from proposals_pages.models import CommissionAgendaItem
from proposals_pages.statuses import Status

D = datetime.date
REASON = "Ryms inte i årets budget."


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_meeting(client, meeting, publish=True, **changes):
    """Open the meeting's edit form, change fields as an editor would, and press a button."""
    form = querydict_from_html(
        client.get(edit_url(meeting)).content.decode(), form_id="page-edit-form"
    )
    for name, value in changes.items():
        form[name] = str(value)
    form["action-publish" if publish else "action-save"] = "1"
    return client.post(edit_url(meeting), form)


def decide(client, meeting, *outcomes, **changes):
    """Publish the meeting with each agenda item's (outcome, reason), in agenda order."""
    for number, (outcome, reason) in enumerate(outcomes):
        changes[f"agenda_items-{number}-outcome"] = outcome
        changes[f"agenda_items-{number}-reason"] = reason
    return submit_meeting(client, meeting, **changes)


def in_swedish(message, parameters=None):
    """A message as the admin shows it (in the site's language, Swedish)."""
    with translation.override("sv"):
        text = gettext(message)
    return text % parameters if parameters else text


def item_errors(response):
    return [form.errors for form in response.context["form"].formsets["agenda_items"].forms]


def current(page):
    return type(page).objects.get(pk=page.pk)


def on_agenda(meeting, *proposals):
    for number, proposal in enumerate(proposals):
        CommissionAgendaItem.objects.create(meeting=meeting, proposal=proposal, sort_order=number)


@pytest.fixture
def meeting(meeting_factory):
    return meeting_factory(title="Sammanträde 10 april 2024", date=D(2024, 4, 10))


@pytest.fixture
def ready(proposal_factory):
    return proposal_factory.in_status(
        Status.READY_FOR_DECISION,
        title="Utegym vid Fittja centrum",
        submitted_on=D(2024, 2, 1),
        cost_estimate_sek=120_000,
    )


# --- publishing applies the decisions ------------------------------------------------------


def test_publishing_the_meeting_approves_its_proposal_dated_by_the_meeting(
    admin_client, meeting, ready
):
    on_agenda(meeting, ready)

    response = decide(admin_client, meeting, (Status.APPROVED, "Ryms i budgeten."))

    assert response.status_code == 302
    proposal = current(ready)
    assert (proposal.status, proposal.decided_at_meeting_id, proposal.decided_on) == (
        Status.APPROVED,
        meeting.pk,
        D(2024, 4, 10),
    )
    assert proposal.decision_note == "Ryms i budgeten."
    assert [
        (entry.changed_on, entry.note)
        for entry in proposal.status_history
        if entry.status == Status.APPROVED
    ] == [(D(2024, 4, 10), "Ryms i budgeten.")]
    assert proposal.live_revision_id == proposal.latest_revision_id is not None


def test_publishing_the_meeting_again_writes_no_second_history_entry(admin_client, meeting, ready):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.REJECTED, REASON))
    revisions = current(ready).revisions.count()

    decide(admin_client, meeting, (Status.REJECTED, REASON))

    assert [entry.status for entry in ready.status_history].count(Status.REJECTED) == 1
    assert current(ready).revisions.count() == revisions


def test_each_decided_item_is_applied_and_an_undecided_one_left_alone(
    admin_client, meeting, ready, proposal_factory
):
    referred = proposal_factory.in_status(Status.RECEIVED, submitted_on=D(2024, 3, 1))
    waiting = proposal_factory.in_status(Status.READY_FOR_DECISION, submitted_on=D(2024, 3, 1))
    on_agenda(meeting, ready, referred, waiting)

    decide(
        admin_client,
        meeting,
        (Status.APPROVED, ""),
        (Status.REFERRED, "Trafikfrågor är regionens ansvar."),
        ("", ""),
    )

    assert [current(p).status for p in (ready, referred, waiting)] == [
        Status.APPROVED,
        Status.REFERRED,
        Status.READY_FOR_DECISION,
    ]
    assert current(waiting).latest_revision_id is None


def test_a_proposal_approved_here_and_completed_since_stays_completed(admin_client, meeting, ready):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.APPROVED, "Ryms i budgeten."))
    proposal = current(ready)
    proposal.status = Status.COMPLETED
    proposal.completed_on = D(2024, 9, 1)
    proposal.save_revision().publish()

    response = decide(admin_client, meeting, (Status.APPROVED, "Ryms i budgeten."))

    assert response.status_code == 302
    assert current(ready).status == Status.COMPLETED
    assert [entry.status for entry in ready.status_history].count(Status.APPROVED) == 1


def test_a_corrected_reason_is_published_without_a_new_history_entry(admin_client, meeting, ready):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.REJECTED, REASON))
    entries = len(ready.status_history)

    decide(admin_client, meeting, (Status.REJECTED, "Ryms inte i budgeten för 2024."))

    assert current(ready).decision_note == "Ryms inte i budgeten för 2024."
    assert len(ready.status_history) == entries


def test_an_editors_draft_of_the_proposal_is_kept_with_the_decision(admin_client, meeting, ready):
    draft = current(ready)
    draft.assessment = "Ett nytt utlåtande, inte publicerat än."
    draft.save_revision()
    on_agenda(meeting, ready)

    decide(admin_client, meeting, (Status.APPROVED, ""))

    proposal = current(ready)
    assert proposal.status == Status.APPROVED
    assert proposal.assessment != draft.assessment  # the draft was not published
    latest = proposal.get_latest_revision_as_object()
    assert (latest.assessment, latest.status) == (draft.assessment, Status.APPROVED)


def test_saving_a_draft_of_the_meeting_applies_nothing(admin_client, meeting, ready):
    on_agenda(meeting, ready)

    response = submit_meeting(
        admin_client, meeting, publish=False, **{"agenda_items-0-outcome": Status.APPROVED}
    )

    assert response.status_code == 302
    assert current(ready).status == Status.READY_FOR_DECISION


def test_publishing_outside_the_edit_form_applies_the_decisions_too(meeting, ready):
    # E.g. scheduled publishing or a moderator's approval: the revision is published as is.
    on_agenda(meeting, ready)
    meeting.agenda_items.update(outcome=Status.REJECTED, reason=REASON)

    current(meeting).save_revision().publish()

    assert current(ready).status == Status.REJECTED


def test_a_refused_outcome_published_outside_the_edit_form_applies_none(
    meeting, ready, proposal_factory, caplog
):
    received = proposal_factory.in_status(Status.RECEIVED, submitted_on=D(2024, 3, 1))
    on_agenda(meeting, ready, received)
    meeting.agenda_items.update(outcome=Status.APPROVED)

    with caplog.at_level(logging.ERROR, logger="proposals_pages.decisions"):
        current(meeting).save_revision().publish()

    assert current(ready).status == Status.READY_FOR_DECISION
    assert current(received).status == Status.RECEIVED
    assert "not applied" in caplog.text


# --- refused outcomes ------------------------------------------------------------------------


def test_a_rejection_without_a_reason_is_refused_on_the_reason_field(admin_client, meeting, ready):
    on_agenda(meeting, ready)

    response = decide(admin_client, meeting, (Status.REJECTED, "  "))

    assert response.status_code == 200
    errors = item_errors(response)[0]
    assert list(errors) == ["reason"]
    assert errors["reason"][0] in response.content.decode()
    assert current(ready).status == Status.READY_FOR_DECISION
    assert CommissionAgendaItem.objects.get().outcome == ""


def test_an_approval_without_a_cost_estimate_is_refused(admin_client, meeting, proposal_factory):
    unpriced = proposal_factory.in_status(
        Status.READY_FOR_DECISION, submitted_on=D(2024, 2, 1), cost_estimate_sek=None
    )
    on_agenda(meeting, unpriced)

    response = decide(admin_client, meeting, (Status.APPROVED, ""))

    assert item_errors(response)[0]["outcome"] == [
        in_swedish("An approved proposal needs its cost estimate.")
    ]
    assert current(unpriced).status == Status.READY_FOR_DECISION


def test_a_refusal_on_one_item_publishes_none_of_them(
    admin_client, meeting, ready, proposal_factory
):
    other = proposal_factory.in_status(Status.READY_FOR_DECISION, submitted_on=D(2024, 2, 1))
    on_agenda(meeting, ready, other)

    response = decide(admin_client, meeting, (Status.APPROVED, ""), (Status.REJECTED, ""))

    assert response.status_code == 200
    assert [current(p).status for p in (ready, other)] == [Status.READY_FOR_DECISION] * 2


def test_a_step_the_proposal_cannot_take_is_refused(admin_client, meeting, proposal_factory):
    received = proposal_factory.in_status(Status.RECEIVED, submitted_on=D(2024, 2, 1))
    on_agenda(meeting, received)

    response = decide(admin_client, meeting, (Status.APPROVED, ""))

    assert item_errors(response)[0]["outcome"] == [
        in_swedish(
            "A proposal cannot go from “%(from)s” to “%(to)s”.",
            {"from": "Inkommet", "to": "Beviljat"},
        )
    ]


def test_a_proposal_decided_at_another_meeting_is_refused(
    admin_client, meeting, meeting_factory, proposal_factory
):
    earlier = meeting_factory(date=D(2024, 2, 13))
    decided = proposal_factory.in_status(
        Status.REJECTED, submitted_on=D(2024, 1, 10), decided_at_meeting=earlier
    )
    on_agenda(meeting, decided)

    response = decide(admin_client, meeting, (Status.APPROVED, ""))

    assert item_errors(response)[0]["outcome"] == [
        in_swedish(
            "The proposal was already decided (“%(status)s”) at the meeting of %(date)s.",
            {"status": "Avslaget", "date": "13 februari 2024"},
        )
    ]
    assert current(decided).decided_at_meeting_id == earlier.pk


def test_a_published_decision_cannot_be_turned_round_at_the_same_meeting(
    admin_client, meeting, ready
):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.APPROVED, ""))

    response = decide(admin_client, meeting, (Status.REJECTED, REASON))

    assert item_errors(response)[0]["outcome"] == [
        in_swedish(
            "This meeting's decision on the proposal (“%(status)s”) is published; "
            "it cannot be changed here.",
            {"status": "Beviljat"},
        )
    ]
    assert current(ready).status == Status.APPROVED


def test_an_outcome_for_a_meeting_not_yet_held_is_refused(
    admin_client, meeting_factory, proposal_factory
):
    ahead = meeting_factory(date=datetime.date.today() + datetime.timedelta(days=7))
    proposal = proposal_factory.in_status(Status.READY_FOR_DECISION)
    on_agenda(ahead, proposal)

    response = decide(admin_client, ahead, (Status.APPROVED, ""))

    assert list(item_errors(response)[0]) == ["outcome"]
    assert current(proposal).status == Status.READY_FOR_DECISION


def test_the_same_proposal_twice_on_the_agenda_is_refused(admin_client, meeting, ready):
    on_agenda(meeting, ready, ready)

    response = submit_meeting(admin_client, meeting)

    assert item_errors(response)[1]["proposal"] == [
        in_swedish("The proposal is on the agenda already.")
    ]


def test_the_meeting_date_cannot_change_once_its_decisions_are_published(
    admin_client, meeting, ready
):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.APPROVED, ""))

    response = submit_meeting(admin_client, meeting, date="2024-04-17")

    assert "date" in response.context["form"].errors
    assert current(meeting).date == D(2024, 4, 10)


def test_a_user_who_may_not_publish_the_proposal_cannot_decide_it(
    client, django_user_model, meeting, ready, site_tree
):
    secretary = django_user_model.objects.create_user("sekreterare", password="x")
    group = Group.objects.create(name="Kommissionens sekreterare")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    secretary.groups.add(group)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=site_tree.commission,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    client.force_login(secretary)
    on_agenda(meeting, ready)

    response = decide(client, meeting, (Status.APPROVED, ""))

    assert item_errors(response)[0]["proposal"] == [
        in_swedish("You may not publish this proposal, so not decide it either.")
    ]
    assert current(ready).status == Status.READY_FOR_DECISION


# --- the meeting page reads the decisions from the proposals -------------------------------


def test_the_meeting_page_shows_each_decision_with_its_reason_and_the_sum_granted(
    client, meeting, proposal_factory
):
    # Set on the proposals directly, as the import does: no agenda item needed.
    proposal_factory.in_status(
        Status.APPROVED,
        title="Bänkar i Alby",
        decided_at_meeting=meeting,
        submitted_on=D(2024, 1, 5),
        cost_estimate_sek=40_000,
    )
    proposal_factory.in_status(
        Status.COMPLETED,
        title="Belysning i Fittja",
        decided_at_meeting=meeting,
        submitted_on=D(2024, 1, 5),
        cost_estimate_sek=60_000,
    )
    proposal_factory.in_status(
        Status.REJECTED,
        title="Konstgräs i Tullinge",
        decided_at_meeting=meeting,
        submitted_on=D(2024, 1, 5),
        decision_note=REASON,
        cost_estimate_sek=900_000,
    )

    response = client.get(meeting.url)

    text = response.content.decode()
    # In reference order, as the minutes list them: here the order they were received in.
    assert [p.title for p in response.context["decisions"]] == [
        "Bänkar i Alby",
        "Belysning i Fittja",
        "Konstgräs i Tullinge",
    ]
    assert response.context["granted_sek"] == 100_000
    assert "100\u00a0000\u00a0kr" in text
    assert REASON in text


def test_the_meeting_page_shows_its_agenda_with_cost_estimates_and_assessments(
    client, meeting, ready
):
    on_agenda(meeting, ready)

    text = client.get(meeting.url).content.decode()

    assert "Utegym vid Fittja centrum" in text
    assert "120\u00a0000\u00a0kr" in text
    assert "Möjligt att genomföra inom ett år." in text


def test_an_unpublished_proposal_on_the_agenda_is_not_shown(client, meeting, proposal_factory):
    hidden = proposal_factory.in_status(
        Status.READY_FOR_DECISION, title="Inte publicerat", live=False
    )
    on_agenda(meeting, hidden)

    assert "Inte publicerat" not in client.get(meeting.url).content.decode()


def test_a_meeting_decision_is_listed_on_the_proposal_page_with_the_meeting(
    admin_client, client, meeting, ready
):
    on_agenda(meeting, ready)
    decide(admin_client, meeting, (Status.REJECTED, REASON))

    text = client.get(current(ready).url).content.decode()

    assert meeting.url in text
    assert REASON in text


def test_a_meeting_with_many_decisions_shows_them_page_by_page(
    client, meeting, proposal_factory, monkeypatch
):
    from proposals_pages.models import commission

    monkeypatch.setattr(commission, "DECISIONS_PER_PAGE", 2)
    for title in ("Bänkar", "Belysning", "Cykelställ"):
        proposal_factory.in_status(
            Status.APPROVED, title=title, decided_at_meeting=meeting, submitted_on=D(2024, 1, 5)
        )

    first = client.get(meeting.url)
    second = client.get(meeting.url + "?page=2")

    assert [p.title for p in first.context["decisions"]] == ["Bänkar", "Belysning"]
    assert [p.title for p in second.context["decisions"]] == ["Cykelställ"]
    assert first.context["decision_count"] == 3
    assert 'rel="next"' in first.content.decode()


def test_a_meeting_scheduled_for_later_applies_its_decisions_when_it_goes_live(
    meeting_factory, proposal_factory
):
    meeting = meeting_factory(date=D(2024, 4, 10), live=False)
    proposal = proposal_factory.in_status(Status.READY_FOR_DECISION, submitted_on=D(2024, 2, 1))
    on_agenda(meeting, proposal)
    meeting.agenda_items.update(outcome=Status.APPROVED)
    scheduled = current(meeting)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)

    revision = scheduled.save_revision()
    revision.publish()

    assert current(proposal).status == Status.READY_FOR_DECISION

    with freeze_time(timezone.now() + datetime.timedelta(days=2)):
        call_command("publish_scheduled", stdout=io.StringIO())

    assert current(proposal).status == Status.APPROVED


def test_an_agenda_item_removed_from_the_meeting_is_not_checked(admin_client, meeting, ready):
    on_agenda(meeting, ready)

    response = decide(
        admin_client, meeting, (Status.REJECTED, ""), **{"agenda_items-0-DELETE": "1"}
    )

    assert response.status_code == 302
    assert not CommissionAgendaItem.objects.exists()
    assert current(ready).status == Status.READY_FOR_DECISION
