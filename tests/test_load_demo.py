"""`manage.py load_demo`: the demo site of contract.md, loaded once or twice alike."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from proposals_pages.demo import accessibility_translations, translations
from proposals_pages.models import (
    Administration,
    AreaPage,
    CommissionBudget,
    CommissionMember,
    DialogueEventPage,
    ProposalPage,
    ProposalStatusChange,
    Proposer,
    ThemePage,
)
from proposals_pages.statuses import Status

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

AREAS = {
    "alby": "Alby",
    "fittja": "Fittja",
    "hallunda-norsborg": "Hallunda-Norsborg",
    "tullinge": "Tullinge",
    "tumba-storvreten": "Tumba-Storvreten",
    "varsta-grodinge": "Vårsta-Grödinge",
}
THEMES = {
    "trygghet": "Trygghet",
    "unga": "Unga och fritid",
    "aldre": "Äldre",
    "utemiljo": "Utemiljö och parker",
    "idrott": "Idrott och hälsa",
    "kultur": "Kultur och mötesplatser",
}
ADMINISTRATIONS = {
    "Samhällsbyggnadsförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "Utbildningsförvaltningen",
    "Vård- och omsorgsförvaltningen",
    "Socialförvaltningen",
    "Kommunledningsförvaltningen",
}


def census():
    """How much of everything there is."""
    return {
        "locales": Locale.objects.count(),
        "pages": Page.objects.count(),
        "proposals": ProposalPage.objects.count(),
        "history entries": ProposalStatusChange.objects.count(),
        "images": get_image_model().objects.count(),
        "administrations": Administration.objects.count(),
        "budgets": CommissionBudget.objects.count(),
        "commission members": CommissionMember.objects.count(),
        "proposers": Proposer.objects.count(),
        "sites": Site.objects.count(),
    }


def as_after_migrate():
    """The tree as `migrate` leaves it: a root and Wagtail's "Welcome" page as the site root."""
    Page.objects.filter(depth__gt=1).delete()
    welcome = Page.get_first_root_node().add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home")
    )
    Site.objects.create(hostname="localhost", root_page=welcome, is_default_site=True)


@pytest.fixture(scope="module")
def demo(module_db):
    """The demo loaded twice on a fresh site, for all tests of this module."""
    as_after_migrate()
    call_command("load_demo", stdout=StringIO())
    first = census()
    output = StringIO()
    call_command("load_demo", stdout=output)
    return {"first": first, "second": census(), "output": output.getvalue()}


def swedish_proposals():
    return ProposalPage.objects.filter(locale__language_code="sv")


def test_loading_the_demo_again_adds_nothing(demo):
    assert demo["second"] == demo["first"]
    assert demo["first"]["proposals"] > 0


def test_the_demo_has_about_150_proposals(demo):
    assert 130 <= swedish_proposals().count() <= 170


def test_the_demo_has_proposals_in_every_status(demo):
    assert set(swedish_proposals().values_list("status", flat=True)) == set(Status.values)


def test_every_demo_proposal_keeps_the_rules(demo):
    for proposal in swedish_proposals():
        proposal.full_clean()


def test_every_demo_proposal_has_a_history_ending_in_its_status(demo):
    for proposal in swedish_proposals().live():
        history = list(proposal.status_history)
        assert history, proposal
        assert history[-1].status == proposal.status, proposal


def test_the_demo_has_at_least_three_upcoming_sessions(demo):
    assert (
        DialogueEventPage.objects.live().filter(locale__language_code="sv").upcoming().count() >= 3
    )


def test_the_demo_has_the_six_areas_of_the_contract(demo):
    areas = AreaPage.objects.filter(locale__language_code="sv")

    assert dict(areas.values_list("slug", "title")) == AREAS


def test_the_demo_has_the_six_themes_of_the_contract(demo):
    themes = ThemePage.objects.filter(locale__language_code="sv")

    assert dict(themes.values_list("slug", "title")) == THEMES


def test_the_demo_has_the_six_administrations_of_the_contract(demo):
    swedish = Administration.objects.filter(locale__language_code="sv")

    assert set(swedish.values_list("name", flat=True)) == ADMINISTRATIONS


def test_the_demo_has_a_budget_for_every_year_from_2019_to_this_year(demo):
    years = set(CommissionBudget.objects.values_list("year", flat=True))

    assert years == set(range(2019, timezone.localdate().year + 1))


def test_the_demo_commission_has_13_members(demo):
    assert CommissionMember.objects.filter(commission__locale__language_code="sv").count() == 13


