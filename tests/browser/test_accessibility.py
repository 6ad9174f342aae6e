"""WCAG 2.1 AA in a real browser: axe-core on every page type, in Swedish and in Arabic.

Each page is also checked for what axe cannot see: that it works under the real
Content-Security-Policy without errors or broken resources, that it reflows at 320 CSS pixels
without sideways scrolling (WCAG 1.4.10), and that its language and direction are set. A
screenshot of each lands in test-artifacts/screenshots/ for a person to look at.
"""

import pytest

from .conftest import screenshot
from .pages import PAGE_LANGUAGES, case_ids

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
            target: node.target.join(" "),
            summary: node.failureSummary,
        })),
    }));
}"""
NARROW = 320  # CSS pixels: 1280 at 400 % zoom


def axe_violations(page):
    # Served from the site's own origin (see the new_page fixture): allowed by script-src 'self'.
    page.add_script_tag(url="/__axe__.js")
    return page.evaluate(RUN_AXE, AXE_TAGS)


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    {node['target']}\n        {node['summary']}".replace("\n", "\n    "))
    return "\n".join(lines)


@pytest.mark.parametrize(("case", "lang"), PAGE_LANGUAGES, ids=case_ids(PAGE_LANGUAGES))
def test_page_meets_wcag_21_aa(case, lang, demo_site, new_page):
    url = demo_site.url(case, lang)
    page = new_page()
    problems = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and message.location.get("url") != url  # the page's own status (404, 500)
            and problems.append(f"console: {message.text} {message.location}")
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.url != url
            and problems.append(f"{response.status} for {response.url}")
        ),
    )

    response = page.goto(url)
    assert response.status == case.status, f"{url} answered {response.status}"
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    if case.shows:
        assert page.locator(case.shows).count(), f"{url} shows nothing matching {case.shows!r}"

    violations = axe_violations(page)
    screenshot(page, f"{lang}-{case.name}")

    page.set_viewport_size({"width": NARROW, "height": 800})
    overflow = page.evaluate("document.documentElement.scrollWidth") - NARROW
    if overflow > 0 and case.reflows:
        screenshot(page, f"{lang}-{case.name}-narrow", full_page=False)
        problems.append(f"at {NARROW}px wide the page scrolls sideways by {overflow}px")

    assert not violations, f"axe found on {url}:\n{describe(violations)}"
    assert not problems, f"{url}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_the_proposal_forms_error_state_meets_wcag_21_aa(lang, demo_site, new_page):
    """The online form sent empty (lamna/): its error summary and marked fields."""
    page = new_page()
    page.goto(f"{demo_site.base_url}/{lang}/forslag/lamna/")
    page.fill("#id_email", "not-an-address")
    with page.expect_navigation():
        page.click("form.submission button[type=submit]")

    assert page.locator(".error-summary[role=alert] a[href='#id_title']").count() == 1
    assert page.get_attribute("#id_title", "aria-invalid") == "true"
    assert page.input_value("#id_email") == "not-an-address"
    violations = axe_violations(page)
    screenshot(page, f"{lang}-proposal-form-lamna-errors")
    assert not violations, describe(violations)
