"""Leaving a proposal online: the form, the receipt, moderation and spam (issue 8)."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Revision, WorkflowState

from portal import page_cache
from proposals_pages.demo.localize import translate
from proposals_pages.models import ProposalPage, Proposer
from proposals_pages.statuses import Status

FORM = "/sv/forslag/lamna/"
RECEIPT = "/sv/forslag/lamna/kvitto/"
NAME = "Zelda Privatsson"
EMAIL = "zelda.privatsson@example.se"
PHONE = "070-999 88 77"


@pytest.fixture
def places(area_factory, theme_factory):
    return {
        "alby": area_factory(title="Alby", slug="alby"),
        "fittja": area_factory(title="Fittja", slug="fittja"),
        "trygghet": theme_factory(title="Trygghet", slug="trygghet"),
    }


@pytest.fixture
def moderator(django_user_model, site_tree):
    """A member of Wagtail's "Moderators" group, which approves the default workflow."""
    user = django_user_model.objects.create_user(
        "moderator", email="moderator@example.se", password="x"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def proposal_data(**changes):
    data = {
        "title": "Fler bänkar vid torget",
        "description": "Det behövs fler bänkar att vila på vid Fittja torg.",
        "area": "fittja",
        "theme": "trygghet",
        "name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "preferred_language": "sv",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def submit(client, path=FORM, **changes):
    return client.post(path, proposal_data(**changes), REMOTE_ADDR="192.0.2.10")


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def the_new_proposal():
    return ProposalPage.objects.get(channel=ProposalPage.Channel.DIGITAL)


# --- the form ------------------------------------------------------------------------


def test_the_form_asks_for_the_proposal_and_optional_contact_details(client, places):
    response = client.get(FORM)

    html = response.content.decode()
    assert response.status_code == 200
    for name in ["title", "description", "area", "theme", "name", "email", "phone", "consent"]:
        assert f'name="{name}"' in html, name
    assert 'id="id_title"' in html and 'for="id_title"' in html
    assert "anonym" in text_of(response)


def test_the_form_offers_the_areas_and_themes_and_every_language_in_itself(client, places):
    soup = BeautifulSoup(client.get(FORM).content, "html.parser")

    areas = [option.get_text() for option in soup.select("#id_area option") if option["value"]]
    languages = {
        option["value"]: option.get_text()
        for option in soup.select("#id_preferred_language option")
    }
    assert areas == ["Alby", "Fittja"]
    assert [o["value"] for o in soup.select("#id_theme option")] == ["", "trygghet"]
    assert languages["ar"] == "العربية" and languages["fi"] == "Suomi"
    assert soup.select_one("#id_preferred_language option[selected]")["value"] == "sv"


def test_the_form_is_prefilled_with_the_area_from_the_address(client, places):
    soup = BeautifulSoup(client.get(FORM, {"area": "alby"}).content, "html.parser")

    assert soup.select_one("#id_area option[selected]")["value"] == "alby"


def test_the_form_is_prefilled_with_the_session_the_idea_came_from(
    client, places, dialogue_event_factory
):
    session = dialogue_event_factory(title="Dialog på torget", area=places["alby"])

    response = client.get(FORM, {"dialogue": session.slug})

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_area option[selected]")["value"] == "alby"
    assert soup.select_one("input[name=dialogue]")["value"] == str(session.pk)
    assert "Dialog på torget" in text_of(response)


def test_the_consent_text_says_what_is_published_and_for_how_long_data_is_kept(
    client, places, settings
):
    settings.PERSONAL_DATA_RETENTION_MONTHS = 18

    text = text_of(client.get(FORM))

    assert "publiceras" in text
    assert "18 månader" in text
    assert 'href="/sv/integritet/"' in client.get(FORM).content.decode()


def test_the_honeypot_is_labelled_and_out_of_the_tab_order(client, places):
    soup = BeautifulSoup(client.get(FORM).content, "html.parser")

    trap = soup.select_one("input[name=website]")
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    assert soup.select_one("label[for=id_website]").get_text().strip()
    assert trap.find_parent(class_="submission__trap") is not None


@pytest.mark.parametrize("path", [FORM, RECEIPT])
def test_the_form_and_the_receipt_are_never_cached(client, places, settings, path):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300
    page_cache.recent.pages.clear()

    first = client.get(path)
    second = client.get(path)

    assert "no-cache" in first["Cache-Control"] or "no-store" in first["Cache-Control"]
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


# --- a valid proposal ----------------------------------------------------------------


def test_a_proposal_arrives_as_a_draft_in_the_swedish_tree(client, places, site_tree):
    response = submit(client)

    proposal = the_new_proposal()
    assert response.status_code == 302 and response["Location"] == RECEIPT
    assert proposal.live is False
    assert proposal.get_parent().pk == site_tree.proposals.pk
    assert proposal.status == Status.RECEIVED
    assert proposal.area == places["fittja"] and proposal.theme == places["trygghet"]
    assert proposal.text_language == "sv"
    assert re.fullmatch(r"BD-\d{4}-\d{4}", proposal.reference)
    assert proposal.latest_revision is not None and proposal.has_unpublished_changes


def test_the_proposer_is_kept_apart_from_the_proposal(client, places):
    submit(client)

    proposer = Proposer.objects.get(proposal=the_new_proposal())
    assert (proposer.name, proposer.email, proposer.phone) == (NAME, EMAIL, PHONE)
    assert proposer.preferred_language == "sv"


def test_no_personal_data_in_the_drafts_revisions(client, places):
    submit(client)

    proposal = the_new_proposal()
    for revision in Revision.page_revisions.filter(object_id=str(proposal.pk)):
        content = json.dumps(revision.content, cls=DjangoJSONEncoder)
        assert not any(secret in content for secret in [NAME, "Privatsson", EMAIL, PHONE])


def test_an_anonymous_proposal_is_fine(client, places):
    response = submit(client, name="", email="", phone="")

    assert response.status_code == 302
    assert not Proposer.objects.filter(proposal=the_new_proposal()).exists()


def test_the_receipt_shows_the_reference_and_leads_to_find_my_proposal(client, places):
    response = client.get(submit(client)["Location"])

    reference = the_new_proposal().reference
    assert response.status_code == 200
    assert reference in text_of(response)
    assert f'href="/sv/forslag/hitta/?reference={reference}"' in response.content.decode()
    assert reference not in response.request["PATH_INFO"] + response.request["QUERY_STRING"]


def test_the_receipt_without_a_proposal_says_so(client, places):
    response = client.get(RECEIPT)

    assert response.status_code == 200
    assert "BD-" not in text_of(response)


def test_the_proposer_gets_the_receipt_by_e_mail(
    client, places, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client)

    receipts = [message for message in mail.outbox if message.to == [EMAIL]]
    assert len(receipts) == 1
    assert the_new_proposal().reference in receipts[0].subject
    assert "/sv/forslag/hitta/?reference=" in receipts[0].body


def test_the_draft_is_submitted_to_the_moderators_workflow(client, places, moderator):
    submit(client)

    state = WorkflowState.objects.get(object_id=str(the_new_proposal().pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert state.workflow.name == "Moderators approval"


def test_the_moderators_are_notified(client, places, moderator):
    submit(client)

    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    assert "Fler bänkar vid torget" in to_moderator[0].subject + to_moderator[0].body


def test_the_draft_awaits_review_on_the_moderators_dashboard(client, places, moderator):
    submit(client)
    client.force_login(moderator)

    response = client.get("/admin/")

    assert "Fler bänkar vid torget" in response.content.decode()


def test_a_submission_in_arabic_is_stored_in_the_swedish_tree(client, places, site_tree):
    from wagtail.models import Locale

    translate(site_tree.home, Locale.objects.get_or_create(language_code="ar")[0], {})

    response = submit(
        client,
        path="/ar/forslag/lamna/",
        title="مقاعد أكثر",
        description="نحتاج إلى مقاعد أكثر في الساحة.",
        preferred_language="ar",
    )

    proposal = the_new_proposal()
    assert response.status_code == 302 and response["Location"] == "/ar/forslag/lamna/kvitto/"
    assert proposal.locale.language_code == "sv"
    assert proposal.text_language == "ar"
    assert proposal.area == places["fittja"]
    assert Proposer.objects.get(proposal=proposal).preferred_language == "ar"


def test_a_finnish_visitor_chooses_among_finnish_area_names(client, places, site_tree):
    from wagtail.models import Locale

    finnish = Locale.objects.get_or_create(language_code="fi")[0]
    for page in (site_tree.home, site_tree.areas, places["fittja"]):
        translate(page, finnish, {"title": "Fittja (fi)"} if page == places["fittja"] else {})

    soup = BeautifulSoup(client.get("/fi/forslag/lamna/").content, "html.parser")
    submit(client, path="/fi/forslag/lamna/")

    assert "Fittja (fi)" in [option.get_text() for option in soup.select("#id_area option")]
    assert the_new_proposal().area == places["fittja"]  # the Swedish area, not its translation
    assert the_new_proposal().text_language == "fi"


# --- mistakes ------------------------------------------------------------------------


def errors_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".error-summary[role=alert]")
    return soup, summary


def test_an_empty_form_is_answered_with_an_error_summary_linked_to_the_fields(client, places):
    response = client.post(FORM, {})

    soup, summary = errors_of(response)
    assert response.status_code == 200
    assert summary is not None and summary.find("h2")
    links = {a["href"] for a in summary.select("a")}
    assert {"#id_title", "#id_description", "#id_area", "#id_consent"} <= links
    assert soup.select_one("#id_title")["aria-invalid"] == "true"
    assert "id_title-error" in soup.select_one("#id_title")["aria-describedby"]
    assert "Fyll" in text_of(response) or "Ge ditt förslag" in text_of(response)
    assert not ProposalPage.objects.filter(channel=ProposalPage.Channel.DIGITAL).exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "x" * 201}, "title"),
        ({"description": "x" * 5001}, "description"),
        ({"email": "inte-en-adress"}, "email"),
        ({"consent": None}, "consent"),
        ({"area": "atlantis"}, "area"),
        ({"email": "", "phone": ""}, "email"),  # a name, but no way to reach them
    ],
)
def test_bad_input_is_named_and_what_was_typed_is_kept(client, places, changes, field):
    response = submit(client, **changes)

    soup, summary = errors_of(response)
    assert response.status_code == 200
    assert f"#id_{field}" in {a["href"] for a in summary.select("a")}
    typed = proposal_data(**changes)["description"]
    assert soup.select_one("#id_description").get_text().lstrip("\n") == typed
    if field != "title":
        assert soup.select_one("#id_title")["value"] == "Fler bänkar vid torget"
    assert soup.select_one("#id_name")["value"] == NAME
    assert not ProposalPage.objects.filter(channel=ProposalPage.Channel.DIGITAL).exists()


