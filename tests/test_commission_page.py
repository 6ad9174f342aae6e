"""The commission page (/sv/kommissionen/): what it is, its members by party, its budget and
its meetings, upcoming ones with their agenda and past ones with their decisions."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from proposals_pages.models import CommissionAgendaItem, CommissionMember
from proposals_pages.statuses import Status

D = datetime.date


@pytest.fixture
def members(site_tree):
    for number, (name, party) in enumerate(
        [("Nadia Yousef", "S"), ("Per-Olof Wik", "M"), ("Kristina Falk", "S"), ("Ingrid Ek", "C")]
    ):
        CommissionMember.objects.create(
            commission=site_tree.commission, name=name, party=party, sort_order=number
        )


def test_the_commission_page_counts_the_seats_per_party(members, client, site_tree):
    response = client.get(site_tree.commission.url)

    assert response.context["seats"] == [("S", 2), ("C", 1), ("M", 1)]
    assert "Kristina Falk" in response.content.decode()


def test_an_upcoming_meeting_says_how_many_proposals_are_up_for_decision(
    client, site_tree, meeting_factory, proposal_factory
):
    ahead = meeting_factory(date=D.today() + datetime.timedelta(days=10))
    for number in range(2):
        CommissionAgendaItem.objects.create(
            meeting=ahead,
            proposal=proposal_factory.in_status(Status.READY_FOR_DECISION),
            sort_order=number,
        )

    response = client.get(site_tree.commission.url)

    assert [m.agenda_count for m in response.context["upcoming_meetings"]] == [2]


def test_a_past_meeting_says_how_many_decisions_it_took_and_what_it_granted(
    client, site_tree, meeting_factory, proposal_factory
):
    meeting = meeting_factory(date=D(2024, 4, 10))
    for status, cost in (
        (Status.APPROVED, 100_000),
        (Status.COMPLETED, 50_000),
        (Status.REJECTED, 900_000),
    ):
        proposal_factory.in_status(
            status, decided_at_meeting=meeting, submitted_on=D(2024, 2, 1), cost_estimate_sek=cost
        )
    proposal_factory.in_status(
        Status.APPROVED, decided_at_meeting=meeting, submitted_on=D(2024, 2, 1), live=False
    )

    past = client.get(site_tree.commission.url).context["past_meetings"]

    assert [(m.decided_count, m.granted_sek) for m in past] == [(3, 150_000)]


def test_past_meetings_are_shown_newest_first_a_page_at_a_time(
    client, site_tree, meeting_factory, monkeypatch
):
    from proposals_pages.models import commission

    monkeypatch.setattr(commission, "PAST_MEETINGS_PER_PAGE", 2)
    for day in (10, 11, 12):
        meeting_factory(date=D(2024, 4, day))

    first = client.get(site_tree.commission.url)
    second = client.get(site_tree.commission.url + "?page=2")

    assert [m.date.day for m in first.context["past_meetings"]] == [12, 11]
    assert [m.date.day for m in second.context["past_meetings"]] == [10]
    assert 'rel="next"' in first.content.decode()
    assert client.get(site_tree.commission.url + "?page=abc").status_code == 200


def test_the_commission_page_queries_do_not_grow_with_its_meetings(
    client, site_tree, meeting_factory, proposal_factory
):
    def queries():
        cache.clear()  # the counts are cached: count the queries that compute them
        with CaptureQueriesContext(connection) as captured:
            client.get(site_tree.commission.url)
        return len(captured)

    meeting_factory(date=D(2024, 4, 10))
    client.get(site_tree.commission.url)  # the languages are read once per process
    before = queries()
    for day in (11, 12, 13):
        meeting = meeting_factory(date=D(2024, 5, day))
        proposal_factory.in_status(
            Status.APPROVED, decided_at_meeting=meeting, submitted_on=D(2024, 2, 1)
        )

    assert queries() == before


def test_the_meeting_page_queries_do_not_grow_with_its_agenda(
    client, meeting_factory, proposal_factory
):
    meeting = meeting_factory(date=D(2024, 4, 10))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(meeting.url)
        return len(captured)

    def add(count):
        for _ in range(count):
            proposal = proposal_factory.in_status(
                Status.APPROVED, decided_at_meeting=meeting, submitted_on=D(2024, 2, 1)
            )
            CommissionAgendaItem.objects.create(
                meeting=meeting, proposal=proposal, outcome="approved"
            )

    add(1)
    client.get(meeting.url)  # the counts of every meeting's decisions are cached from here
    before = queries()
    add(4)
    client.get(meeting.url)

    assert queries() == before


def test_the_home_page_links_to_the_commission_and_the_numbers(client, site_tree):
    text = client.get("/sv/").content.decode()

    assert f'href="{site_tree.commission.url}"' in text
    assert f'href="{site_tree.statistics.url}"' in text
