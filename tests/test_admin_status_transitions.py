"""Editors move a proposal on step by step in the Wagtail admin, and find it in one list."""

import datetime

import pytest
from django.urls import reverse
from freezegun import freeze_time
from wagtail.test.utils.form_data import querydict_from_html

from proposals_pages.models import ProposalPage
from proposals_pages.statuses import Status


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_edit_form(client, page, publish=True, **changes):
    """Open the page's edit form, change some fields as an editor would, and press a button."""
    form = querydict_from_html(
        client.get(edit_url(page)).content.decode(), form_id="page-edit-form"
    )
    for name, value in changes.items():
        form[name] = str(value)
    if publish:
        form["action-publish"] = "action-publish"
    return client.post(edit_url(page), form)


def current(page):
    return ProposalPage.objects.get(pk=page.pk)


@pytest.fixture
def received(proposal_factory):
    return proposal_factory(title="Skateramp vid Fittja skola")


def test_an_allowed_step_is_published(admin_client, received):
    response = submit_edit_form(admin_client, received, status=Status.UNDER_REVIEW)

    assert response.status_code == 302
    assert current(received).status == Status.UNDER_REVIEW
    assert [entry.status for entry in received.status_history] == [
        Status.RECEIVED,
        Status.UNDER_REVIEW,
    ]


def test_a_decision_entered_in_the_admin_takes_the_meeting_date(
    admin_client, proposal_factory, meeting_factory
):
    proposal = proposal_factory.in_status(
        Status.READY_FOR_DECISION, submitted_on=datetime.date(2024, 3, 1)
    )
    meeting = meeting_factory(date=datetime.date(2024, 4, 10))

    submit_edit_form(
        admin_client,
        proposal,
        status=Status.APPROVED,
        decided_at_meeting=meeting.pk,
        decided_on="",
    )

    assert (current(proposal).status, current(proposal).decided_on) == (
        Status.APPROVED,
        datetime.date(2024, 4, 10),
    )


