"""Every visitor in their language: addresses, fallback to Swedish, filters, formats."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale

from proposals_pages.demo.localize import translate
from proposals_pages.statuses import Status

LANGUAGES = ["sv", "en", "fi", "ar", "so", "tr"]


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture
def arabic_tree(site_tree, locales):
    """The home page and the proposal, area and theme sections translated into Arabic."""
    arabic = locales["ar"]
    translate(site_tree.home, arabic, {"title": "الحوار مع السكان"})
    translate(site_tree.proposals, arabic, {"title": "الاقتراحات"})
    translate(site_tree.areas, arabic, {"title": "المناطق"})
    translate(site_tree.themes, arabic, {"title": "المواضيع"})
    return site_tree


def references(response):
    return re.findall(r'<bdi class="reference">([^<]+)</bdi>', response.content.decode())


def without_language_switcher(html):
    """The page without the one place that leads to the other languages on purpose."""
    return re.sub(r'<nav class="language-switcher".*?</nav>', "", html, flags=re.DOTALL)


# --- an untranslated page in another language's interface ------------------------------


def test_untranslated_proposal_answers_at_its_arabic_address(client, arabic_tree, proposal_factory):
    proposal = proposal_factory(title="Fler bänkar vid torget")

    response = client.get(f"/ar/forslag/{proposal.slug}/")

    assert response.status_code == 200
    assert "Fler bänkar vid torget" in response.content.decode()


def test_untranslated_proposal_says_it_is_not_translated_yet(client, arabic_tree, proposal_factory):
    proposal = proposal_factory()

    html = client.get(f"/ar/forslag/{proposal.slug}/").content.decode()

    assert "لم تُترجم هذه الصفحة إلى لغتك بعد" in html
    assert '<html lang="ar" dir="rtl">' in html


def test_untranslated_proposal_marks_its_swedish_text(client, arabic_tree, proposal_factory):
    proposal = proposal_factory(title="Fler bänkar vid torget")

    html = client.get(f"/ar/forslag/{proposal.slug}/").content.decode()

    assert '<h1 lang="sv" dir="ltr">Fler bänkar vid torget</h1>' in html


def test_translated_page_has_no_notice_and_no_lang_of_its_own(client, arabic_tree):
    html = client.get("/ar/forslag/").content.decode()

    assert "لم تُترجم" not in html
    assert "<h1>الاقتراحات</h1>" in html


def test_untranslated_proposal_links_stay_in_arabic(client, arabic_tree, proposal_factory, area):
    proposal = proposal_factory(area=area)

    html = client.get(f"/ar/forslag/{proposal.slug}/").content.decode()

    assert 'href="/ar/omraden/fittja/"' in html
    assert 'href="/ar/forslag/"' in html  # breadcrumbs
    assert 'href="/sv/' not in without_language_switcher(html)


def test_untranslated_area_in_an_arabic_listing_links_to_its_arabic_address(
    client, arabic_tree, area
):
    html = client.get("/ar/omraden/").content.decode()

    assert '<a href="/ar/omraden/fittja/" lang="sv" dir="ltr">Fittja</a>' in html


def test_missing_page_in_arabic_is_still_a_404(client, arabic_tree):
    assert client.get("/ar/forslag/finns-inte/").status_code == 404


def test_proposal_text_is_marked_with_the_language_it_was_written_in(
    client, site_tree, proposal_factory
):
    proposal = proposal_factory(description="أريد مقاعد أكثر قرب الساحة", text_language="ar")

    html = client.get(proposal.url).content.decode()

    assert '<blockquote class="proposal__text" lang="ar" dir="rtl">' in html


# --- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ar", "/ar/"), ("fi-FI,fi;q=0.9", "/fi/"), ("xx", "/sv/"), ("", "/sv/")],
)
def test_root_redirects_by_the_browsers_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_languages_address_works_for_the_same_slug(client, site_tree, area, language):
    assert client.get(f"/{language}/omraden/fittja/").status_code == 200


def test_every_page_has_hreflang_alternates_and_x_default(client, site_tree, area):
    html = client.get("/sv/omraden/fittja/").content.decode()

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        **{code: f"http://testserver/{code}/omraden/fittja/" for code in LANGUAGES},
        "x-default": "http://testserver/sv/omraden/fittja/",
    }


def test_switcher_names_each_language_in_itself(client, site_tree):
    html = client.get("/sv/").content.decode()

    for name in ["Svenska", "English", "Suomi", "العربية", "Soomaali", "Türkçe"]:
        assert f">{name}</a>" in html


def test_switcher_leads_to_the_same_page_with_its_filters(client, site_tree, area):
    html = client.get("/sv/omraden/fittja/?status=approved").content.decode()

    assert (
        '<a href="/ar/omraden/fittja/?status=approved" lang="ar" hreflang="ar" dir="rtl">العربية'
        in html
    )


# --- filters in every language ----------------------------------------------------------


@pytest.fixture
def translated_areas_and_themes(site_tree, locales, area_factory, theme_factory):
    """Two areas and two themes, translated into English, Arabic and Finnish."""
    areas = [area_factory(title="Alby", slug="alby"), area_factory(title="Fittja", slug="fittja")]
    themes = [
        theme_factory(title="Trygghet", slug="trygghet"),
        theme_factory(title="Äldre", slug="aldre"),
    ]
    names = {"en": ("Safety", "Older people"), "ar": ("الأمان", "كبار السن"), "fi": ("A", "B")}
    for code in ["en", "ar", "fi"]:
        for index in (site_tree.home, site_tree.areas, site_tree.themes, site_tree.proposals):
            translate(index, locales[code], {})
        for page in areas:
            translate(page, locales[code], {})
        for page, name in zip(themes, names[code], strict=True):
            translate(page, locales[code], {"title": name})
    return {"areas": areas, "themes": themes}


@pytest.fixture
def proposals_here_and_there(translated_areas_and_themes, proposal_factory):
    alby, fittja = translated_areas_and_themes["areas"]
    safety, older = translated_areas_and_themes["themes"]
    for area, theme in [(alby, safety), (alby, older), (fittja, safety), (fittja, None)]:
        proposal_factory(area=area, theme=theme)


@pytest.mark.parametrize("query", ["area=fittja", "theme=trygghet", "area=alby&theme=aldre"])
def test_filters_give_the_same_proposals_in_every_language(client, proposals_here_and_there, query):
    found = {code: references(client.get(f"/{code}/forslag/?{query}")) for code in LANGUAGES}

    assert found["sv"]
    assert found["en"] == found["ar"] == found["fi"] == found["sv"]


def test_area_page_lists_the_same_proposals_in_every_language(client, proposals_here_and_there):
    found = {code: references(client.get(f"/{code}/omraden/fittja/")) for code in LANGUAGES}

    assert len(found["sv"]) == 2
    assert all(found[code] == found["sv"] for code in LANGUAGES)


def test_facet_counts_are_the_same_in_every_language(client, proposals_here_and_there):
    def counts(code):
        html = client.get(f"/{code}/forslag/").content.decode()
        return re.findall(r'<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>', html)

    assert sorted(counts("en")) == sorted(counts("ar")) == sorted(counts("sv"))


def test_theme_filter_is_labelled_in_the_visitors_language(client, proposals_here_and_there):
    html = client.get("/en/forslag/").content.decode()

    assert '<option value="trygghet">Safety (2)</option>' in html
    assert '<option value="aldre">Older people (1)</option>' in html


def test_theme_on_a_proposal_card_is_in_the_visitors_language(client, proposals_here_and_there):
    html = client.get("/ar/forslag/?theme=aldre").content.decode()

    assert "<span>كبار السن</span>" in html


def test_translations_share_their_sources_slug(translated_areas_and_themes, locales):
    safety = translated_areas_and_themes["themes"][0]

    assert {page.slug for page in safety.get_translations(inclusive=True)} == {"trygghet"}


# --- formats per language ---------------------------------------------------------------


def render_in(language, source, **context):
    template = Template("{% load portal_tags %}" + source)
    with translation.override(language):
        return template.render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "150\u00a0000\u00a0kr"),
        ("fi", "150\u00a0000\u00a0kr"),
        ("en", "150,000\u00a0kr"),
        ("ar", "150,000\u00a0كرونة"),
        ("so", "150,000\u00a0kr"),
        ("tr", "150.000\u00a0kr"),
    ],
)
def test_money_is_written_as_each_language_writes_it(language, expected):
    assert render_in(language, "{{ amount|sek }}", amount=150000) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "torsdag 12 mars 2026"),
        ("en", "Thursday 12 March 2026"),
        ("fi", "torstai 12. maaliskuuta 2026"),
        ("ar", "الخميس 12 مارس 2026"),
        ("so", "Khamiis, 12 Maarso 2026"),
        ("tr", "12 Mart 2026 Perşembe"),
    ],
)
def test_a_sessions_day_is_written_as_each_language_writes_it(language, expected):
    day = datetime.date(2026, 3, 12)

    assert render_in(language, "{{ day|weekday_date }}", day=day) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "12 mars 2026"), ("fi", "12. maaliskuuta 2026"), ("so", "12 Maarso 2026")],
)
def test_dates_use_the_languages_own_format(language, expected):
    assert render_in(language, "{{ day|date }}", day=datetime.date(2026, 3, 12)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "Beviljat"), ("fi", "Hyväksytty"), ("ar", "تمت الموافقة"), ("tr", "Onaylandı")],
)
def test_status_labels_are_in_the_visitors_language(language, expected):
    assert (
        render_in(language, "{% status_badge code %}", code=Status.APPROVED)
        .strip()
        .endswith(f">{expected}</span>")
    )


@pytest.mark.parametrize("query", ["area=fittja", "theme=trygghet"])
def test_open_data_gives_the_same_sessions_in_every_language(
    client, translated_areas_and_themes, dialogue_event_factory, query
):
    alby, fittja = translated_areas_and_themes["areas"]
    safety, older = translated_areas_and_themes["themes"]
    for area, theme in [(alby, safety), (fittja, safety), (fittja, older)]:
        dialogue_event_factory(area=area, theme=theme)

    def urls(code):
        data = client.get(f"/open-data/dialogues.json?{query}&lang={code}").json()
        return sorted(row["url"].rsplit("/", 2)[-2] for row in data["results"])

    assert urls("sv")
    assert urls("en") == urls("ar") == urls("fi") == urls("sv")


def test_open_data_names_a_theme_in_the_language_asked_for(
    client, translated_areas_and_themes, dialogue_event_factory
):
    alby, _fittja = translated_areas_and_themes["areas"]
    safety, _older = translated_areas_and_themes["themes"]
    dialogue_event_factory(area=alby, theme=safety)

    row = client.get("/open-data/dialogues.json?lang=en").json()["results"][0]

    assert row["theme"] == {"slug": "trygghet", "name": "Safety"}


def test_find_my_proposal_stays_in_the_visitors_language(client, arabic_tree, proposal_factory):
    proposal = proposal_factory()

    response = client.get(f"/ar/forslag/hitta/?reference={proposal.reference}")

    assert response.status_code == 302
    assert response["Location"] == f"/ar/forslag/{proposal.slug}/"


def test_campaign_of_an_untranslated_session_links_in_arabic(
    client, site_tree, locales, dialogue_event_factory
):
    translate(site_tree.home, locales["ar"], {})
    translate(site_tree.dialogues, locales["ar"], {})
    session = dialogue_event_factory()

    html = client.get(f"/ar/dialoger/{session.slug}/").content.decode()

    assert f"/ar/dialoger/{session.slug}/kampanj/" in html
    assert f"/sv/dialoger/{session.slug}/kampanj/" not in html
