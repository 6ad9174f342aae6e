"""A CDN in front is purged through Wagtail's frontend cache, once per change, of every
address that shows what changed, in every language (proposals_pages/purging.py)."""

import datetime

import pytest
from django.db import transaction
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from proposals_pages.models import CommissionAgendaItem
from proposals_pages.statuses import Status

D = datetime.date
SITE = "http://localhost"
LANGUAGES = ["sv", "en", "fi", "ar", "so", "tr"]


class RecordingBackend(BaseBackend):
    """A CDN that notes what it is asked to purge, one list per purge request."""

    batches = []

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        RecordingBackend.batches.append(set(urls))


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.test_purging.RecordingBackend"}}
    RecordingBackend.batches = []
    return RecordingBackend


def purged(cdn):
    return set().union(*cdn.batches)


def in_every_language(path):
    return {f"{SITE}/{language}{path}" for language in LANGUAGES}


@pytest.fixture
def proposal(proposal_factory, area, theme):
    return proposal_factory(title="Gungor på lekplatsen", area=area, theme=theme)


def test_publishing_a_proposal_purges_it_and_every_page_that_shows_it_in_every_language(
    cdn, proposal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal.save_revision().publish()

    urls = purged(cdn)
    for path in [
        f"/forslag/{proposal.slug}/",
        f"/forslag/{proposal.slug}/flode/",
        "/",
        "/forslag/",
        "/forslag/flode/",
        "/omraden/",
        "/omraden/fittja/",
        "/omraden/fittja/flode/",
        "/teman/trygghet/",
        "/statistik/",
        "/kommissionen/",
    ]:
        assert in_every_language(path) <= urls, path


def test_publishing_a_proposal_purges_the_open_data_in_every_language(
    cdn, proposal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal.save_revision().publish()

    urls = purged(cdn)
    for path in ["proposals.json", "proposals.csv", "statistics.json", "dialogues.json"]:
        assert f"{SITE}/open-data/{path}" in urls
        assert {f"{SITE}/open-data/{path}?lang={code}" for code in LANGUAGES} <= urls
    assert {f"{SITE}/sitemap.xml", f"{SITE}/api/v2/pages/"} <= urls


def test_a_meetings_decisions_are_purged_in_one_request_with_the_meeting(
    cdn, meeting_factory, proposal_factory, django_capture_on_commit_callbacks
):
    meeting = meeting_factory(title="Sammanträde 10 april 2024", date=D(2024, 4, 10))
    proposals = [
        proposal_factory.in_status(
            Status.READY_FOR_DECISION, title=f"Förslag {n}", submitted_on=D(2024, 2, 1)
        )
        for n in range(3)
    ]
    for number, proposal in enumerate(proposals):
        CommissionAgendaItem.objects.create(
            meeting=meeting, proposal=proposal, sort_order=number, outcome=Status.APPROVED
        )

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        type(meeting).objects.get(pk=meeting.pk).save_revision().publish()

    assert len(cdn.batches) == 1
    for proposal in proposals:
        assert f"{SITE}/ar/forslag/{proposal.slug}/" in cdn.batches[0]
    assert f"{SITE}/sv/kommissionen/{meeting.slug}/" in cdn.batches[0]


def test_a_deleted_proposal_is_purged_at_the_address_it_had(
    cdn, proposal, django_capture_on_commit_callbacks
):
    slug = proposal.slug

    with django_capture_on_commit_callbacks(execute=True):
        proposal.delete()

    assert in_every_language(f"/forslag/{slug}/") <= purged(cdn)


def test_a_moved_proposal_is_purged_at_its_old_address_too(
    cdn, proposal, django_capture_on_commit_callbacks
):
    old_slug = proposal.slug

    with django_capture_on_commit_callbacks(execute=True):
        proposal.slug = "gungor-och-rutschkana"
        proposal.save_revision().publish()

    assert in_every_language(f"/forslag/{old_slug}/") <= purged(cdn)
    assert in_every_language("/forslag/gungor-och-rutschkana/") <= purged(cdn)


def test_a_dialogue_session_is_purged_with_its_campaign_material(
    cdn, dialogue_event_factory, django_capture_on_commit_callbacks
):
    session = dialogue_event_factory(title="Dialog på torget")

    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    base = f"/dialoger/{session.slug}/"
    for route in ["", "kampanj/", "kampanj/affisch/", "kampanj/qr.svg", "kalender.ics"]:
        assert in_every_language(base + route) <= purged(cdn), route
    assert in_every_language("/dialoger/kampanj/") <= purged(cdn)


def test_a_renamed_area_purges_its_proposals_pages(
    cdn, area, proposal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        area.title = "Fittja centrum"
        area.save_revision().publish()

    assert in_every_language(f"/forslag/{proposal.slug}/") <= purged(cdn)


def test_a_changed_budget_purges_the_home_commission_and_statistics_pages(
    cdn, budget_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        budget_factory(amount_sek=6_000_000)

    for path in ["/", "/kommissionen/", "/statistik/"]:
        assert in_every_language(path) <= purged(cdn), path


def test_a_draft_purges_nothing(cdn, proposal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposal.title = "Ett utkast"
        proposal.save_revision()

    assert cdn.batches == []


def test_a_cdn_that_fails_does_not_fail_the_publication(
    settings, proposal, django_capture_on_commit_callbacks, caplog
):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.test_purging.FailingBackend"}}

    with django_capture_on_commit_callbacks(execute=True):
        proposal.save_revision().publish()

    assert type(proposal).objects.get(pk=proposal.pk).live
    assert "The CDN's API is down." in caplog.text


class FailingBackend(BaseBackend):
    def purge(self, url):
        raise ConnectionError("The CDN's API is down.")
