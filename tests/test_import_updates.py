"""What an import leaves on the site: published proposals with their dated history, meetings,
updates of proposals that exist, personal data kept apart, and nothing twice."""

import datetime
import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from freezegun import freeze_time
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from proposals_pages.models import (
    CommissionMeetingPage,
    ProposalPage,
    ProposalStatusChange,
    Proposer,
)
from proposals_pages.statuses import Status

from .import_files import csv_file, import_rows, problems, row, run_import

pytestmark = pytest.mark.usefixtures("import_places")

DECIDED = {
    "submitted_on": "2024-03-01",
    "administration": "Kultur- och fritidsförvaltningen",
    "cost_estimate_sek": "150 000 kr",
    "assessment": "Möjligt inom ett år.",
    "decided_on": "2024-04-10",
}
MIXED = [
    row(reference="BD-2024-0001", title="Bänkar", status="received", submitted_on="2024-03-01"),
    row(reference="BD-2024-0002", title="Utegym", status="approved", **DECIDED),
    row(
        reference="BD-2024-0003",
        title="Skatepark",
        status="Avslaget",
        decision_note="Ryms inte i budgeten.",
        **DECIDED,
    ),
    row(
        reference="BD-2024-0004",
        title="Belysning",
        status="completed",
        completed_on="2024-09-01",
        **DECIDED,
    ),
]
D = datetime.date


def history(reference):
    proposal = ProposalPage.objects.get(reference=reference)
    return [(entry.status, entry.changed_on) for entry in proposal.status_history]


@pytest.fixture
def meeting(meeting_factory):
    return meeting_factory(title="Sammanträde", slug="sammantrade-2024-04", date=D(2024, 4, 10))


# --- what a new proposal is -------------------------------------------------------------


def test_imported_proposals_are_published_pages_in_a_sound_tree(site_tree, meeting):
    report = import_rows(*MIXED)

    assert report.created == 4
    assert ProposalPage.objects.live().count() == 4
    assert all(not found for found in Page.find_problems())
    index = site_tree.proposals
    index.refresh_from_db()
    assert index.numchild == index.get_children().count() == 4


def test_an_imported_proposal_is_on_its_page_and_in_the_listing(client, site_tree, meeting):
    import_rows(*MIXED)
    proposal = ProposalPage.objects.get(reference="BD-2024-0002")

    page = client.get(proposal.url)
    listing = client.get(site_tree.proposals.url)

    assert page.status_code == 200
    assert "Utegym" in page.content.decode()
    assert "Utegym" in listing.content.decode()


def test_an_imported_proposal_is_found_by_the_site_search(client, site_tree):
    import_rows(row(title="Hundrastgård vid Fittja torg", description="En hundrastgård."))

    response = client.get("/sv/sok/", {"q": "hundrastgård"})

    assert "Hundrastgård vid Fittja torg" in response.content.decode()


def test_an_updated_proposal_is_found_by_its_new_words(client, site_tree):
    import_rows(row(reference="BD-2024-0001", title="Bänkar"))

    import_rows(row(reference="BD-2024-0001", title="Sittbänkar vid Fittja äldreboende"))

    response = client.get("/sv/sok/", {"q": "äldreboende"})
    assert "Sittbänkar vid Fittja äldreboende" in response.content.decode()


def test_an_import_drops_the_cached_counts(client, site_tree, import_places):
    fittja = import_places["fittja"]
    before = client.get(fittja.url).context["numbers"]["received"]  # now in the cache

    import_rows(row(area="fittja"))

    assert (before, client.get(fittja.url).context["numbers"]["received"]) == (0, 1)


def test_an_imported_proposal_has_a_published_revision_and_a_page_history(site_tree):
    import_rows(row())
    proposal = ProposalPage.objects.get()

    assert proposal.live_revision_id == proposal.latest_revision_id is not None
    assert not proposal.has_unpublished_changes
    assert proposal.get_latest_revision_as_object().title == "Fler bänkar"
    actions = set(PageLogEntry.objects.filter(page=proposal).values_list("action", flat=True))
    assert actions == {"wagtail.create", "wagtail.publish"}


def test_by_setting_imported_proposals_wait_as_drafts_for_a_moderator(client, site_tree, settings):
    settings.PROPOSAL_IMPORTS_PUBLISHED = False

    import_rows(row(reference="BD-2024-0001", title="Hundrastgård"))
    again = import_rows(row(reference="BD-2024-0001", title="Hundrastgård"))

    proposal = ProposalPage.objects.get()
    assert not proposal.live and proposal.has_unpublished_changes
    assert proposal.live_revision_id is None
    assert proposal.get_latest_revision_as_object().title == "Hundrastgård"
    actions = set(PageLogEntry.objects.filter(page=proposal).values_list("action", flat=True))
    assert actions == {"wagtail.create"}
    assert "Hundrastgård" not in client.get(site_tree.proposals.url).content.decode()
    assert again.unchanged == 1
    proposal.get_latest_revision().publish()  # the moderator publishes
    assert "Hundrastgård" in client.get(site_tree.proposals.url).content.decode()


