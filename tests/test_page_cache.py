"""Whole pages are kept for anonymous visitors, never for editors, forms or messages, and a
content change is visible at once: the page cache of portal/page_cache.py, purged by
proposals_pages/purging.py."""

import datetime
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from portal.page_cache import PageCacheMiddleware
from proposals_pages.models import CommissionAgendaItem
from proposals_pages.statuses import Status
from proposals_pages.templatetags.portal_tags import sek

D = datetime.date


@pytest.fixture
def page_cache(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def visitor():
    """An anonymous resident's browser."""
    return Client()


def cache_state(response):
    return response.headers.get("X-Page-Cache")


def text(response):
    return response.content.decode()


# --- what is kept ----------------------------------------------------------------------


def test_an_anonymous_visitor_is_served_the_listing_from_the_cache_the_second_time(
    page_cache, visitor, proposal_factory
):
    proposal_factory(title="Fler bänkar i parken")

    first = visitor.get("/sv/forslag/")
    second = visitor.get("/sv/forslag/")

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert text(second) == text(first)
    assert "Fler bänkar i parken" in text(second)


def test_a_cached_page_tells_a_cdn_how_long_it_may_keep_it(
    page_cache, settings, visitor, site_tree
):
    response = visitor.get("/sv/")

    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {
        "public",
        f"max-age={settings.PORTAL_BROWSER_CACHE_SECONDS}",
        f"s-maxage={settings.PORTAL_SHARED_CACHE_SECONDS}",
    }


def test_each_language_and_each_filter_is_kept_apart(page_cache, visitor, proposal_factory):
    proposal_factory(title="Belysning på gångvägen")

    swedish = visitor.get("/sv/forslag/")
    english = visitor.get("/en/forslag/")
    filtered = visitor.get("/sv/forslag/?status=approved")

    assert [cache_state(r) for r in (swedish, english, filtered)] == ["miss"] * 3
    assert '<html lang="en"' in text(english) and '<html lang="sv"' in text(swedish)
    assert "Belysning på gångvägen" not in text(filtered)


def test_a_language_chosen_by_the_browser_is_not_served_to_another(page_cache, visitor, site_tree):
    # Open data without lang= and the API have no language prefix.
    swedish = visitor.get("/open-data/statistics.json", HTTP_ACCEPT_LANGUAGE="sv")
    arabic = visitor.get("/open-data/statistics.json", HTTP_ACCEPT_LANGUAGE="ar")

    assert (cache_state(swedish), cache_state(arabic)) == ("miss", "miss")


def test_the_page_cache_is_off_unless_configured(visitor, site_tree):
    visitor.get("/sv/")

    assert cache_state(visitor.get("/sv/")) is None


# --- what is never kept ----------------------------------------------------------------


def test_a_logged_in_editor_is_never_served_from_the_cache(page_cache, visitor, admin_client):
    visitor.get("/sv/")

    response = admin_client.get("/sv/")

    assert cache_state(response) is None
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_what_an_editor_sees_is_not_kept_for_visitors(page_cache, visitor, admin_client):
    admin_client.get("/sv/")

    assert cache_state(visitor.get("/sv/")) == "miss"


def test_the_admin_is_never_cached(page_cache, visitor, site_tree):
    visitor.get("/admin/login/")
    response = visitor.get("/admin/login/")

    assert cache_state(response) is None
    assert "no-cache" in response["Cache-Control"]


def test_a_post_is_never_answered_from_the_cache(page_cache, visitor, site_tree):
    visitor.get("/sv/")

    response = visitor.post("/sv/")

    assert cache_state(response) is None


def test_the_health_check_is_never_cached(page_cache, visitor, site_tree):
    visitor.get("/healthz")

    response = visitor.get("/healthz")

    assert cache_state(response) is None
    assert "no-store" in response["Cache-Control"]


def form_page(request):
    """A page with a form, as the online submission's: it carries a CSRF token."""
    return HttpResponse(f'<form method="post"><input name="t" value="{get_token(request)}">')


def test_a_page_with_a_form_is_never_kept(page_cache):
    middleware = PageCacheMiddleware(CsrfViewMiddleware(form_page))
    request = RequestFactory().get("/sv/forslag/lamna/")

    first = middleware(request)
    second = middleware(RequestFactory().get("/sv/forslag/lamna/"))

    assert (cache_state(first), cache_state(second)) == (None, None)
    assert "csrftoken" in second.cookies
    assert "private" in second["Cache-Control"]


def page_with_a_message(request):
    storage = CookieStorage(request)
    storage.add(constants.SUCCESS, "Tack för ditt förslag!")
    response = HttpResponse("<p>Tack</p>")
    storage.update(response)
    return response


def test_a_page_that_leaves_a_message_is_never_kept(page_cache):
    middleware = PageCacheMiddleware(page_with_a_message)

    response = middleware(RequestFactory().get("/sv/"))
    again = middleware(RequestFactory().get("/sv/"))

    assert (cache_state(response), cache_state(again)) == (None, None)
    assert "private" in again["Cache-Control"]


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(page_cache, visitor, site_tree):
    visitor.get("/sv/")
    visitor.cookies["messages"] = "waiting"

    response = visitor.get("/sv/")

    assert cache_state(response) is None
    assert list(get_messages(response.wsgi_request)) == []


def test_a_page_that_is_not_found_is_not_kept(page_cache, visitor, site_tree):
    visitor.get("/sv/finns-inte/")

    assert cache_state(visitor.get("/sv/finns-inte/")) is None


def test_the_csv_export_is_streamed_not_kept(page_cache, visitor, site_tree):
    response = visitor.get("/open-data/proposals.csv")

    assert response.streaming
    assert cache_state(response) is None
    assert "public" in response["Cache-Control"]


# --- a change is visible at once -------------------------------------------------------


@pytest.fixture
def decision_night(meeting_factory, proposal_factory, area):
    """A proposal ready for decision on the agenda of the evening's meeting."""
    meeting = meeting_factory(title="Sammanträde 10 april 2024", date=D(2024, 4, 10))
    proposal = proposal_factory.in_status(
        Status.READY_FOR_DECISION,
        title="Utegym vid Fittja centrum",
        area=area,
        submitted_on=D(2024, 2, 1),
        cost_estimate_sek=120_000,
    )
    CommissionAgendaItem.objects.create(meeting=meeting, proposal=proposal, sort_order=0)
    return meeting, proposal


APPROVED_BADGE = '<span class="status status--approved">Beviljat</span>'
PAGES_SHOWING_A_DECISION = ["/sv/", "/sv/forslag/", "/sv/omraden/fittja/", "/sv/statistik/"]


def granted(amount):
    """An amount as the Swedish pages write it (the escaped non-breaking spaces too)."""
    with translation.override("sv"):
        return escape(sek(amount))


def test_a_published_decision_shows_at_once_on_home_listing_area_and_statistics(
    page_cache, visitor, admin_client, decision_night, django_capture_on_commit_callbacks
):
    meeting, proposal = decision_night
    before = {path: visitor.get(path) for path in PAGES_SHOWING_A_DECISION}
    assert all(cache_state(visitor.get(path)) == "hit" for path in PAGES_SHOWING_A_DECISION)
    assert APPROVED_BADGE not in text(before["/sv/forslag/"])

    with django_capture_on_commit_callbacks(execute=True):
        meeting.agenda_items.update(outcome=Status.APPROVED, reason="Ryms i budgeten.")
        type(meeting).objects.get(pk=meeting.pk).save_revision().publish()

    after = {path: visitor.get(path) for path in PAGES_SHOWING_A_DECISION}
    assert all(cache_state(response) == "miss" for response in after.values())
    assert "Utegym vid Fittja centrum" in text(after["/sv/"])  # the latest decisions
    assert "Utegym vid Fittja centrum" not in text(before["/sv/"])
    for path in ["/sv/forslag/", "/sv/omraden/fittja/"]:
        assert APPROVED_BADGE in text(after[path]), path
    assert granted(120_000) in text(after["/sv/statistik/"])
    assert granted(120_000) not in text(before["/sv/statistik/"])


def test_publishing_a_proposal_shows_it_at_once(
    page_cache, visitor, proposal_factory, django_capture_on_commit_callbacks
):
    proposal = proposal_factory(title="Gungor på lekplatsen")
    visitor.get("/sv/forslag/")

    with django_capture_on_commit_callbacks(execute=True):
        proposal.title = "Fler gungor på lekplatsen"
        proposal.save_revision().publish()

    assert "Fler gungor på lekplatsen" in text(visitor.get("/sv/forslag/"))


def test_unpublishing_a_proposal_takes_it_off_the_listing_at_once(
    page_cache, visitor, proposal_factory, django_capture_on_commit_callbacks
):
    proposal = proposal_factory(title="Gungor på lekplatsen")
    visitor.get("/sv/forslag/")

    with django_capture_on_commit_callbacks(execute=True):
        proposal.unpublish()

    assert "Gungor på lekplatsen" not in text(visitor.get("/sv/forslag/"))


def test_deleting_a_proposal_takes_it_off_the_listing_at_once(
    page_cache, visitor, proposal_factory, django_capture_on_commit_callbacks
):
    proposal = proposal_factory(title="Gungor på lekplatsen")
    visitor.get("/sv/forslag/")

    with django_capture_on_commit_callbacks(execute=True):
        proposal.delete()

    assert "Gungor på lekplatsen" not in text(visitor.get("/sv/forslag/"))


def test_a_new_budget_shows_on_the_home_page_at_once(
    page_cache, visitor, budget_factory, django_capture_on_commit_callbacks
):
    budget = budget_factory(amount_sek=5_000_000)
    visitor.get("/sv/")

    with django_capture_on_commit_callbacks(execute=True):
        budget.amount_sek = 7_500_000
        budget.save()

    assert granted(7_500_000) in text(visitor.get("/sv/"))


def test_a_change_rolled_back_purges_nothing(page_cache, visitor, proposal_factory):
    from django.db import transaction

    proposal = proposal_factory(title="Gungor på lekplatsen")
    visitor.get("/sv/forslag/")

    with transaction.atomic():
        proposal.save_revision().publish()
        transaction.set_rollback(True)

    assert cache_state(visitor.get("/sv/forslag/")) == "hit"


def test_the_open_data_is_fresh_after_a_decision(
    page_cache, visitor, decision_night, django_capture_on_commit_callbacks
):
    meeting, _proposal = decision_night
    url = reverse("open_data_statistics_json")
    assert visitor.get(url).json()["approved"] == 0

    with django_capture_on_commit_callbacks(execute=True):
        meeting.agenda_items.update(outcome=Status.APPROVED, reason="Ryms i budgeten.")
        type(meeting).objects.get(pk=meeting.pk).save_revision().publish()

    assert visitor.get(url).json()["approved"] == 1


def test_a_change_is_seen_at_once_by_the_process_that_made_it_even_when_it_trusts_its_generation(
    page_cache, settings, visitor, proposal_factory, django_capture_on_commit_callbacks
):
    settings.PORTAL_PAGE_CACHE_CHECK_SECONDS = 60
    proposal = proposal_factory(title="Gungor på lekplatsen")
    visitor.get("/sv/forslag/")
    assert cache_state(visitor.get("/sv/forslag/")) == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        proposal.title = "Fler gungor på lekplatsen"
        proposal.save_revision().publish()

    assert "Fler gungor på lekplatsen" in text(visitor.get("/sv/forslag/"))


class SlowPage:
    """A page that takes a while to render, counting how often it is rendered."""

    def __init__(self, set_cookie=False):
        self.renders = 0
        self.set_cookie = set_cookie

    def __call__(self, request):
        self.renders += 1
        time.sleep(0.3)
        response = HttpResponse("<p>Startsidan</p>")
        if self.set_cookie:
            response.set_cookie("csrftoken", "x")
        return response


def side_by_side(middleware, count):
    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: middleware(RequestFactory().get("/sv/")), range(count)))


def test_a_crowd_asking_for_a_page_not_cached_yet_has_it_rendered_once(page_cache):
    page = SlowPage()

    responses = side_by_side(PageCacheMiddleware(page), 5)

    assert page.renders == 1
    assert sorted(cache_state(response) for response in responses) == ["hit"] * 4 + ["miss"]
    assert {response.content for response in responses} == {b"<p>Startsidan</p>"}


def test_a_crowd_asking_for_a_page_that_is_never_kept_gets_it_rendered_for_each(page_cache):
    page = SlowPage(set_cookie=True)

    responses = side_by_side(PageCacheMiddleware(page), 3)

    assert page.renders == 3
    assert all(response.status_code == 200 for response in responses)
    assert all(cache_state(response) is None for response in responses)