def test_an_illegal_step_is_refused_with_a_message_and_changes_nothing(
    admin_client, received, meeting_factory
):
    meeting = meeting_factory(date=datetime.date.today())

    # Everything "completed" needs is there: only the step itself is wrong.
    response = submit_edit_form(
        admin_client,
        received,
        status=Status.COMPLETED,
        cost_estimate_sek=100_000,
        decided_at_meeting=meeting.pk,
        completed_on=datetime.date.today(),
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["status"]
    assert errors["status"][0] in response.content.decode()
    assert current(received).status == Status.RECEIVED
    assert current(received).latest_revision is None
    assert len(received.status_history) == 1


def test_a_requirement_of_the_new_status_is_shown_on_its_field(admin_client, proposal_factory):
    proposal = proposal_factory.in_status(Status.READY_FOR_DECISION)

    response = submit_edit_form(admin_client, proposal, status=Status.REJECTED)

    assert response.status_code == 200
    assert {"decided_at_meeting", "decision_note"} <= set(response.context["form"].errors)
    assert current(proposal).status == Status.READY_FOR_DECISION


def test_a_draft_with_a_new_status_leaves_the_public_history_alone(admin_client, received):
    response = submit_edit_form(admin_client, received, publish=False, status=Status.UNDER_REVIEW)

    assert response.status_code == 302
    assert current(received).status == Status.RECEIVED
    assert current(received).get_latest_revision_as_object().status == Status.UNDER_REVIEW
    assert len(received.status_history) == 1


# --- the flat proposal listing -------------------------------------------------------


@pytest.fixture
def listed(area_factory, proposal_factory):
    alby = area_factory(title="Alby", slug="alby")
    fittja = area_factory(title="Fittja", slug="fittja")
    proposal_factory(title="Utegym i Alby", area=alby, submitted_on=datetime.date(2024, 2, 1))
    proposal_factory.in_status(
        Status.APPROVED,
        title="Belysning i Fittja",
        area=fittja,
        submitted_on=datetime.date(2023, 9, 1),
    )
    proposal_factory.in_status(
        Status.REJECTED,
        title="Skatepark i Alby",
        area=alby,
        submitted_on=datetime.date(2023, 10, 1),
    )
    return {"alby": alby, "fittja": fittja}


def listing(client, **filters):
    """The titles the proposal listing shows for some filters."""
    response = client.get(reverse("proposals:index"), filters)
    assert response.status_code == 200
    content = response.content.decode()
    return {
        title
        for title in ["Utegym i Alby", "Belysning i Fittja", "Skatepark i Alby"]
        if title in content
    }


def test_the_listing_shows_every_proposal(admin_client, listed):
    assert listing(admin_client) == {"Utegym i Alby", "Belysning i Fittja", "Skatepark i Alby"}


def test_the_listing_filters_by_status(admin_client, listed):
    assert listing(admin_client, status=[Status.APPROVED, Status.REJECTED]) == {
        "Belysning i Fittja",
        "Skatepark i Alby",
    }
    assert listing(admin_client, status=Status.RECEIVED) == {"Utegym i Alby"}


def test_the_listing_filters_by_area(admin_client, listed):
    assert listing(admin_client, area=listed["alby"].pk) == {"Utegym i Alby", "Skatepark i Alby"}


def test_the_listing_filters_by_year_submitted(admin_client, listed):
    assert listing(admin_client, year=2023) == {"Belysning i Fittja", "Skatepark i Alby"}


def test_the_listing_combines_filters(admin_client, listed):
    assert listing(admin_client, year=2023, area=listed["alby"].pk) == {"Skatepark i Alby"}


def test_the_listing_shows_reference_and_status(admin_client, listed):
    proposal = ProposalPage.objects.get(title="Belysning i Fittja")

    content = admin_client.get(reverse("proposals:index")).content.decode()

    assert proposal.reference in content
    assert str(proposal.get_status_display()) in content


# --- adding and copying ----------------------------------------------------------------


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["proposals_pages", "proposalpage", parent.pk])


@freeze_time("2024-05-15")
def test_a_proposal_added_in_the_admin_gets_the_next_reference_and_its_first_entry(
    admin_client, site_tree, area, proposal_factory
):
    proposal_factory(submitted_on=datetime.date(2024, 1, 9))  # BD-2024-0001
    form = querydict_from_html(
        admin_client.get(add_url(site_tree.proposals)).content.decode(), form_id="page-edit-form"
    )
    form.update(
        {
            "title": "Lekplats i Fittja",
            "slug": "lekplats-i-fittja",
            "description": "En lekplats för de minsta barnen.",
            "area": area.pk,
            "submitted_on": "2024-05-14",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(add_url(site_tree.proposals), form)

    assert response.status_code == 302
    proposal = ProposalPage.objects.get(slug="lekplats-i-fittja")
    assert proposal.reference == "BD-2024-0002"
    assert [(entry.status, str(entry.changed_on)) for entry in proposal.status_history] == [
        (Status.RECEIVED, "2024-05-14")
    ]


def test_a_reference_already_in_use_is_refused_in_the_admin(
    admin_client, received, proposal_factory
):
    other = proposal_factory(reference="BD-2024-0099")

    response = submit_edit_form(admin_client, received, reference="bd-2024-0099")

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["reference"]
    assert current(received).reference != other.reference


def test_copying_and_publishing_a_proposal_in_the_admin_gives_the_copy_a_new_reference(
    admin_client, site_tree, received
):
    response = admin_client.post(
        reverse("wagtailadmin_pages:copy", args=[received.pk]),
        {
            "new_title": "Skateramp vid Fittja skola (kopia)",
            "new_slug": "skateramp-kopia",
            "new_parent_page": site_tree.proposals.pk,
            "publish_copies": "on",
        },
    )

    assert response.status_code == 302
    copy = ProposalPage.objects.get(slug="skateramp-kopia")
    assert copy.reference not in ("", received.reference)