def test_error_messages_are_in_the_visitors_language(client, places):
    swedish = text_of(client.post(FORM, {"email": "x"}))
    english = text_of(client.post("/en/forslag/lamna/", {"email": "x"}))

    assert "There is a problem" in english and "There is a problem" not in swedish


# --- spam ----------------------------------------------------------------------------


def test_a_filled_honeypot_shows_a_receipt_and_creates_nothing(client, places):
    response = submit(client, website="http://spam.example")

    assert response.status_code == 200
    assert "BD-" not in text_of(response)
    assert not ProposalPage.objects.filter(channel=ProposalPage.Channel.DIGITAL).exists()
    assert not Proposer.objects.exists()


def test_too_many_proposals_from_one_address_are_refused_with_the_text_kept(
    client, places, settings
):
    settings.PROPOSAL_SUBMISSIONS_PER_HOUR = 2
    submit(client)
    submit(client)

    response = submit(client, title="Den tredje")

    soup, summary = errors_of(response)
    assert response.status_code == 429
    assert summary is not None
    assert soup.select_one("#id_title")["value"] == "Den tredje"
    assert ProposalPage.objects.filter(channel=ProposalPage.Channel.DIGITAL).count() == 2


def test_another_address_may_still_send(client, places, settings):
    settings.PROPOSAL_SUBMISSIONS_PER_HOUR = 1
    submit(client)

    response = client.post(FORM, proposal_data(), REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 302


def test_the_rate_limit_keeps_no_ip_address_in_the_cache(client, places):
    from django.core.cache import cache

    submit(client)

    keys = list(cache._cache.keys())
    assert keys and not any("192.0.2.10" in key for key in keys)


# --- not public until a moderator publishes it -----------------------------------------


@pytest.fixture
def draft(client, places):
    submit(client)
    return the_new_proposal()


def test_the_draft_is_not_on_its_own_address(client, draft):
    assert client.get(f"/sv/forslag/{draft.slug}/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/sv/forslag/",
        "/sv/omraden/fittja/",
        "/sv/sok/?q=bänkar",
        "/sv/forslag/flode/",
        "/open-data/proposals.json",
        "/open-data/proposals.csv",
        "/sitemap.xml",
        "/api/v2/pages/?type=proposals_pages.ProposalPage&limit=100",
    ],
)
def test_the_draft_is_nowhere_public(client, draft, path):
    response = client.get(path)

    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert draft.reference.encode() not in body
    assert "Fler bänkar vid torget".encode() not in body