def test_the_demo_serves_the_languages_of_the_contract(demo):
    codes = set(Locale.objects.values_list("language_code", flat=True))

    assert {"sv", "en", "fi", "ar", "so", "tr"} <= codes


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
        "/sv/sok/?q=bänkar",
    ],
)
def test_the_demo_sections_answer_at_their_paths(demo, client, path):
    assert client.get(path).status_code == 200


def test_the_demo_proposal_session_and_meeting_pages_answer(demo, client):
    proposal = swedish_proposals().live().filter(status=Status.COMPLETED).first()
    session = DialogueEventPage.objects.live().filter(locale__language_code="sv").first()

    for page in [proposal, session, proposal.decided_at_meeting]:
        assert client.get(page.url).status_code == 200, page.url


# --- the demo in every language (wagtail-localize) ----------------------------------------

TRANSLATED_LANGUAGES = ["en", "fi", "ar", "so", "tr"]


def in_language(model, code, **lookups):
    return model.objects.get(locale__language_code=code, **lookups)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
@pytest.mark.parametrize(
    "slug", ["forslag", "omraden", "teman", "dialoger", "kommissionen", "statistik"]
)
def test_every_demo_section_is_translated(demo, client, code, slug):
    response = client.get(f"/{code}/{slug}/")

    assert response.status_code == 200
    title = translations.SECTIONS[slug][code][0]
    assert f"<h1>{title}</h1>" in response.content.decode()


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_demo_accessibility_statement_is_translated(demo, client, code):
    html = client.get(f"/{code}/tillganglighet/").content.decode()

    assert f"<h1>{accessibility_translations.TITLE[code]}</h1>" in html
    assert "mailto:tillganglighet@botkyrka.example" in html


def test_demo_themes_areas_and_administrations_are_translated(demo):
    assert in_language(ThemePage, "en", slug="trygghet").title == "Safety"
    assert "Mälaren" in in_language(AreaPage, "fi", slug="fittja").introduction
    assert in_language(Administration, "ar", slug="utbildningsforvaltningen").name == (
        "إدارة التعليم"
    )


def test_every_upcoming_demo_session_is_translated(demo):
    upcoming = DialogueEventPage.objects.live().filter(locale__language_code="sv").upcoming()

    for session in upcoming:
        languages = set(
            session.get_translations().live().values_list("locale__language_code", flat=True)
        )
        assert languages == set(TRANSLATED_LANGUAGES), session


def test_translated_demo_page_has_a_wagtail_localize_translation(demo):
    area = in_language(AreaPage, "sv", slug="fittja")
    english = Locale.objects.get(language_code="en")

    assert Translation.objects.filter(
        source__object_id=area.translation_key, target_locale=english, enabled=True
    ).exists()


def test_translated_demo_page_opens_in_the_translation_editor(demo, admin_client):
    area = in_language(AreaPage, "ar", slug="fittja")

    response = admin_client.get(f"/admin/pages/{area.pk}/edit/")

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_demo_translation_follows_its_source_when_synced(demo):
    source = in_language(AreaPage, "sv", slug="alby")
    source.strategist_phone = "070-174 06 99"
    source.save_revision().publish()

    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    for translation in translation_source.translations.all():
        translation.save_target()

    finnish = in_language(AreaPage, "fi", slug="alby")
    assert finnish.strategist_phone == "070-174 06 99"
    assert finnish.introduction == translations.AREAS["alby"]["fi"]["introduction"]


def test_a_later_rerun_adds_a_round_of_sessions_in_every_language(demo):
    later = timezone.localdate() + timedelta(days=120)

    call_command("load_demo", today=later.isoformat(), stdout=StringIO())

    swedish = DialogueEventPage.objects.filter(locale__language_code="sv", start__date__gt=later)
    assert swedish.exists()
    for session in swedish:
        assert session.get_translations().live().count() == len(TRANSLATED_LANGUAGES), session


def test_the_demo_address_leads_absolute_links_back_to_the_demo(demo):
    call_command("load_demo", "--address", "127.0.0.1:8123", stdout=StringIO())
    proposal = swedish_proposals().live().first()
    assert proposal.get_full_url().startswith("http://127.0.0.1:8123/sv/forslag/")


def test_a_malformed_demo_address_is_refused(demo):
    with pytest.raises(CommandError, match="HOST:PORT"):
        call_command("load_demo", "--address", "localhost", stdout=StringIO())
