"""The numbers (contract.md's statistics): the same figures on /sv/statistik/, in
/open-data/statistics.json and in the listings they link to, for any year and area.

The known data set below is small enough to count by hand; `counted_by_hand` computes the
figures again in plain Python from the proposals themselves, to compare with what the
database computes.
"""

import datetime
import statistics as python_statistics

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from proposals_pages import statistics
from proposals_pages.models import ProposalPage
from proposals_pages.statuses import DECIDED, GRANTED, Status

from .factories import CommissionMeetingPageFactory

D = datetime.date
SELECTIONS = [
    {},
    {"year": 2024},
    {"year": 2023},
    {"area": "alby"},
    {"area": "fittja", "year": 2024},
    {"area": "alby", "year": 2023},
]


@pytest.fixture
def known(area_factory, proposal_factory):
    """Eight published proposals and one draft, with decision and completion days chosen so
    the medians are known (days from submission to decision in brackets):

    Fittja 2023: received; approved (30).
    Alby 2024: rejected (10); completed (31, then 30 to completion); in progress (60);
    under review; and an unpublished approval.
    Fittja 2024: referred at a meeting (20); completed (45, then 60 to completion).
    """
    alby = area_factory(title="Alby", slug="alby", population=10_000)
    fittja = area_factory(title="Fittja", slug="fittja", population=8_000)

    def proposal(status, area, submitted_on, decided_on=None, **fields):
        if decided_on:
            fields["decided_at_meeting"] = CommissionMeetingPageFactory.on(decided_on)
        return proposal_factory.in_status(status, area=area, submitted_on=submitted_on, **fields)

    proposal(Status.RECEIVED, fittja, D(2023, 2, 1))
    proposal(Status.APPROVED, fittja, D(2023, 2, 1), D(2023, 3, 3), cost_estimate_sek=100_000)
    proposal(Status.REJECTED, alby, D(2024, 2, 1), D(2024, 2, 11))
    proposal(
        Status.COMPLETED,
        alby,
        D(2024, 2, 1),
        D(2024, 3, 3),
        completed_on=D(2024, 4, 2),
        cost_estimate_sek=200_000,
    )
    proposal(Status.IN_PROGRESS, alby, D(2024, 2, 1), D(2024, 4, 1), cost_estimate_sek=300_000)
    proposal(Status.UNDER_REVIEW, alby, D(2024, 2, 1))
    proposal(Status.REFERRED, fittja, D(2024, 2, 1), D(2024, 2, 21))
    proposal(
        Status.COMPLETED,
        fittja,
        D(2024, 3, 1),
        D(2024, 4, 15),
        completed_on=D(2024, 6, 14),
        cost_estimate_sek=50_000,
    )
    proposal(Status.APPROVED, alby, D(2024, 2, 1), D(2024, 3, 3), live=False)


def counted_by_hand(year=None, area=None):
    """The contract's figures, from the proposal rows themselves in plain Python."""
    rows = [
        proposal
        for proposal in ProposalPage.objects.live().filter(locale__language_code="sv")
        if (year is None or proposal.submitted_on.year == year)
        and (area is None or proposal.area.slug == area)
    ]

    def median(values):
        return python_statistics.median(values) if values else None

    return {
        "received": len(rows),
        "decided": sum(p.status in DECIDED for p in rows),
        "approved": sum(p.status in GRANTED for p in rows),
        "rejected": sum(p.status == Status.REJECTED for p in rows),
        "referred": sum(p.status == Status.REFERRED for p in rows),
        "completed": sum(p.status == Status.COMPLETED for p in rows),
        "granted_sek": sum(p.cost_estimate_sek for p in rows if p.status in GRANTED),
        "median_days_to_decision": median(
            [
                (p.decided_on - p.submitted_on).days
                for p in rows
                if p.status in DECIDED and p.decided_on
            ]
        ),
        "median_days_to_completion": median(
            [(p.completed_on - p.decided_on).days for p in rows if p.status == Status.COMPLETED]
        ),
    }


def query(selection):
    return "&".join(f"{name}={value}" for name, value in selection.items())


def statistics_json(client, selection):
    response = client.get(f"/open-data/statistics.json?{query(selection)}")
    assert response.status_code == 200
    return response.json()


def contract_figures(data):
    return {name: data[name] for name in statistics.FIGURES}


# --- the figures -----------------------------------------------------------------------


@pytest.mark.parametrize("selection", SELECTIONS, ids=query)
def test_statistics_json_matches_the_figures_counted_by_hand(known, client, selection):
    assert contract_figures(statistics_json(client, selection)) == counted_by_hand(**selection)


@pytest.mark.parametrize("selection", SELECTIONS, ids=query)
def test_the_statistics_page_shows_the_same_figures_as_statistics_json(known, client, selection):
    page = client.get(f"/sv/statistik/?{query(selection)}")

    assert page.context["summary"].figures == contract_figures(statistics_json(client, selection))


