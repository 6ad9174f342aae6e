"""Template tags and filters shared by the portal's templates."""

import json
from decimal import Decimal, InvalidOperation

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext
from wagtail.models import Page, Site

from .. import localization
from ..statuses import Status

register = template.Library()

NBSP = "\u00a0"
MINUS = "\u2212"


# --- money and numbers -------------------------------------------------------


@register.filter
def sek(value):
    """Whole kronor as the active language writes money: "150 000 kr" in Swedish and
    Finnish, "150,000 kr" in English, "150,000 كرونة" in Arabic, "150.000 kr" in Turkish;
    never broken across lines."""
    if value is None or value == "":
        return ""
    try:
        amount = int(Decimal(str(value)).quantize(Decimal(1)))
    except (InvalidOperation, ValueError, TypeError):
        return value
    # Translators: an amount of Swedish kronor; keep %(amount)s.
    text = pgettext("money", "%(amount)s kr") % {"amount": grouped(amount)}
    return text.replace(" ", NBSP)


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
    """A whole number with the active language's thousands separator, never broken across
    lines: 12500 -> "12 500" (sv, fi), "12,500" (en, ar, so), "12.500" (tr)."""
    try:
        number = int(value)
    except (ValueError, TypeError):
        return value
    text = number_format(abs(number), force_grouping=True).replace(" ", NBSP)
    return f"{MINUS}{text}" if number < 0 else text


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


@register.simple_tag
def status_badge(value):
    """A badge with the status's text label and a class per status code.

    value is a status code or anything with a ``status`` attribute (a proposal, a history row).
    Written here, not in a template: a listing shows one per row.
    """
    code = getattr(value, "status", value)
    try:
        status = Status(code)
    except ValueError:
        return format_html('<span class="status status--unknown">{}</span>', code)
    return format_html('<span class="status status--{}">{}</span>', status.value, status.label)


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


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy page (a route of the home page) in the visitor's language."""
    home = localized_home(context)
    if home is None:
        return ""
    return localization.page_url(home, context.get("request")) + home.reverse_subpage("privacy")


@register.simple_tag(takes_context=True)
def proposal_form_url(context, area=None, dialogue=None):
    """The online form in the visitor's language, pre-filled with an area and a session."""
    from ..submission import submission_url

    return submission_url(context.get("request"), area=area, dialogue=dialogue)


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
    return localization.translated(statement) if statement else None


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


@register.filter
def lang_attrs(obj):
    """` lang="sv"` (and `dir`) for text in another language than the page around it: `obj`
    is a page or snippet (its locale's language) or a language code (a proposal's
    text_language). Nothing when it is in the active language, so translated pages stay
    plain; screen readers then read Swedish text with Swedish pronunciation (WCAG 3.1.2)."""
    code = localization.language_of(obj)
    active = localization.active_language()
    if not code or code == active:
        return ""
    if language_bidi(code) != language_bidi(active):
        return format_html(' lang="{}" dir="{}"', code, "rtl" if language_bidi(code) else "ltr")
    return format_html(' lang="{}"', code)


@register.filter
def is_untranslated(page):
    """True when a page is shown in another language than the visitor's (not translated yet)."""
    return isinstance(page, Page) and localization.language_of(page) not in (
        "",
        localization.active_language(),
    )


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page):
    """The page's address in the visitor's language: /ar/omraden/fittja/ on an Arabic page,
    whether the area is translated or (served from the Swedish tree) not yet."""
    if page is None:
        return ""
    return localization.page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def in_language(context, obj):
    """`obj` (a page or snippet) in the visitor's language where it is translated, else as
    it is: `{% in_language proposal.theme as theme %}`."""
    return localization.translated(obj, context.get("request"))


def _other_language_url(request, code, full_path=True):
    """This address in another language: same path, other prefix (slugs are not translated),
    or that language's home page when the address is not language-prefixed."""
    if request is None:
        with translation.override(code):
            return translate_url("/", code)
    path = request.get_full_path() if full_path else request.path
    url = translate_url(path, code)
    if url == path and code != localization.active_language():
        return translate_url(f"/{settings.LANGUAGE_CODE}/", code)
    return url


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language of the site, each named in itself, leading to this same page in it:
    its translation, or the untranslated page in that language's interface."""
    request = context.get("request")
    current = localization.active_language()
    languages = []
    for code, name in settings.LANGUAGES:
        languages.append(
            {
                "code": code,
                "name": name,
                "url": _other_language_url(request, code),
                "bidi": language_bidi(code),
                "is_current": code == current,
            }
        )
    return {"languages": languages}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for each language version of this address, and the
    Swedish one as x-default: search engines then send each reader to their language."""
    request = context.get("request")
    if request is None or getattr(request, "resolver_match", None) is None:
        return {"alternates": []}
    alternates = [
        {
            "hreflang": code,
            "url": request.build_absolute_uri(_other_language_url(request, code, False)),
        }
        for code, _name in settings.LANGUAGES
    ]
    default = next(a["url"] for a in alternates if a["hreflang"] == settings.LANGUAGE_CODE)
    alternates.append({"hreflang": "x-default", "url": default})
    return {"alternates": alternates}


# --- dates -------------------------------------------------------------------


@register.filter
def weekday_date(value):
    """A date with its weekday as the active language writes it: "torsdag 12 mars 2026",
    "torstai 12. maaliskuuta 2026", "12 Mart 2026 Perşembe" (portal/formats)."""
    if not value:
        return ""
    return date_format(value, localization.format_setting("WEEKDAY_DATE_FORMAT", "l j F Y"))


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