def test_an_imported_proposal_is_in_the_reference_index_as_if_saved(site_tree, meeting):
    import_rows(MIXED[1])
    proposal = ProposalPage.objects.get()
    imported = set(ReferenceIndex.get_references_for_object(proposal).values_list("pk", flat=True))

    ReferenceIndex.create_or_update_for_object(proposal)  # what a save would record

    assert (
        imported
        and set(ReferenceIndex.get_references_for_object(proposal).values_list("pk", flat=True))
        == imported
    )
    assert ReferenceIndex.get_references_to(meeting).count() == 1


@freeze_time("2024-10-01")
def test_mixed_statuses_land_with_the_history_their_dates_tell(site_tree, meeting):
    import_rows(*MIXED)

    assert history("BD-2024-0001") == [("received", D(2024, 3, 1))]
    assert history("BD-2024-0002") == [("received", D(2024, 3, 1)), ("approved", D(2024, 4, 10))]
    assert history("BD-2024-0003") == [("received", D(2024, 3, 1)), ("rejected", D(2024, 4, 10))]
    assert history("BD-2024-0004") == [
        ("received", D(2024, 3, 1)),
        ("approved", D(2024, 4, 10)),
        ("completed", D(2024, 9, 1)),
    ]


@freeze_time("2024-10-01")
def test_a_status_without_a_date_of_its_own_is_dated_the_day_of_the_import(site_tree):
    import_rows(row(reference="BD-2024-0001", status="under_review", submitted_on="2024-03-01"))

    assert history("BD-2024-0001") == [
        ("received", D(2024, 3, 1)),
        ("under_review", D(2024, 10, 1)),
    ]


# --- commission meetings -------------------------------------------------------------------


def test_a_decision_links_to_the_meeting_held_that_day(site_tree, meeting):
    import_rows(MIXED[1])

    assert ProposalPage.objects.get().decided_at_meeting == meeting
    assert CommissionMeetingPage.objects.count() == 1


def test_a_decision_on_a_day_without_a_meeting_creates_the_meeting(site_tree):
    import_rows(MIXED[1], MIXED[2])

    meeting = CommissionMeetingPage.objects.get()
    assert meeting.date == D(2024, 4, 10)
    assert meeting.live and meeting.get_parent().specific == site_tree.commission
    assert meeting.title == "Sammanträde 10 april 2024"
    assert set(meeting.decisions.values_list("reference", flat=True)) == {
        "BD-2024-0002",
        "BD-2024-0003",
    }


def test_a_dry_run_creates_no_meeting(site_tree):
    import_rows(MIXED[1], dry_run=True)

    assert not CommissionMeetingPage.objects.exists()


# --- importing again -------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(site_tree, meeting):
    data = csv_file(*MIXED, row(title="Utan nummer", submitter_name="Anna"))
    run_import(data)
    before = {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "history": ProposalStatusChange.objects.count(),
        "proposers": Proposer.objects.count(),
        "log": PageLogEntry.objects.count(),
    }

    report = run_import(data)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 5)
    assert before == {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "history": ProposalStatusChange.objects.count(),
        "proposers": Proposer.objects.count(),
        "log": PageLogEntry.objects.count(),
    }


@freeze_time("2024-10-01")
def test_importing_again_with_a_changed_status_adds_one_dated_history_entry(site_tree):
    import_rows(row(reference="BD-2024-0001", submitted_on="2024-03-01"))

    report = import_rows(row(reference="BD-2024-0001", status="withdrawn"))

    assert (report.updated, report.status_changed) == (1, 1)
    assert history("BD-2024-0001") == [("received", D(2024, 3, 1)), ("withdrawn", D(2024, 10, 1))]
    assert ProposalPage.objects.get().revisions.count() == 2


def test_a_decision_imported_later_is_dated_by_its_meeting(site_tree, meeting):
    ready = {**DECIDED, "decided_on": ""}
    with freeze_time("2024-03-20"):
        import_rows(row(reference="BD-2024-0001", status="ready_for_decision", **ready))

    with freeze_time("2024-04-12"):
        import_rows(row(reference="BD-2024-0001", status="approved", decided_on="2024-04-10"))

    assert history("BD-2024-0001") == [
        ("received", D(2024, 3, 1)),
        ("ready_for_decision", D(2024, 3, 20)),
        ("approved", D(2024, 4, 10)),
    ]
    assert ProposalPage.objects.get().decided_at_meeting == meeting


