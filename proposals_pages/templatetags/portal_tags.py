"""Template tags and filters shared by the portal's templates."""

import json
from decimal import Decimal, InvalidOperation

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from ..statuses import Status

register = template.Library()

NBSP = "\u00a0"
MINUS = "\u2212"


# --- money and numbers -------------------------------------------------------


@register.filter
def sek(value):
    """Whole kronor with non-breaking spaces between thousands: 150000 -> "150 000 kr"."""
    if value is None or value == "":
        return ""
    try:
        amount = int(Decimal(str(value)).quantize(Decimal(1)))
    except (InvalidOperation, ValueError, TypeError):
        return value
    return f"{grouped(amount)}{NBSP}kr"


@register.filter
def sek_difference(value):
    """An amount with its sign: 12000 -> "+12 000 kr", -5000 -> "−5 000 kr", 0 -> "0 kr"."""
    text = sek(value)
    try:
        return f"+{text}" if int(value) > 0 else text
    except (ValueError, TypeError):
        return text


@register.filter
def grouped(value):
    """A whole number with non-breaking spaces between thousands: 12500 -> "12 500"."""
    try:
        number = int(value)
    except (ValueError, TypeError):
        return value
    return f"{number:,}".replace(",", NBSP).replace("-", MINUS)


@register.filter
def percent_of(part, whole):
    """part as a whole-number percentage of whole (0 when whole is empty); not capped."""
    try:
        if not whole:
            return 0
        return round(100 * Decimal(str(part)) / Decimal(str(whole)))
    except (InvalidOperation, ValueError, TypeError):
        return 0


# --- page types --------------------------------------------------------------


@register.filter
def model_name(obj):
    """The model's lower-case name ("proposalpage"): templates cannot read _meta."""
    meta = getattr(obj, "_meta", None)
    return meta.model_name if meta else ""


@register.filter
def verbose_name(obj):
    """The model's translated name ("proposal"), e.g. to say what kind of page a result is."""
    meta = getattr(obj, "_meta", None)
    return meta.verbose_name if meta else ""


# --- status ------------------------------------------------------------------


@register.inclusion_tag("components/status_badge.html")
def status_badge(value):
    """A badge with the status's text label and a class per status code.

    value is a status code or anything with a ``status`` attribute (a proposal, a history row).
    """
    code = getattr(value, "status", value)
    try:
        status = Status(code)
    except ValueError:
        return {"code": "unknown", "label": code}
    return {"code": status.value, "label": status.label}


# --- site structure ----------------------------------------------------------


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The site's home page in the active language (the default one when untranslated)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def section_page(context, model):
    """The home page's child of one type (model name, e.g. "proposalindexpage"), or None."""
    home = localized_home(context)
    if home is None:
        return None
    section = home.get_children().live().filter(content_type__model=model.lower()).first()
    return section.specific if section else None


# The accessibility statement's slug (proposals_pages/demo/accessibility.py makes the page).
ACCESSIBILITY_STATEMENT_SLUG = "tillganglighet"


@register.simple_tag
def accessibility_statement():
    """The accessibility statement (tillgänglighetsredogörelse) in the active language where
    it is translated, or None: every page's footer links to it, as the law requires."""
    statement = (
        Page.objects.live()
        .filter(slug=ACCESSIBILITY_STATEMENT_SLUG, locale__language_code=settings.LANGUAGE_CODE)
        .order_by("depth")
        .first()
    )
    return statement.localized if statement else None


@register.inclusion_tag("navigation/main_nav.html", takes_context=True)
def main_navigation(context, home):
    """The home page's live children that are shown in menus, marking where the visitor is."""
    page = context.get("page")
    current_path = page.url_path if isinstance(page, Page) else ""
    items = []
    if home is not None:
        for section in home.get_children().live().in_menu():
            items.append(
                {
                    "page": section,
                    "is_current": isinstance(page, Page) and page.pk == section.pk,
                    "in_section": bool(current_path) and current_path.startswith(section.url_path),
                }
            )
    return {"items": items, "request": context.get("request")}


# --- languages ---------------------------------------------------------------


@register.filter
def language_bidi(code):
    """True for a right-to-left language. Unlike get_language_info, knows every code (so, ...)."""
    return (code or "").split("-")[0] in settings.LANGUAGES_BIDI


@register.filter
def language_name(code):
    """A language's name in itself, as settings.LANGUAGES gives it ("Suomi")."""
    return dict(settings.LANGUAGES).get(code, code)


def _language_home_url(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


def _other_language_url(request, code):
    """The same non-page view (e.g. search) in another language, else that language's home."""
    match = getattr(request, "resolver_match", None) if request else None
    if match is not None and match.url_name != "wagtail_serve":
        url = translate_url(request.get_full_path(), code)
        if url != request.get_full_path():
            return url
    return _language_home_url(code)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language of the site, each named in itself, leading to the same page in it.

    A Wagtail page links to its live translations; a language it has no translation in
    leads to that language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translated = {}
    if isinstance(page, Page):
        for version in page.get_translations(inclusive=True).live().select_related("locale"):
            translated[version.locale.language_code] = version.get_url(request)
    languages = []
    for code, name in settings.LANGUAGES:
        url = translated.get(code) or _other_language_url(request, code)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "bidi": language_bidi(code),
                "is_current": code == current,
                "is_translation": code in translated,
            }
        )
    return {"languages": languages}


@register.simple_tag
def site_name():
    """The portal's name in the active language."""
    return str(settings.WAGTAIL_SITE_NAME)


# --- pagination --------------------------------------------------------------


@register.simple_tag
def page_numbers(page_obj, on_each_side=2, on_ends=1):
    """The page numbers to link to, with None where a run of pages is left out."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


# --- budget ------------------------------------------------------------------


@register.inclusion_tag("components/budget_bar.html")
def budget_bar(budget):
    """A year's budget: the figures in words, and a bar that only repeats them visually."""
    # The public pages' Content-Security-Policy forbids inline styles, so the bar's length is
    # one of 21 classes (0, 5, ... 100 per cent) in portal.css.
    step = 5 * round(budget.share_granted / 5)
    if budget.granted_sek and not step:
        step = 5  # something granted always shows
    return {
        "budget": budget,
        "percent": percent_of(budget.granted_sek, budget.amount_sek),
        "bar_step": step,
        "over_by": max(0, -budget.left_sek),
    }


# Characters that could end or confuse a <script> block, escaped as JSON allows.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """A dict as JSON safe to put inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
