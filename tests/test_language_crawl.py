"""A crawl of the demo in every language finds no Swedish (or English) interface text
outside content.

The Swedish interface strings are the msgstrs of locale/sv that differ from their English
msgid and are long enough not to be a name. Content in another language than the page is
marked with a lang attribute (the "not translated yet" fallback, a proposal's own words, the
language switcher); those elements are left out, and what is left must not be Swedish.

New page types: add an address to START_PATHS (the crawl also follows links from them).
"""

import re
from collections import deque
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command

from .test_load_demo import as_after_migrate

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Where the crawl starts in each language (after the language prefix); add new pages here.
START_PATHS = [
    "",
    "forslag/",
    "forslag/?area=fittja&status=approved",
    "forslag/?year=nonsense",
    "forslag/hitta/?reference=BD-1999-9999",
    "forslag/lamna/",
    "forslag/lamna/?area=fittja",
    "forslag/lamna/kvitto/",
    "integritet/",
    "omraden/",
    "omraden/fittja/",
    "teman/",
    "teman/trygghet/",
    "dialoger/",
    "dialoger/kampanj/",
    "kommissionen/",
    "statistik/",
    "sok/?q=bänkar",
    "tillganglighet/",
    "oppna-data/",
    "finns-inte/",
]
# How many pages of one kind (first path segment and depth) the crawl reads per language:
# enough to meet every page type, not every one of 150 proposals.
PAGES_PER_KIND = 3
MIN_LENGTH = 12
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[^}]*\}")


def catalogue(language):
    return polib.pofile(str(Path(settings.BASE_DIR) / f"locale/{language}/LC_MESSAGES/django.po"))


def literal_runs(text):
    """The parts of a message between its placeholders, long enough not to be a name."""
    for run in PLACEHOLDER.split(text):
        run = " ".join(run.split()).strip(" .,:;–()")
        if len(run) >= MIN_LENGTH:
            yield run


def swedish_interface_strings():
    """The Swedish translations that differ from their English msgid."""
    found = set()
    for entry in catalogue("sv").translated_entries():
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        found.update(run for form in forms if form != entry.msgid for run in literal_runs(form))
    return sorted(found)


def english_interface_strings(language):
    """The English msgids that `language` translates into something else: seen on its
    pages, they are a string its catalogue lacks or a page that skips translation."""
    found = set()
    for entry in catalogue(language).translated_entries():
        if entry.msgstr != entry.msgid:
            found.update(literal_runs(entry.msgid))
    return sorted(found)


SWEDISH = swedish_interface_strings()


@pytest.fixture(scope="module")
def demo(module_db):
    _CRAWLED.clear()
    as_after_migrate()
    call_command("load_demo", stdout=StringIO())


def kind(path):
    segments = [segment for segment in urlsplit(path).path.split("/") if segment]
    return (segments[1] if len(segments) > 1 else "", len(segments))


def visible_interface_text(html):
    """The page's text and labels, without content marked as being in another language."""
    soup = BeautifulSoup(html, "html.parser")
    page_language = soup.html.get("lang")
    for element in soup.find_all(lang=True):
        if element is not soup.html and element.get("lang") != page_language:
            element.decompose()
    # <code> holds names for machines (the open data's field names), not interface text.
    for element in soup.find_all(["script", "style", "head", "code"]):
        element.decompose()
    labels = [
        value
        for element in soup.find_all(True)
        for attribute in ("aria-label", "alt", "title", "placeholder", "value")
        if isinstance(value := element.get(attribute), str)
    ]
    return " ".join([*soup.get_text(" ").split(), *labels])


_CRAWLED = {}


def crawled(client, language):
    """{path: (template, html)} of the demo's HTML pages in one language, crawled once."""
    if language not in _CRAWLED:
        _CRAWLED[language] = crawl(client, language)
    return _CRAWLED[language]


def crawl(client, language):
    queue = deque(f"/{language}/{path}" for path in START_PATHS)
    seen, per_kind, pages = set(queue), {}, {}
    while queue:
        path = queue.popleft()
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        html = response.content.decode()
        pages[path] = (response.templates[0].name, html)
        for link in re.findall(r'href="(/[^"#]*)"', html):
            if not link.startswith(f"/{language}/") or link in seen:
                continue
            key = kind(link)
            if per_kind.get(key, 0) >= PAGES_PER_KIND:
                continue
            per_kind[key] = per_kind.get(key, 0) + 1
            seen.add(link)
            queue.append(link)
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_swedish_interface_text_in_the_demo(demo, client, language):
    pages = crawled(client, language)
    problems = {}
    for path, (_template, html) in pages.items():
        text = visible_interface_text(html)
        found = [swedish for swedish in SWEDISH if swedish in text]
        if found:
            problems[path] = found

    assert problems == {}
    assert len(pages) > 30


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_english_interface_text_in_the_demo(demo, client, language):
    english = english_interface_strings(language)
    problems = {}
    for path, (_template, html) in crawled(client, language).items():
        text = visible_interface_text(html)
        found = [string for string in english if string in text]
        if found:
            problems[path] = found

    assert problems == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_type_is_crawled(demo, client, language):
    templates = {template for template, _html in crawled(client, language).values()}

    assert {
        "pages/home_page.html",
        "pages/proposal_index_page.html",
        "pages/proposal_page.html",
        "pages/area_index_page.html",
        "pages/area_page.html",
        "pages/theme_index_page.html",
        "pages/theme_page.html",
        "pages/dialogue_index_page.html",
        "pages/dialogue_event_page.html",
        "pages/campaign_page.html",
        "pages/commission_page.html",
        "pages/commission_meeting_page.html",
        "pages/statistics_page.html",
        "pages/search_page.html",
        "pages/content_page.html",
        "pages/proposal_submission_page.html",
        "pages/proposal_receipt_page.html",
        "pages/privacy_page.html",
    } <= templates


def test_the_check_finds_the_swedish_interface_on_a_swedish_page(demo, client):
    text = visible_interface_text(client.get("/sv/forslag/").content.decode())

    assert len(SWEDISH) > 100
    assert len([swedish for swedish in SWEDISH if swedish in text]) > 10
