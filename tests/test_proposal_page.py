"""The proposal page: what happened to this idea, told in order, for people and machines."""

import datetime
import json
import re

import pytest
from freezegun import freeze_time

from proposals_pages.statuses import Status


@pytest.fixture
def completed(proposal_factory, meeting_factory, area, theme):
    """A proposal that went every step, each on its own day."""
    with freeze_time("2023-03-01"):
        proposal = proposal_factory(title="Skateramp på skolgården", area=area, theme=theme)
    with freeze_time("2023-03-10"):
        proposal.status = Status.UNDER_REVIEW
        proposal.save()
    with freeze_time("2023-04-02"):
        proposal.status = Status.READY_FOR_DECISION
        proposal.cost_estimate_sek = 150_000
        proposal.assessment = "Går att bygga i sommar."
        proposal.save()
    with freeze_time("2023-04-20"):
        proposal.status = Status.APPROVED
        proposal.decided_at_meeting = meeting_factory(date=datetime.date(2023, 4, 20))
        proposal.status_note = "Beviljat av kommissionen."
        proposal.save()
    with freeze_time("2023-06-20"):
        proposal.status = Status.COMPLETED
        proposal.completed_on = datetime.date(2023, 6, 20)
        proposal.status_note = "Rampen invigdes."
        proposal.save()
    return proposal


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_timeline_tells_the_story_oldest_first(client, completed):
    html = html_of(client, completed)
    positions = [
        html.index(str(label), html.index("timeline"))
        for label in ["Inkommet", "Under beredning", "Redo för beslut", "Beviljat", "Genomfört"]
    ]
    assert positions == sorted(positions)
    assert "Rampen invigdes." in html


def test_page_shows_cost_decision_and_meeting(client, completed):
    html = html_of(client, completed)
    assert "150\u00a0000\u00a0kr" in html
    assert "Går att bygga i sommar." in html
    assert completed.decided_at_meeting.url in html


def test_rejected_proposal_shows_reason(client, proposal_factory):
    rejected = proposal_factory.in_status("rejected", decision_note="Marken ägs av staten.")
    assert "Marken ägs av staten." in html_of(client, rejected)


def test_citizens_text_is_marked_with_its_language(client, proposal_factory):
    proposal = proposal_factory(description="أقترح مقاعد أكثر", text_language="ar")
    html = html_of(client, proposal)
    assert re.search(r'lang="ar" dir="rtl">\s*<p>أقترح مقاعد أكثر', html)


def test_structured_data_describes_the_proposal(client, completed):
    html = html_of(client, completed)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "CreativeWork"
    assert data["identifier"] == completed.reference
    assert data["creativeWorkStatus"] == "Genomfört"
    assert data["url"].endswith(completed.url)


def test_structured_data_cannot_be_broken_out_of(client, proposal_factory):
    proposal = proposal_factory(title="</script><script>alert(1)</script>")
    html = html_of(client, proposal)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block.group(1))["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html


def test_open_graph_tags(client, completed):
    html = html_of(client, completed)
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Skateramp på skolgården">' in html
    assert f'content="http://localhost{completed.url}"' in html


def test_related_proposals_come_from_the_same_session_first(
    client, proposal_factory, dialogue_event_factory, area, area_factory
):
    elsewhere = area_factory(title="Alby", slug="alby")
    session = dialogue_event_factory(area=elsewhere)
    proposal = proposal_factory(title="Mitt förslag", area=area, dialogue_event=session)
    proposal_factory(title="Samma område", area=area)
    proposal_factory(title="Samma dialog", area=elsewhere, dialogue_event=session)
    proposal_factory(title="Inget gemensamt", area=elsewhere)
    related = [p.title for p in client.get(proposal.url).context["related"]]
    assert related == ["Samma dialog", "Samma område"]