def test_statistics_json_has_the_known_figures_for_everything(known, client):
    assert contract_figures(statistics_json(client, {})) == {
        "received": 8,
        "decided": 6,
        "approved": 4,
        "rejected": 1,
        "referred": 1,
        "completed": 2,
        "granted_sek": 650_000,
        "median_days_to_decision": 30.5,  # 10 20 30 | 31 45 60
        "median_days_to_completion": 45,  # 30 | 60
    }


def test_an_odd_number_of_decisions_has_the_middle_one_as_median(known, client):
    data = statistics_json(client, {"year": 2024})

    assert data["median_days_to_decision"] == 31  # 10 20 | 31 | 45 60
    assert data["received"] == 6


def test_an_even_number_of_decisions_has_the_mean_of_the_middle_two(known, client):
    assert (
        statistics_json(client, {"year": 2024, "area": "fittja"})["median_days_to_decision"] == 32.5
    )


def test_medians_are_null_when_nothing_was_decided_or_completed(known, client):
    data = statistics_json(client, {"year": 2023, "area": "alby"})

    assert data["received"] == 0
    assert data["median_days_to_decision"] is None
    assert data["median_days_to_completion"] is None


def test_a_median_without_completions_is_null_while_decisions_have_one(known, client):
    data = statistics_json(client, {"year": 2023})

    assert (data["median_days_to_decision"], data["median_days_to_completion"]) == (30, None)


def test_medians_found_by_the_middle_rows_match_the_known_ones(known, monkeypatch):
    # The portable way (window functions), which SQLite uses, checked on every database.
    monkeypatch.setattr(statistics, "medians_in_aggregate", lambda proposals: False)
    proposals = ProposalPage.objects.live().in_default_locale()

    by_year = statistics.compute(proposals, "year")

    assert statistics.compute(proposals)[None]["median_days_to_decision"] == 30.5
    assert by_year[2024]["median_days_to_decision"] == 31
    assert by_year[2024]["median_days_to_completion"] == 45
    assert by_year[2023]["median_days_to_completion"] is None


def test_figures_per_year_and_per_area_are_those_of_each_selection(known):
    proposals = ProposalPage.objects.live().in_default_locale()

    by_year = statistics.figures_by(proposals, "year")
    by_area = statistics.figures_by(proposals, "area")

    assert sorted(by_year) == [2023, 2024]
    assert by_year[2024] == counted_by_hand(year=2024)
    assert by_area == {
        "alby": counted_by_hand(area="alby"),
        "fittja": counted_by_hand(area="fittja"),
    }


def test_a_translated_proposal_is_counted_once(known, client):
    english = Locale.objects.create(language_code="en")
    proposal = ProposalPage.objects.get(status=Status.REFERRED)
    proposal.copy_for_translation(english, copy_parents=True).save_revision().publish()

    assert statistics_json(client, {})["received"] == 8


def test_no_proposals_give_zeros_and_null_medians(site_tree, client):
    data = statistics_json(client, {})

    assert contract_figures(data) == statistics.empty_figures()
    assert data["median_days_to_decision"] is None


def test_statistics_json_counts_with_the_same_few_queries_whatever_the_number_of_proposals(
    known, client, proposal_factory
):
    def queries():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            statistics_json(client, {"year": 2024})
        return len(captured)

    statistics_json(client, {})  # the languages are read once per process
    before = queries()
    for _ in range(5):
        proposal_factory.in_status(Status.COMPLETED, submitted_on=D(2024, 5, 1))

    assert queries() == before <= 6


# --- the listing counts the same ---------------------------------------------------------


@pytest.mark.parametrize("selection", SELECTIONS, ids=query)
def test_every_count_on_the_statistics_page_is_the_count_of_the_listing_it_links_to(
    known, client, selection
):
    summary = client.get(f"/sv/statistik/?{query(selection)}").context["summary"]

    for figure in ["received", "decided", "approved", "rejected", "referred", "completed"]:
        listing = client.get(summary.links[figure])
        assert listing.context["page_obj"].paginator.count == summary.figures[figure], figure


def test_the_granted_figure_is_the_sum_of_the_cost_estimates_its_listing_shows(known, client):
    summary = client.get("/sv/statistik/").context["summary"]

    listed = client.get(summary.links["granted_sek"]).context["proposals"]

    assert sum(p.cost_estimate_sek for p in listed) == summary.figures["granted_sek"] == 650_000


def test_approved_in_fittja_2024_links_to_that_listing(known, client):
    page = client.get("/sv/statistik/?year=2024")
    fittja = next(row for row in page.context["per_area"] if row.key == "fittja")
    url = "/sv/forslag/?area=fittja&year=2024&status=approved&status=in_progress&status=completed"

    assert fittja.links["approved"] == url
    assert f'href="{url.replace("&", "&amp;")}"' in page.content.decode()


