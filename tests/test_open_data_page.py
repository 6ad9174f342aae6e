"""The open-data page (/<lang>/oppna-data/): in every language, linked from every footer, and
explaining each file, its fields and parameters, with working examples and the licence."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.translation import pgettext

from proposals_pages import open_data
from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FILES = ["proposals.json", "proposals.csv", "dialogues.json", "dialogues.ics", "statistics.json"]
# contract.md's statistics.json, built on another branch; the page documents it from there.
STATISTICS_FIELDS = [
    "received",
    "decided",
    "approved",
    "rejected",
    "referred",
    "completed",
    "granted_sek",
    "median_days_to_decision",
    "median_days_to_completion",
]


@pytest.fixture(scope="module")
def content(module_db):
    """An area, a theme, a decided proposal and an upcoming session: the examples give rows."""
    area = factories.AreaPageFactory(title="Alby", slug="alby")
    theme = factories.ThemePageFactory(title="Trygghet", slug="trygghet")
    factories.ProposalPageFactory.in_status(
        Status.APPROVED, title="Belysning", area=area, theme=theme
    )
    factories.DialogueEventPageFactory(area=area, theme=theme)


class Links(HTMLParser):
    """Every link's address, and those inside the footer."""

    def __init__(self):
        super().__init__()
        self.links, self.footer_links, self.in_footer = [], [], False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "footer":
            self.in_footer = True
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
            if self.in_footer:
                self.footer_links.append(attributes["href"])

    def handle_endtag(self, tag):
        if tag == "footer":
            self.in_footer = False


def links_of(response):
    parser = Links()
    parser.feed(response.content.decode())
    return parser


def open_data_page(client, language="sv"):
    response = client.get(f"/{language}/oppna-data/")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_is_there_in_every_language(client, content, language):
    response = open_data_page(client, language)
    text = response.content.decode()
    with translation.override(language):
        heading = pgettext("open data", "Open data")

    assert f'<html lang="{language}"' in text
    assert f"<h1>{heading}</h1>" in text
    for name in FILES:
        assert f'<code dir="ltr">{name}</code>' in text, name


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_page_is_in_the_visitors_language(client, content, language):
    text = open_data_page(client, language).content.decode()
    swedish = open_data_page(client, "sv").content.decode()

    with translation.override(language):
        heading = pgettext("open data", "Open data")
    with translation.override("sv"):
        swedish_heading = pgettext("open data", "Open data")
    assert heading != swedish_heading
    assert swedish_heading not in text.split("<main", 1)[1].split("</main>", 1)[0]
    assert swedish_heading in swedish


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_links_the_open_data_page(client, content, language):
    for path in (f"/{language}/oppna-data/", f"/{language}/forslag/", f"/{language}/sok/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert f"/{language}/oppna-data/" in links_of(response).footer_links, path


def test_the_language_switcher_keeps_you_on_the_open_data_page(client, content):
    links = links_of(open_data_page(client, "sv")).links

    for language in LANGUAGES:
        assert f"/{language}/oppna-data/" in links


def test_each_file_is_linked_with_its_absolute_address(client, content):
    links = links_of(open_data_page(client)).links

    for name in FILES:
        assert f"http://testserver/open-data/{name}" in links, name


def test_the_licence_is_cc0_with_a_link_to_it(client, content):
    text = open_data_page(client).content.decode()

    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/" rel="license"' in text
    assert "CC0 1.0" in text


def test_every_status_code_is_explained_in_words(client, content):
    text = open_data_page(client, "en").content.decode()

    for code, label in Status.choices:
        with translation.override("en"):
            assert f'<td><code dir="ltr">{code}</code></td><td>{label}</td>' in text


def documented(text, names):
    return [name for name in names if f'<dt><code dir="ltr">{name}</code></dt>' not in text]


def test_every_field_of_proposals_json_is_explained(client, content):
    text = open_data_page(client).content.decode()
    page = client.get("/open-data/proposals.json").json()

    assert set(open_data.PROPOSAL_FIELDS) == set(page["results"][0])
    assert set(open_data.PROPOSAL_PAGE_FIELDS) == set(page) | {"problems"}
    assert documented(text, list(open_data.PROPOSAL_FIELDS) + list(page)) == []


def test_every_column_of_proposals_csv_is_named(client, content):
    text = open_data_page(client).content.decode()
    response = client.get("/open-data/proposals.csv")
    header = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[0]

    assert header.split(",") == open_data.CSV_COLUMNS
    assert ", ".join(open_data.CSV_COLUMNS) in text


def test_every_field_of_dialogues_json_is_explained(client, content):
    text = open_data_page(client).content.decode()
    row = client.get("/open-data/dialogues.json").json()["results"][0]

    assert set(open_data.DIALOGUE_FIELDS) == set(row)
    assert documented(text, row) == []


def test_the_fields_of_statistics_json_are_those_of_the_contract(client, content):
    text = open_data_page(client).content.decode()

    # The contract's figures, then what statistics.json says about the selection it counted.
    assert list(open_data.STATISTICS_FIELDS) == [*STATISTICS_FIELDS, "selection", "problems"]
    assert documented(text, open_data.STATISTICS_FIELDS) == []
    assert documented(text, ["year", "area"]) == []


def test_every_parameter_of_the_listing_is_explained(client, content):
    text = open_data_page(client).content.decode()

    parameters = ["area", "theme", "status", "year", "q", "sort", "page", "page_size", "lang"]
    assert documented(text, parameters) == []
    assert documented(text, ["upcoming"]) == []


def test_every_example_gives_data(client, content):
    examples = [url for url in links_of(open_data_page(client)).links if "/open-data/" in url]
    routed = []
    for url in examples:
        parts = urlsplit(url)
        try:
            resolve(parts.path)
        except Resolver404:
            # statistics.json comes from another branch: until then, only its address is checked.
            assert parts.path == open_data.STATISTICS_PATH, url
            continue
        routed.append(url)
        response = client.get(f"{parts.path}?{parts.query}")
        assert response.status_code == 200, url
        if response["Content-Type"] == "application/json":
            assert "problems" not in response.json(), url

    assert len(routed) >= 10  # the four files and six filtered examples


def test_the_examples_name_areas_and_themes_that_exist(client, content):
    text = open_data_page(client).content.decode()
    year = timezone.localdate().year  # the page's examples use this year

    assert "area=alby&amp;status=approved&amp;status=completed" in text
    assert f"theme=trygghet&amp;year={year}&amp;lang=en" in text


def test_the_page_only_reads(client, content):
    assert client.head("/sv/oppna-data/").status_code == 200
    assert client.post("/sv/oppna-data/").status_code in (403, 405)