def test_once_published_the_proposal_is_public(client, draft):
    draft.get_latest_revision().publish()

    assert "Fler bänkar vid torget" in text_of(client.get("/sv/forslag/"))


def test_find_my_proposal_says_a_pending_one_is_waiting_for_moderation(client, draft):
    response = client.get("/sv/forslag/hitta/", {"reference": draft.reference})

    text = text_of(response)
    assert response.status_code == 200
    assert draft.reference in text
    assert "moderator" in text
    assert "Fler bänkar vid torget" not in text and "vila på" not in text


# --- the ways to the form ----------------------------------------------------------------


def form_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select("a[href*='/forslag/lamna/']")]


def test_the_home_page_and_the_listing_link_to_the_form(client, places):
    assert "/sv/forslag/lamna/" in form_links(client.get("/sv/"))
    assert "/sv/forslag/lamna/" in form_links(client.get("/sv/forslag/"))


def test_an_area_page_links_to_the_form_for_its_area(client, places):
    assert "/sv/forslag/lamna/?area=alby" in form_links(client.get("/sv/omraden/alby/"))


def test_an_upcoming_session_links_to_the_form_for_its_area_and_itself(
    client, places, dialogue_event_factory
):
    session = dialogue_event_factory(area=places["alby"])

    expected = f"/sv/forslag/lamna/?area=alby&dialogue={session.slug}"
    assert expected in form_links(client.get(session.url))
    assert f"http://testserver{expected}" in form_links(client.get(session.url + "kampanj/"))


def test_links_to_the_form_stay_in_the_visitors_language(client, places):
    assert "/ar/forslag/lamna/?area=alby" in form_links(client.get("/ar/omraden/alby/"))
