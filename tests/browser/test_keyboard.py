"""Keyboard use: the skip link, the language switcher and the proposal filters can be reached
with Tab in the order they stand in the page, and whatever has focus shows it clearly.
"""

import pytest

from .conftest import SCREENSHOTS
from .pages import LANGUAGES

pytestmark = pytest.mark.browser

# Numbers every element a Tab can reach, in document order, and describes each.
MARK_TABBABLE = """() => {
    const selector = 'a[href], button:not([disabled]), select:not([disabled]),'
        + ' textarea:not([disabled]), input:not([disabled]):not([type="hidden"]),'
        + ' [tabindex]:not([tabindex="-1"])';
    const tabbable = [...document.querySelectorAll(selector)].filter((element) => {
        const style = getComputedStyle(element);
        return style.visibility !== 'hidden' && element.getClientRects().length > 0;
    });
    return tabbable.map((element, index) => {
        element.dataset.tabIndexInDom = index;
        return {
            index,
            text: (element.textContent.trim() || element.name || element.id).slice(0, 40),
            within: element.closest('form.filters') ? 'filters'
                : element.closest('.language-switcher') ? 'languages' : '',
        };
    });
}"""
# What has focus now, and whether it is visibly marked.
FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    return {
        index: element.dataset.tabIndexInDom === undefined
            ? null : Number(element.dataset.tabIndexInDom),
        tag: element.tagName.toLowerCase(),
        text: (element.textContent.trim() || element.name || element.id).slice(0, 40),
        visible: outline || style.boxShadow !== 'none',
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}"""


def tab_through(page, stop):
    """Tab from the top of the page until `stop(elements, focused)`: the focused elements."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    focused = []
    for _press in range(300):
        page.keyboard.press("Tab")
        current = page.evaluate(FOCUSED)
        if current is None:  # back in the browser's own interface: the page is done
            break
        focused.append(current)
        if stop(current):
            break
    return focused


def assert_in_dom_order_and_visible(focused, elements, area):
    in_area = [element["index"] for element in elements if element["within"] == area]
    assert in_area, f"nothing to focus in {area}"
    order = [item["index"] for item in focused]
    assert order == list(range(len(order))), (
        "Tab does not follow the order of the page: "
        + ", ".join(f"{item['index']}:{item['text']}" for item in focused)
    )
    reached = [item for item in focused if item["index"] in in_area]
    assert [item["index"] for item in reached] == in_area, f"Tab skips part of {area}"
    hidden = [item["text"] for item in reached if not (item["visible"] and item["onScreen"])]
    assert not hidden, f"focus is not visible on: {hidden}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_reaches_the_filters_in_order_with_visible_focus(lang, demo_site, new_page):
    page = new_page()
    page.goto(f"{demo_site.base_url}/{lang}/forslag/")
    elements = page.evaluate(MARK_TABBABLE)
    last = max(element["index"] for element in elements if element["within"] == "filters")
    focused = tab_through(page, lambda current: current["index"] == last)
    assert_in_dom_order_and_visible(focused, elements, "filters")

    # A person can look at a checkbox's focus ring.
    page.locator("form.filters input[type=checkbox]").first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("form.filters").screenshot(path=str(SCREENSHOTS / f"{lang}-focus-filters.png"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_reaches_every_language_in_order_with_visible_focus(lang, demo_site, new_page):
    page = new_page()
    page.goto(f"{demo_site.base_url}/{lang}/forslag/")
    elements = page.evaluate(MARK_TABBABLE)
    last = max(element["index"] for element in elements if element["within"] == "languages")
    focused = tab_through(page, lambda current: current["index"] == last)
    assert_in_dom_order_and_visible(focused, elements, "languages")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".site-header").screenshot(path=str(SCREENSHOTS / f"{lang}-focus-language.png"))


def test_language_switcher_works_from_the_keyboard(demo_site, new_page):
    page = new_page()
    page.goto(f"{demo_site.base_url}/sv/forslag/")
    arabic = page.locator(".language-switcher a[hreflang=ar]")
    arabic.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(f"{demo_site.base_url}/ar/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute(".language-switcher a[hreflang=sv]", "lang") == "sv"


def test_skip_link_shows_on_focus_and_moves_to_the_content(demo_site, new_page):
    page = new_page()
    page.goto(f"{demo_site.base_url}/sv/forslag/")
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["text"] == page.locator(".skip-link").inner_text()
    assert focused["visible"] and focused["onScreen"], "the skip link does not show on focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    first_in_main = page.evaluate("document.activeElement.closest('main') !== null")
    assert first_in_main, "after the skip link, Tab does not continue in the content"