def test_a_decision_imported_later_on_a_day_without_a_meeting_creates_and_links_it(site_tree):
    ready = {**DECIDED, "decided_on": ""}
    import_rows(row(reference="BD-2024-0001", status="ready_for_decision", **ready))

    import_rows(row(reference="BD-2024-0001", status="approved", decided_on="2024-04-10"))

    meeting = CommissionMeetingPage.objects.get()
    assert ProposalPage.objects.get().decided_at_meeting == meeting
    assert meeting.date == D(2024, 4, 10)


def test_empty_cells_leave_an_existing_proposals_fields_as_they_are(site_tree):
    import_rows(row(reference="BD-2024-0001", theme="Trygghet", channel="digital"))

    report = import_rows({"reference": "BD-2024-0001", "title": "Fler bänkar i Fittja"})

    assert report.updated == 1
    proposal = ProposalPage.objects.get()
    assert proposal.title == "Fler bänkar i Fittja"
    assert (proposal.theme.slug, proposal.channel) == ("trygghet", "digital")


def test_a_row_without_a_reference_updates_the_proposal_it_imported_before(site_tree):
    import_rows(row(submitted_on="2024-03-01"))

    report = import_rows(row(submitted_on="2024-03-01", status="withdrawn"))

    assert (report.created, report.updated) == (0, 1)
    assert ProposalPage.objects.get().status == Status.WITHDRAWN


def test_the_existing_proposals_rules_apply_to_its_update(site_tree):
    import_rows(row(reference="BD-2024-0001"))

    report = import_rows({"reference": "BD-2024-0001", "status": "completed"})

    assert "Line 2, column completed_on: A completed proposal needs its completion date." in (
        problems(report)
    )


def test_a_proposal_with_unpublished_changes_is_not_overwritten(site_tree):
    import_rows(row(reference="BD-2024-0001"))
    proposal = ProposalPage.objects.get()
    proposal.title = "Utkast"
    proposal.save_revision()

    report = import_rows(row(reference="BD-2024-0001", status="withdrawn"))

    assert problems(report) == [
        "Line 2, column reference: This proposal has changes in the admin that are not "
        "published yet: publish or discard them before importing changes to it."
    ]
    assert ProposalPage.objects.get().status == Status.RECEIVED


def test_an_unpublished_proposal_is_not_published_again_by_an_import(site_tree):
    import_rows(row(reference="BD-2024-0001"))
    ProposalPage.objects.get().unpublish()

    report = import_rows(row(reference="BD-2024-0001", status="withdrawn"))

    assert not report.ok
    assert not ProposalPage.objects.get().live


# --- personal data ---------------------------------------------------------------------------

SUBMITTER = {
    "submitter_name": "Zelda Privatsson",
    "submitter_email": "zelda.privatsson@example.se",
    "submitter_phone": "070-999 88 77",
    "submitter_language": "ar",
}


def test_the_submitter_is_stored_as_the_proposals_proposer(site_tree):
    import_rows(row(**SUBMITTER))

    proposer = ProposalPage.objects.get().proposer
    assert (proposer.name, proposer.email, proposer.phone, proposer.preferred_language) == (
        "Zelda Privatsson",
        "zelda.privatsson@example.se",
        "070-999 88 77",
        "ar",
    )


def test_the_submitter_is_in_no_page_field_or_revision(site_tree):
    import_rows(row(**SUBMITTER))
    proposal = ProposalPage.objects.get()

    stored = json.dumps(
        [proposal.latest_revision.content, proposal.serializable_data()], cls=DjangoJSONEncoder
    )
    assert "Privatsson" not in stored
    assert "070-999" not in stored
    assert not PageLogEntry.objects.filter(label__contains="Privatsson").exists()


def test_the_submitter_is_not_on_the_public_page(client, site_tree):
    import_rows(row(**SUBMITTER))

    content = client.get(ProposalPage.objects.get().url).content.decode()

    assert "Privatsson" not in content


def test_a_changed_e_mail_address_updates_the_proposer_only(site_tree):
    import_rows(row(reference="BD-2024-0001", **SUBMITTER))

    report = import_rows(
        row(reference="BD-2024-0001", **{**SUBMITTER, "submitter_email": "zelda@example.se"})
    )

    assert report.updated == 1
    assert Proposer.objects.get().email == "zelda@example.se"
    assert ProposalPage.objects.get().revisions.count() == 1
