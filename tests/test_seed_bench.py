"""`manage.py seed_bench`: bulk proposals that are real pages with believable histories."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from proposals_pages.models import CommissionMeetingPage, ProposalPage
from proposals_pages.statuses import Status

AREAS = {
    "alby": "Alby",
    "fittja": "Fittja",
    "hallunda-norsborg": "Hallunda-Norsborg",
    "tullinge": "Tullinge",
    "tumba-storvreten": "Tumba-Storvreten",
    "varsta-grodinge": "Vårsta-Grödinge",
}
THEMES = {"trygghet": "Trygghet", "unga": "Unga och fritid", "aldre": "Äldre"}


def seed(proposals, batch=120):
    out = StringIO()
    call_command("seed_bench", proposals=proposals, batch=batch, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(site_tree, area_factory, theme_factory, administration_factory, meeting_factory):
    """300 proposals on the contract's areas, over batches smaller than the total."""
    for slug, title in AREAS.items():
        area_factory(slug=slug, title=title)
    for slug, title in THEMES.items():
        theme_factory(slug=slug, title=title)
    administration_factory.create_batch(2)
    meeting_factory(title="Sammanträde i mars", slug="mars-2021", date="2021-03-10")
    output = seed(300)
    return {"tree": site_tree, "output": output}


def bench_proposals():
    return ProposalPage.objects.filter(slug__startswith="bench-")


def test_seeded_proposals_are_pages_in_a_sound_tree(seeded):
    assert bench_proposals().count() == 300
    assert all(not problems for problems in Page.find_problems())
    index = seeded["tree"].proposals
    index.refresh_from_db()
    assert index.numchild == index.get_children().count() == 300


def test_seeded_proposals_keep_the_model_rules(seeded):
    for proposal in bench_proposals():
        page = Page.objects.get(pk=proposal.pk).specific
        assert isinstance(page, ProposalPage)
        page.full_clean()  # status requirements, meeting date, reference, slug


def test_months_without_a_meeting_get_one_to_decide_at(seeded):
    meetings = CommissionMeetingPage.objects.all()
    assert meetings.filter(slug="mars-2021").exists()
    assert not meetings.filter(date__year=2021, date__month=3, slug__startswith="bench-").exists()
    assert meetings.filter(date__year=2019, date__month=1).exists()
    for meeting in meetings.filter(slug__startswith="bench-"):
        meeting.full_clean()


def test_seeded_proposals_cover_every_area_and_status(seeded):
    proposals = bench_proposals()
    assert set(proposals.values_list("area__slug", flat=True)) == set(AREAS)
    assert set(proposals.values_list("status", flat=True)) == set(Status.values)
    references = list(proposals.values_list("reference", flat=True))
    assert len(set(references)) == 300
    assert all(reference.startswith("BX-") for reference in references)


def test_every_seeded_proposal_has_a_dated_history_ending_in_its_status(seeded):
    for proposal in bench_proposals().prefetch_related("history"):
        history = list(proposal.history.all())
        assert history[0].status == Status.RECEIVED
        assert history[0].changed_on == proposal.submitted_on
        assert history[-1].status == proposal.status
        days = [change.changed_on for change in history]
        assert days == sorted(days)
        if proposal.decided_on:
            assert proposal.decided_on in days


def test_seeded_proposal_pages_are_served(seeded, client):
    for proposal in bench_proposals().order_by("?")[:5]:
        url = proposal.get_url()
        assert url == f"/sv/forslag/{proposal.slug}/"
        response = client.get(url)
        assert response.status_code == 200
        assert proposal.reference in response.content.decode()


def test_listing_shows_seeded_proposals(seeded, client):
    newest = bench_proposals().order_by("-submitted_on", "-pk").first()
    response = client.get("/sv/forslag/")
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 300
    assert newest.title in response.content.decode()


def test_seeding_again_adds_more_without_clashes(seeded):
    seed(40, batch=15)
    proposals = bench_proposals()
    assert proposals.count() == 340
    assert proposals.values("slug").distinct().count() == 340
    assert proposals.values("reference").distinct().count() == 340
    assert all(not problems for problems in Page.find_problems())


def test_without_the_demo_tree_it_asks_for_load_demo(db):
    with pytest.raises(CommandError, match="run manage.py load_demo first"):
        seed(10)