def test_the_per_year_table_keeps_the_chosen_area(known, client):
    rows = client.get("/sv/statistik/?area=alby").context["per_year"]

    assert [(row.key, row.figures["received"]) for row in rows] == [(2024, 4)]
    assert rows[0].links["received"] == "/sv/forslag/?area=alby&year=2024"


def test_the_per_area_table_lists_every_area_with_the_chosen_year(known, client, area_factory):
    area_factory(title="Tullinge", slug="tullinge")

    rows = client.get("/sv/statistik/?year=2023").context["per_area"]

    assert [(row.key, row.figures["received"]) for row in rows] == [
        ("alby", 0),
        ("fittja", 2),
        ("tullinge", 0),
    ]


def test_proposals_per_1000_residents_where_the_population_is_known(known, client, area_factory):
    area_factory(title="Tullinge", slug="tullinge")  # no population

    rows = {row.key: row for row in client.get("/sv/statistik/").context["per_area"]}

    assert rows["alby"].per_thousand == pytest.approx(0.4)  # 4 of 10,000
    assert rows["fittja"].per_thousand == pytest.approx(0.5)  # 4 of 8,000
    assert rows["tullinge"].per_thousand is None


def test_the_summary_has_proposals_per_1000_residents_of_the_chosen_area(known, client):
    summary = client.get("/sv/statistik/?area=fittja").context["summary"]

    assert summary.per_thousand == pytest.approx(0.5)
    assert summary.share_decided == 75  # 3 of 4


# --- participation --------------------------------------------------------------------------


@pytest.fixture
def sessions(area_factory, dialogue_event_factory):
    """2024 in Alby: two sessions (40 and 20 came), a forum meeting (25), a cancelled session
    and one whose participants were not counted. 2023 in Fittja: a session (12)."""
    alby = area_factory(title="Alby", slug="alby")
    fittja = area_factory(title="Fittja", slug="fittja")

    def held(area, day, participants, kind="dialogue", **fields):
        start = datetime.datetime(day.year, day.month, day.day, 16, tzinfo=datetime.UTC)
        dialogue_event_factory(
            area=area, kind=kind, start=start, participants=participants, **fields
        )

    held(alby, D(2024, 3, 1), 40)
    held(alby, D(2024, 4, 1), 20)
    held(alby, D(2024, 5, 1), 25, kind="forum")
    held(alby, D(2024, 6, 1), 90, cancelled=True)
    held(alby, D(2024, 7, 1), None)
    held(fittja, D(2023, 3, 1), 12)


def test_participants_per_dialogue_session_and_per_forum_meeting_per_year(sessions, client):
    per_year = dict(client.get("/sv/statistik/").context["participation_per_year"])

    assert (per_year[2024].sessions, per_year[2024].per_session) == (2, 30)
    assert (per_year[2024].forum_meetings, per_year[2024].per_forum_meeting) == (1, 25)
    assert (per_year[2023].sessions, per_year[2023].per_forum_meeting) == (1, None)


def test_participants_per_area_follow_the_chosen_year(sessions, client):
    per_area = client.get("/sv/statistik/?year=2023").context["participation_per_area"]

    assert [(area.slug, figures.session_participants) for area, figures in per_area] == [
        ("fittja", 12)
    ]


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    ["year=abc", "area=nope", "year=99999", "area=%00", "area=fittja&year=-1"],
)
def test_statistics_json_ignores_bad_values_and_names_them(known, client, bad):
    response = client.get(f"/open-data/statistics.json?{bad}")

    assert response.status_code == 200
    data = response.json()
    assert data["problems"]
    assert data["received"] in {8, 4}  # everything, or Fittja when only the year was bad


def test_statistics_json_names_what_it_counted(known, client):
    data = statistics_json(client, {"year": 2024, "area": "fittja"})

    assert data["selection"] == {"year": 2024, "area": "fittja"}
    assert "problems" not in data


def test_statistics_json_explains_a_bad_value_in_the_language_asked_for(known, client):
    data = client.get("/open-data/statistics.json?year=abc&lang=en").json()

    assert data["problems"] == [
        "The value given for “Year submitted” was not understood and is ignored."
    ]


def test_statistics_json_is_open_to_other_sites_and_refuses_post(client, site_tree):
    assert client.get("/open-data/statistics.json")["Access-Control-Allow-Origin"] == "*"
    assert client.post("/open-data/statistics.json").status_code == 405


def test_the_statistics_page_names_a_bad_value_and_shows_everything(known, client):
    response = client.get("/sv/statistik/?year=abc")

    assert response.status_code == 200
    assert "Inlämningsår" in response.context["filter_problems"][0]
    assert response.context["summary"].figures["received"] == 8


def test_the_statistics_page_links_to_its_figures_as_open_data(known, client):
    page = client.get("/sv/statistik/?year=2024&area=alby")

    assert page.context["open_data_url"] == "/open-data/statistics.json?year=2024&area=alby"
