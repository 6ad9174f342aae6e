"""The proposal listing (/sv/forslag/): filters, facet counts, sorting, paging, bad input."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from proposals_pages import listing
from proposals_pages.caching import proposals_changed
from proposals_pages.statuses import Status

LISTING = "/sv/forslag/"


@pytest.fixture
def two_areas(area_factory, theme_factory):
    fittja = area_factory(title="Fittja", slug="fittja")
    alby = area_factory(title="Alby", slug="alby")
    trygghet = theme_factory(title="Trygghet", slug="trygghet")
    unga = theme_factory(title="Unga och fritid", slug="unga")
    return fittja, alby, trygghet, unga


@pytest.fixture
def proposals(two_areas, proposal_factory):
    fittja, alby, trygghet, unga = two_areas
    on = datetime.date
    return {
        "lamps": proposal_factory.in_status(
            "approved",
            title="Belysning i Fittjaparken",
            area=fittja,
            theme=trygghet,
            submitted_on=on(2024, 2, 1),
            cost_estimate_sek=400_000,
        ),
        "ramp": proposal_factory.in_status(
            "completed",
            title="Skateramp på skolgården",
            area=fittja,
            theme=unga,
            submitted_on=on(2023, 5, 3),
            cost_estimate_sek=150_000,
        ),
        "benches": proposal_factory(
            title="Fler bänkar vid torget",
            area=alby,
            theme=trygghet,
            submitted_on=on(2024, 3, 9),
        ),
        "gym": proposal_factory.in_status(
            "rejected",
            title="Utegym i Albyparken",
            area=alby,
            theme=None,
            submitted_on=on(2023, 1, 15),
            cost_estimate_sek=900_000,
        ),
    }


def titles(response):
    return [proposal.title for proposal in response.context["page_obj"].object_list]


def facet(response, name):
    return {choice.value: choice.count for choice in response.context["facets"][name]}


def test_listing_shows_every_live_proposal_newest_first(client, proposals):
    response = client.get(LISTING)
    assert response.status_code == 200
    assert titles(response) == [
        "Fler bänkar vid torget",
        "Belysning i Fittjaparken",
        "Skateramp på skolgården",
        "Utegym i Albyparken",
    ]


def test_filter_by_area(client, proposals):
    response = client.get(LISTING, {"area": "alby"})
    assert set(titles(response)) == {"Fler bänkar vid torget", "Utegym i Albyparken"}


def test_filter_by_theme(client, proposals):
    response = client.get(LISTING, {"theme": "trygghet"})
    assert set(titles(response)) == {"Belysning i Fittjaparken", "Fler bänkar vid torget"}


def test_filter_by_several_statuses(client, proposals):
    response = client.get(LISTING, {"status": ["approved", "rejected"]})
    assert set(titles(response)) == {"Belysning i Fittjaparken", "Utegym i Albyparken"}


def test_filter_by_year_submitted(client, proposals):
    response = client.get(LISTING, {"year": "2023"})
    assert set(titles(response)) == {"Skateramp på skolgården", "Utegym i Albyparken"}


def test_free_text_matches_title_and_text_word_by_word(client, proposals):
    assert titles(client.get(LISTING, {"q": "skateramp skolgården"})) == ["Skateramp på skolgården"]
    assert titles(client.get(LISTING, {"q": "föreslår bänkar"})) == ["Fler bänkar vid torget"]


def test_free_text_finds_a_reference(client, proposals):
    reference = proposals["gym"].reference
    assert titles(client.get(LISTING, {"q": reference.lower()})) == ["Utegym i Albyparken"]


def test_filters_combine(client, proposals):
    response = client.get(
        LISTING, {"area": "fittja", "theme": "trygghet", "status": "approved", "year": "2024"}
    )
    assert titles(response) == ["Belysning i Fittjaparken"]


def test_sort_by_cost_puts_unpriced_last(client, proposals):
    response = client.get(LISTING, {"sort": "cost"})
    assert titles(response) == [
        "Utegym i Albyparken",
        "Belysning i Fittjaparken",
        "Skateramp på skolgården",
        "Fler bänkar vid torget",
    ]


def test_sort_by_recently_decided(client, proposals):
    response = client.get(LISTING, {"sort": "decided"})
    assert titles(response)[-1] == "Fler bänkar vid torget"  # never decided
    decided = [p for p in response.context["page_obj"].object_list if p.decided_on]
    assert [p.decided_on for p in decided] == sorted((p.decided_on for p in decided), reverse=True)


def test_facets_count_each_choice_under_the_other_filters(client, proposals):
    response = client.get(LISTING, {"area": "fittja"})
    # The area facet ignores the chosen area, so every area keeps its count.
    assert facet(response, "area") == {"alby": 2, "fittja": 2}
    # The other facets count within Fittja.
    assert facet(response, "status")["approved"] == 1
    assert facet(response, "status")["completed"] == 1
    assert facet(response, "status")["rejected"] == 0
    assert facet(response, "theme") == {"trygghet": 1, "unga": 1}
    assert facet(response, "year") == {"2024": 1, "2023": 1}


def test_facet_counts_are_shown_and_chosen_values_kept(client, proposals):
    response = client.get(LISTING, {"area": "alby", "status": "received"})
    html = response.content.decode()
    assert 'value="alby" selected' in html
    assert 'value="received" checked' in html
    # Counted under the other filters: one received proposal in Alby, none in Fittja.
    assert "Alby (1)" in html
    assert "Fittja (0)" in html


def test_empty_result_says_so_and_offers_to_clear(client, proposals):
    response = client.get(LISTING, {"area": "alby", "status": "completed"})
    assert titles(response) == []
    html = response.content.decode()
    assert 'href="/sv/forslag/"' in html  # clear filters


@pytest.mark.parametrize(
    "params",
    [
        {"area": "nope"},
        {"year": "abc"},
        {"year": "99999"},
        {"status": "<script>alert(1)</script>"},
        {"page": "999999"},
        {"page": "abc"},
        {"page": "-1"},
        {"sort": "'; drop table"},
        {"theme": "x" * 5000},
        {"q": "x" * 5000},
    ],
)
def test_malformed_parameters_never_break_the_listing(client, proposals, params):
    response = client.get(LISTING, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_an_unknown_value_is_ignored_with_a_message(client, proposals):
    response = client.get(LISTING, {"area": "nope"})
    assert len(titles(response)) == 4
    assert response.context["filter_problems"]


def test_a_page_past_the_end_shows_the_last_page(client, proposals):
    response = client.get(LISTING, {"page": "999999"})
    assert response.context["page_obj"].number == 1


def test_drafts_are_not_listed(client, proposals, proposal_factory):
    proposal_factory(title="Utkast", live=False)
    assert "Utkast" not in titles(client.get(LISTING))


def test_area_page_lists_only_its_proposals_with_the_same_filters(client, proposals):
    response = client.get("/sv/omraden/fittja/", {"status": "completed"})
    assert response.status_code == 200
    assert titles(response) == ["Skateramp på skolgården"]
    assert "area" not in response.context["facets"]


def test_area_page_shows_its_numbers(client, proposals):
    numbers = client.get("/sv/omraden/fittja/").context["numbers"]
    assert numbers["received"] == 2
    assert numbers["decided"] == 2
    assert numbers["approved"] == 2
    assert numbers["completed"] == 1


def test_find_my_proposal_forgives_case_and_spaces(client, proposals):
    reference = proposals["ramp"].reference  # e.g. BD-2023-0001
    typed = " " + reference.lower().replace("-", " - ") + " "
    response = client.get("/sv/forslag/hitta/", {"reference": typed})
    assert response.status_code == 302
    assert response["Location"] == proposals["ramp"].url


def test_find_my_proposal_says_when_it_does_not_exist(client, proposals):
    response = client.get("/sv/forslag/hitta/", {"reference": "BD-1999-9999"})
    assert response.status_code == 404
    assert "BD-1999-9999" in response.content.decode()


def count_queries(client, url, params=None):
    proposals_changed()  # measure with the cached counts dropped: the costly case
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url,params",
    [
        (LISTING, {}),
        (LISTING, {"area": "fittja", "status": ["approved", "completed"], "theme": "trygghet"}),
        (LISTING, {"q": "förslag"}),
        ("/sv/omraden/fittja/", {}),
        ("/sv/", {}),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_proposals(
    client, two_areas, proposal_factory, url, params
):
    fittja, alby, trygghet, unga = two_areas

    def add(n):
        for i in range(n):
            status = [Status.RECEIVED, Status.APPROVED, Status.COMPLETED][i % 3]
            proposal_factory.in_status(status, area=[fittja, alby][i % 2], theme=trygghet)

    add(3)
    client.get(url, params)  # warm caches (site, locales)
    few = count_queries(client, url, params)
    add(30)
    many = count_queries(client, url, params)
    assert many == few


def test_cached_counts_follow_a_new_proposal_at_once(client, proposals, proposal_factory):
    assert facet(client.get(LISTING), "status")["received"] == 1
    proposal_factory(title="Nytt förslag", area=proposals["benches"].area)
    response = client.get(LISTING)
    assert facet(response, "status")["received"] == 2
    assert response.context["page_obj"].paginator.count == 5


def test_cached_counts_follow_an_unpublished_proposal(client, proposals):
    assert client.get(LISTING).context["page_obj"].paginator.count == 4
    proposals["gym"].unpublish()
    response = client.get(LISTING)
    assert response.context["page_obj"].paginator.count == 3
    assert facet(response, "status")["rejected"] == 0


@pytest.mark.parametrize("sort", ["newest", "decided", "cost"])
def test_late_pages_show_the_same_proposals_as_counting_from_the_start(
    client, two_areas, proposal_factory, sort, monkeypatch
):
    for i in range(7):
        proposal_factory.in_status(["received", "approved", "completed"][i % 3], title=f"P{i}")
    everything = [p.title for p in client.get(LISTING, {"sort": sort}).context["proposals"]]
    monkeypatch.setattr(listing, "PER_PAGE", 2)  # pages 3 and 4 are read from the end
    pages = [
        [p.title for p in client.get(LISTING, {"sort": sort, "page": n}).context["proposals"]]
        for n in (1, 2, 3, 4)
    ]
    assert [title for page in pages for title in page] == everything
    assert [len(page) for page in pages] == [2, 2, 2, 1]
