"""/sitemap.xml and /robots.txt (portal/sitemap.py), as a search engine reads them: every live,
public page of every language tree, each with its translations as hreflang alternates."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from portal.sitemap import PortalSitemap

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://localhost"


def read_xml(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def read_sitemap(client, path="/sitemap.xml"):
    """{address: {hreflang: address}} of every page the sitemap lists."""
    root = read_xml(client, path)
    assert root.tag == f"{{{NS['s']}}}urlset"
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link[@rel='alternate']", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.fixture
def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "ar")}


@pytest.fixture
def proposal(proposal_factory, area):
    return proposal_factory(title="Bänkar vid torget", area=area)


def translate(page, locale):
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    return translation


def test_the_sitemap_lists_every_swedish_page(client, site_tree, proposal, area):
    urls = read_sitemap(client)

    for page in (site_tree.home, site_tree.proposals, site_tree.areas, proposal, area):
        assert f"{BASE}{page.url}" in urls


def test_the_sitemap_lists_every_language_version(client, proposal, locales):
    english = translate(proposal, locales["en"])
    arabic = translate(proposal, locales["ar"])

    urls = read_sitemap(client)

    for version in (proposal, english, arabic):
        assert f"{BASE}{version.url}" in urls
    assert {"/en/", "/ar/", "/en/forslag/", "/ar/forslag/"} <= {
        url.removeprefix(BASE) for url in urls
    }


def test_each_version_names_every_version_as_hreflang_alternates(client, proposal, locales):
    english = translate(proposal, locales["en"])
    arabic = translate(proposal, locales["ar"])
    versions = {
        "sv": f"{BASE}{proposal.url}",
        "x-default": f"{BASE}{proposal.url}",
        "en": f"{BASE}{english.url}",
        "ar": f"{BASE}{arabic.url}",
    }

    urls = read_sitemap(client)

    for code in ("sv", "en", "ar"):
        assert urls[versions[code]] == versions


def test_a_page_in_one_language_has_no_alternates(client, proposal):
    assert read_sitemap(client)[f"{BASE}{proposal.url}"] == {}


def test_unpublished_and_private_pages_are_left_out(client, proposal_factory, locales):
    draft = proposal_factory(title="Utkast")
    draft.unpublish()
    private = proposal_factory(title="Bara för inloggade")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    english_draft = draft.copy_for_translation(locales["en"], copy_parents=True)

    urls = read_sitemap(client)

    assert f"{BASE}{draft.url}" not in urls
    assert f"{BASE}{private.url}" not in urls
    assert not any(url.endswith(f"/{english_draft.slug}/") for url in urls)


def test_the_sitemaps_queries_do_not_grow_with_its_pages(client, proposal_factory, locales):
    def add(numbers):
        for number in numbers:
            proposal = proposal_factory(title=f"Idé {number}")
            if number % 2:
                translate(proposal, locales["en"])

    def queries():
        client.get("/sitemap.xml")  # caches that fill once per process are warm
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap.xml")
        return len(captured.captured_queries)

    add(range(2))
    few = queries()
    add(range(2, 8))
    many = queries()

    assert many == few


def test_a_site_too_big_for_one_file_gets_an_index_of_files(client, proposal_factory, monkeypatch):
    monkeypatch.setattr(PortalSitemap, "limit", 3)
    for number in range(4):
        proposal_factory(title=f"Idé {number}")

    index = read_xml(client, "/sitemap.xml")
    files = [urlsplit(loc.text) for loc in index.findall("s:sitemap/s:loc", NS)]
    urls = {}
    for url in files:
        urls |= read_sitemap(client, f"{url.path}?{url.query}" if url.query else url.path)

    assert index.tag == f"{{{NS['s']}}}sitemapindex"
    assert len(files) == 4
    assert len(urls) == Page.objects.live().filter(depth__gt=1).count() == 12


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /sv/" not in lines
