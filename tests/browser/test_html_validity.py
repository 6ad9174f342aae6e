"""Valid HTML: every page type passes the Nu HTML Checker (vnu.jar) with no errors, in each
language; and every page but the bare 500 page links to the accessibility statement.

The pages are fetched from the demo server and checked in one Java run, for speed.
"""

import json
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from .conftest import ARTIFACTS, VNU, require
from .pages import PAGE_LANGUAGES, STATEMENT_SLUG, case_ids

pytestmark = pytest.mark.browser


def file_name(case, lang):
    return f"{lang}-{case.name}.html"


@pytest.fixture(scope="session")
def fetched_pages(demo_site):
    """{(case name, lang): (status, html)}, also saved under test-artifacts/html/."""
    folder = ARTIFACTS / "html"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = [demo_site.path(case, lang) for case, lang in PAGE_LANGUAGES]
    with ThreadPoolExecutor(max_workers=4) as pool:  # runserver answers in threads
        answers = list(pool.map(demo_site.fetch, paths))
    pages = {}
    for (case, lang), (status, html) in zip(PAGE_LANGUAGES, answers, strict=True):
        (folder / file_name(case, lang)).write_text(html, encoding="utf-8")
        pages[case.name, lang] = (status, html)
    return folder, pages


@pytest.fixture(scope="session")
def vnu_errors(fetched_pages):
    """{file name: [error messages]} from one run of the Nu HTML Checker over every page."""
    require(VNU, "The Nu HTML Checker (npm vnu-jar)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing (the Nu HTML Checker needs it): run `make browser-deps`.")
    folder, _pages = fetched_pages
    files = sorted(str(path) for path in folder.glob("*.html"))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", "--exit-zero-always"] + files,
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"The Nu HTML Checker failed:\n{result.stdout}\n{result.stderr}")
    errors = {}
    for message in messages:
        name = message.get("url", "").rsplit("/", 1)[-1] or "(no file)"
        where = f"line {message.get('lastLine', '?')}: " if "lastLine" in message else ""
        extract = message.get("extract", "").replace("\n", " ")
        errors.setdefault(name, []).append(f"{where}{message['message']}\n      {extract}")
    return errors


@pytest.mark.parametrize(("case", "lang"), PAGE_LANGUAGES, ids=case_ids(PAGE_LANGUAGES))
def test_page_is_valid_html(case, lang, fetched_pages, vnu_errors):
    _folder, pages = fetched_pages
    status, _html = pages[case.name, lang]
    assert status == case.status
    errors = vnu_errors.get(file_name(case, lang), [])
    assert not errors, f"{lang} {case.name}: {len(errors)} HTML errors:\n" + "\n".join(errors)


# The 500 page stands alone, without the database or the site's footer.
WITH_FOOTER = [(case, lang) for case, lang in PAGE_LANGUAGES if not case.standalone]


@pytest.mark.parametrize(("case", "lang"), WITH_FOOTER, ids=case_ids(WITH_FOOTER))
def test_footer_links_to_the_accessibility_statement(case, lang, fetched_pages):
    _folder, pages = fetched_pages
    _status, html = pages[case.name, lang]
    footer = html[html.find("<footer") :]
    assert re.search(rf'<a href="[^"]*/{STATEMENT_SLUG}/"', footer), (
        f"{lang} {case.name}: no link to the accessibility statement in the footer"
    )
