"""Every section of contract.md answers at its path, and bad listing parameters do no harm."""

import datetime

import pytest

from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(module_db):
    """One of each, built once for the module's tests, which only read it: an area, a theme,
    a decided proposal, an upcoming session, the meeting that decided the proposal."""
    area = factories.AreaPageFactory(title="Fittja", slug="fittja")
    theme = factories.ThemePageFactory(title="Trygghet", slug="trygghet")
    meeting = factories.CommissionMeetingPageFactory(
        title="Sammanträde i april", date=datetime.date(2024, 4, 10)
    )
    return {
        "proposal": factories.ProposalPageFactory.in_status(
            Status.APPROVED,
            title="Utegym vid Fittja centrum",
            area=area,
            theme=theme,
            submitted_on=datetime.date(2024, 2, 1),
            decided_at_meeting=meeting,
        ),
        "session": factories.DialogueEventPageFactory(
            title="Dialog på Fittja torg", area=area, theme=theme, place_name="Fittja torg"
        ),
        "meeting": meeting,
    }


@pytest.mark.parametrize(
    "path",
    [
        "/sv/",
        "/sv/forslag/",
        "/sv/omraden/",
        "/sv/omraden/fittja/",
        "/sv/teman/",
        "/sv/teman/trygghet/",
        "/sv/dialoger/",
        "/sv/kommissionen/",
        "/sv/statistik/",
        "/sv/sok/?q=utegym",
        "/sv/sok/",
    ],
)
def test_each_section_answers_at_its_path(client, content, path):
    assert client.get(path).status_code == 200


def test_the_home_page_shows_the_upcoming_session_and_the_latest_decision(client, content):
    text = client.get("/sv/").content.decode()

    assert "Dialog på Fittja torg" in text
    assert "Utegym vid Fittja centrum" in text


def test_the_dialogue_page_lists_the_upcoming_session(client, content):
    assert "Dialog på Fittja torg" in client.get("/sv/dialoger/").content.decode()


def test_the_commission_page_lists_its_meetings(client, content):
    assert "Sammanträde i april" in client.get("/sv/kommissionen/").content.decode()


def test_the_proposal_page_tells_what_happened(client, content):
    response = client.get(content["proposal"].url)

    assert response.status_code == 200
    text = response.content.decode()
    assert "Utegym vid Fittja centrum" in text
    assert content["proposal"].reference in text


def test_the_session_page_says_where_it_is(client, content):
    response = client.get(content["session"].url)

    assert response.status_code == 200
    assert "Fittja torg" in response.content.decode()


def test_the_meeting_page_lists_its_decisions(client, content):
    response = client.get(content["meeting"].url)

    assert response.status_code == 200
    assert "Utegym vid Fittja centrum" in response.content.decode()


def test_the_area_page_lists_its_proposals(client, content):
    assert "Utegym vid Fittja centrum" in client.get("/sv/omraden/fittja/").content.decode()


def test_the_theme_page_lists_its_proposals(client, content):
    assert "Utegym vid Fittja centrum" in client.get("/sv/teman/trygghet/").content.decode()


def test_search_finds_a_proposal_by_a_word_of_its_title(client, content):
    assert "Utegym vid Fittja centrum" in client.get("/sv/sok/?q=utegym").content.decode()


def test_search_lists_the_matching_proposals_newest_first(client, content, proposal_factory):
    proposal_factory(title="Belysning vid badplatsen", submitted_on=datetime.date(2023, 5, 1))
    proposal_factory(title="Bänkar vid badplatsen", submitted_on=datetime.date(2024, 5, 1))

    results = client.get("/sv/sok/?q=badplatsen").context["proposal_results"]

    assert [p.title for p in results] == ["Bänkar vid badplatsen", "Belysning vid badplatsen"]
    assert results.paginator.count == 2


def test_search_finds_the_other_pages_apart_from_the_proposals(client, content):
    response = client.get("/sv/sok/?q=fittja")

    others = [page.title for page in response.context["page_results"]]
    assert "Fittja" in others
    assert "Dialog på Fittja torg" in others
    assert "Utegym vid Fittja centrum" not in others
    assert "Utegym vid Fittja centrum" in [p.title for p in response.context["proposal_results"]]


def test_an_unpublished_proposal_is_not_shown(client, content, proposal_factory):
    draft = proposal_factory(title="Hemligt utkast om lekplats", live=False)

    assert client.get(draft.url).status_code == 404
    assert "Hemligt utkast" not in client.get("/sv/forslag/").content.decode()


def test_an_unknown_path_is_not_found(client, content):
    assert client.get("/sv/finns-inte/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "page=999999",
        "page=abc",
        "page=-1",
        "page=0",
        "page=1.5",
        "status=nonsense",
        "status=approved&status=bogus",
        "area=no-such-area",
        "theme=%00",
        "year=abc",
        "year=99999999999999999999",
        "sort=drop-table",
        "q=" + "x" * 5000,
        "q=%00",
        "q=%22",
    ],
)
def test_bad_listing_parameters_are_no_server_error(client, content, query):
    assert client.get(f"/sv/forslag/?{query}").status_code in (200, 400)


# The area and theme pages list their proposals with the same filters and paging.
@pytest.mark.parametrize("query", ["page=999999", "page=abc", "year=abc", "status=bogus&area=x"])
@pytest.mark.parametrize("path", ["/sv/omraden/fittja/", "/sv/teman/trygghet/"])
def test_bad_parameters_on_area_and_theme_pages_are_no_server_error(client, content, path, query):
    assert client.get(f"{path}?{query}").status_code in (200, 400)


def test_a_page_number_past_the_end_shows_the_last_page(client, content):
    response = client.get("/sv/forslag/?page=999999")

    assert "Utegym vid Fittja centrum" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=utegym&page=999999",
        "q=utegym&page=abc",
        "q=utegym&status=bogus&area=nope",
        "q=" + "utegym " * 1000,
        "q=utegym*",
        "q=-utegym",
        "q=(utegym",
        "q=utegym OR",
        "q=%27utegym",
    ],
)
def test_bad_search_parameters_are_no_server_error(client, content, query):
    assert client.get(f"/sv/sok/?{query}").status_code in (200, 400)


@pytest.mark.parametrize("query", ["%00", "utegym%00"])
def test_a_search_with_a_nul_byte_is_no_server_error(client, content, query):
    assert client.get(f"/sv/sok/?q={query}").status_code in (200, 400)


@pytest.mark.parametrize("query", ["%22", "%22utegym", "utegym%22"])
def test_a_search_with_a_double_quote_is_no_server_error(client, content, query):
    assert client.get(f"/sv/sok/?q={query}").status_code in (200, 400)
