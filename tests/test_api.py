"""The read-only API at /api/v2/ (Wagtail API v2, proposals_pages/api.py), as an integrator
uses it: what it shows of each page type, and what it never shows or does."""

import datetime
import json

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from proposals_pages.api import PagesEndpoint
from proposals_pages.models import Proposer
from proposals_pages.statuses import Status

from .test_hostile_input import HOSTILE_QUERIES, Recorder

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
PROPOSALS = f"{PAGES}?type=proposals_pages.ProposalPage&fields=*"
NAME = "Ingrid Hemligsson"
EMAIL = "ingrid.hemligsson@example.se"
PHONE = "070-111 22 33"
# The fields of a proposal that the brief for the API names, and what else it shows.
PROPOSAL_FIELDS = {
    "reference",
    "description",
    "text_language",
    "area",
    "theme",
    "status",
    "status_label",
    "submitted_on",
    "cost_estimate_sek",
    "assessment",
    "decided_on",
    "decision_note",
    "completed_on",
    "decided_at_meeting",
    "status_history",
    "channel",
    "dialogue_event",
    "administration",
    "actual_cost_sek",
}


def get_json(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.fixture
def rejected(proposal_factory, area, theme, meeting_factory):
    """A proposal rejected at the meeting of 10 April, with a reason."""
    return proposal_factory.in_status(
        Status.REJECTED,
        title="Konstgräs på Fittja IP",
        area=area,
        theme=theme,
        submitted_on=datetime.date(2024, 2, 1),
        decided_at_meeting=meeting_factory(title="Aprilmötet", date=datetime.date(2024, 4, 10)),
        decision_note="Ryms inte i årets budget.",
    )


@pytest.fixture
def with_proposer(rejected, proposer_factory):
    proposer_factory(
        proposal=rejected, name=NAME, email=EMAIL, phone=PHONE, preferred_language="so"
    )
    return rejected


def only_item(data):
    [item] = data["items"]
    return item


# --- what it shows ---------------------------------------------------------------------------


def test_the_listing_shows_every_public_field_of_a_proposal(client, rejected):
    item = only_item(get_json(client, PROPOSALS))

    assert item.keys() >= PROPOSAL_FIELDS
    assert item["title"] == "Konstgräs på Fittja IP"
    assert item["reference"] == rejected.reference
    assert item["status"] == "rejected"
    assert item["submitted_on"] == "2024-02-01"
    assert item["decided_on"] == "2024-04-10"
    assert item["cost_estimate_sek"] == 250_000
    assert item["decision_note"] == "Ryms inte i årets budget."
    assert item["meta"]["html_url"] == f"http://localhost{rejected.url}"


def test_a_proposal_names_its_area_theme_and_meeting(client, rejected):
    item = only_item(get_json(client, PROPOSALS))

    assert item["area"]["title"] == "Fittja"
    assert item["area"]["meta"]["slug"] == "fittja"
    assert item["theme"]["title"] == "Trygghet"
    assert item["decided_at_meeting"]["title"] == "Aprilmötet"
    assert item["decided_at_meeting"]["meta"]["html_url"].endswith(rejected.decided_at_meeting.url)


def test_a_proposal_shows_its_status_label_in_its_language(client, rejected):
    assert only_item(get_json(client, PROPOSALS))["status_label"] == "Avslaget"


def test_a_translation_shows_its_labels_in_its_own_language(client, rejected):
    english = Locale.objects.create(language_code="en")
    rejected.copy_for_translation(english, copy_parents=True).save_revision().publish()

    item = only_item(get_json(client, f"{PROPOSALS}&locale=en"))

    assert item["meta"]["locale"] == "en"
    assert item["status_label"] == "Rejected"
    assert [entry["status_label"] for entry in item["status_history"]] == ["Rejected"]


def test_the_detail_view_shows_the_public_history(client, rejected):
    rejected.history.update(note="Beslut vid aprilmötet.")

    item = get_json(client, f"{PAGES}{rejected.pk}/")

    assert item["status_history"] == [
        {
            "status": "rejected",
            "status_label": "Avslaget",
            "date": "2024-04-10",
            "note": "Beslut vid aprilmötet.",
        }
    ]


def test_the_listing_filters_on_a_field(client, rejected, proposal_factory):
    proposal_factory(title="Fler bänkar")

    data = get_json(client, f"{PROPOSALS}&status=received")

    assert [item["title"] for item in data["items"]] == ["Fler bänkar"]


def test_an_area_shows_its_description_and_contact(client, area):
    index_id = area.get_parent().pk
    area.description = f'<p>Nära <a linktype="page" id="{index_id}">förslagen</a>.</p>'

    area.population = 7500
    area.save_revision().publish()

    item = only_item(get_json(client, f"{PAGES}?type=proposals_pages.AreaPage&fields=*"))

    assert item["population"] == 7500
    assert item["strategist_email"] == "omradesstrateg@example.se"
    assert item["description"] == '<p>Nära <a href="/sv/omraden/">förslagen</a>.</p>'


def test_a_dialogue_session_shows_when_and_where(client, dialogue_event_factory, area):
    session = dialogue_event_factory(title="Dialog på torget", area=area, address="Fittja torg 1")

    item = only_item(get_json(client, f"{PAGES}?type=proposals_pages.DialogueEventPage&fields=*"))

    assert item["place_name"] == "Torget"
    assert item["address"] == "Fittja torg 1"
    assert item["area"]["title"] == "Fittja"
    assert datetime.datetime.fromisoformat(item["start"]) == session.start


def test_a_meeting_shows_its_date(client, rejected):
    item = only_item(
        get_json(client, f"{PAGES}?type=proposals_pages.CommissionMeetingPage&fields=*")
    )

    assert item["title"] == "Aprilmötet"
    assert item["date"] == "2024-04-10"
    assert item["minutes"] is None


def test_pages_of_every_language_tree_are_listed(client, rejected):
    english = Locale.objects.create(language_code="en")
    rejected.copy_for_translation(english, copy_parents=True).save_revision().publish()

    locales = {item["meta"]["locale"] for item in get_json(client, PAGES)["items"]}

    assert locales == {"sv", "en"}


def test_unpublished_and_private_pages_are_left_out(client, rejected, proposal_factory):
    draft = proposal_factory(title="Utkast")
    draft.unpublish()
    private = proposal_factory(title="Bara för inloggade")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    titles = [item["title"] for item in get_json(client, PROPOSALS)["items"]]

    assert titles == ["Konstgräs på Fittja IP"]
    assert get_json(client, f"{PAGES}{draft.pk}/", status=404)["message"]
    assert get_json(client, f"{PAGES}{private.pk}/", status=404)["message"]


# --- personal data --------------------------------------------------------------------------


def test_the_listing_with_every_field_shows_nobody_who_proposed(client, with_proposer):
    text = client.get(PROPOSALS).content.decode()

    assert with_proposer.reference in text
    for secret in (NAME, "Hemligsson", EMAIL, PHONE, "proposer"):
        assert secret not in text


def test_the_detail_view_shows_nobody_who_proposed(client, with_proposer):
    text = client.get(f"{PAGES}{with_proposer.pk}/").content.decode()

    assert with_proposer.reference in text
    for secret in (NAME, "Hemligsson", EMAIL, PHONE, "proposer"):
        assert secret not in text


def test_searching_for_the_proposer_finds_nothing(client, with_proposer):
    data = get_json(client, f"{PROPOSALS}&search=Hemligsson")

    assert data["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    "query", ["fields=proposer", "fields=proposer(name)", "proposer=1", "order=proposer"]
)
def test_the_proposer_cannot_be_asked_for(client, with_proposer, query):
    data = get_json(client, f"{PAGES}?type=proposals_pages.ProposalPage&{query}", status=400)

    assert "proposer" in data["message"]


def reachable_models(model, seen=None):
    """Every model the API can show from a page type: its api_fields' relations, nested."""
    seen = set() if seen is None else seen
    for field in PagesEndpoint.get_body_fields(model):
        relation = next(
            (f for f in model._meta.get_fields() if f.name == field.name and f.is_relation),
            None,
        )
        related = relation.related_model if relation else None
        if related is not None and related not in seen:
            seen.add(related)
            reachable_models(related, seen)
    return seen


def test_no_page_type_has_a_way_to_the_proposer():
    page_types = [model for model in apps.get_models() if issubclass(model, Page)]

    for model in page_types:
        assert Proposer not in reachable_models(model), model


# --- read-only, JSON only ------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("where", ["listing", "detail"])
def test_writing_is_refused(client, rejected, method, where):
    path = PAGES if where == "listing" else f"{PAGES}{rejected.pk}/"

    response = getattr(client, method)(
        path, data=json.dumps({"title": "Ändrad"}), content_type="application/json"
    )

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    rejected.refresh_from_db()
    assert rejected.title == "Konstgräs på Fittja IP"


def test_a_browser_gets_json_not_the_browsable_api(client, rejected):
    response = client.get(PAGES, HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_the_browsable_api_is_not_served(client, rejected):
    assert get_json(client, f"{PAGES}?format=api", status=404)


def test_a_session_does_not_open_private_pages(admin_client, proposal_factory):
    private = proposal_factory(title="Bara för inloggade")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert get_json(admin_client, f"{PAGES}{private.pk}/", status=404)


def test_an_unknown_page_is_a_json_404_where_it_was_asked(client, rejected):
    response = client.get(f"{PAGES}999999/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_any_web_page_may_read_it(client, rejected):
    assert client.get(PAGES)["Access-Control-Allow-Origin"] == "*"


# --- bad input, queries -------------------------------------------------------------------

API_QUERIES = [
    "type=proposals_pages.ProposalPage&submitted_on=tomorrow",
    "type=proposals_pages.ProposalPage&decided_on=2024-13-45",
    "type=proposals_pages.ProposalPage&area=fittja",
    "type=proposals_pages.ProposalPage&cost_estimate_sek=99999999999999999999",
    "type=proposals_pages.ProposalPage&status=%00",
    "type=proposals_pages.ProposalPage&order=-submitted_on,nothing",
    "type=proposals_pages.ProposalPage&fields=area(area(area))",
    "type=proposals_pages.ProposalPage&fields=*,status_history(status)",
    "type=proposals_pages.Nothing",
    "type=wagtailcore.Site",
    "type=",
    "fields=((",
    "fields=*,-",
    "limit=abc",
    "limit=100000",
    "offset=-1",
    "offset=99999999999999999999",
    "order=random&offset=2",
    "order=",
    "child_of=abc",
    "child_of=-1",
    "descendant_of=999999",
    "ancestor_of=%00",
    "translation_of=root",
    "locale=xx",
    "locale=%00",
    "site=%00",
    "site=nowhere:99999999",
    "search=%22",
    "search=%00",
    "search=OR%20AND%20NOT",
    "search=" + "å" * 5000,
    "search=a&search_operator=xor",
    "id=abc",
    "id=99999999999999999999",
    "show_in_menus=maybe",
    "html_path=%00",
]


def test_odd_parameters_never_cause_a_server_error(rejected):
    with Recorder() as recorder:
        for query in HOSTILE_QUERIES + API_QUERIES:
            recorder.send("get", f"{PAGES}?{query}")
        for query in ("html_path=/forslag/", "html_path=%00", "html_path=../../", "id=abc"):
            recorder.send("get", f"{PAGES}find/?{query}")
        recorder.send("get", f"{PAGES}{rejected.pk}/?fields=nothing")
        recorder.send("head", PAGES)
        recorder.send("options", PAGES)
    recorder.assert_none()


def queries_of(client, path):
    client.get(path)  # caches that fill once per process (site root paths) are warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries.captured_queries)


def test_the_listings_queries_do_not_grow_with_its_items(client, proposal_factory, area, theme):
    def add(numbers):
        for number in numbers:
            proposal_factory.in_status(
                Status.COMPLETED, title=f"Idé {number}", area=area, theme=theme
            )

    add(range(2))
    few = queries_of(client, PROPOSALS)
    add(range(2, 8))
    many = queries_of(client, PROPOSALS)

    assert get_json(client, PROPOSALS)["meta"]["total_count"] == 8
    assert many == few
