"""Pages in the visitor's language.

Slugs are not translated (README, "Languages"), so every page has the same path under every
language prefix: /ar/forslag/<slug>/ is the Arabic version of /sv/forslag/<slug>/. Where the
page is not translated yet, BasePage.route serves the Swedish page there, in the Arabic
interface. Listings therefore query the Swedish tree (each thing counted once) and show each
row in the visitor's language where a translation exists.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import translate_url
from django.utils import translation
from django.utils.formats import iter_format_modules
from wagtail.models import Locale


def active_language():
    """The active language's code as settings.LANGUAGES has it ("sv" for "sv-se")."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    codes = dict(settings.LANGUAGES)
    return code if code in codes else code.split("-")[0]


def language_of(obj):
    """The language an object's text is in: a page's or snippet's locale, or a code itself."""
    if obj is None:
        return ""
    if isinstance(obj, str):
        return obj
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return ""
    codes = _locale_codes()
    if locale_id not in codes.values():
        codes = _locale_codes(refresh=True)
    return next((code for code, pk in codes.items() if pk == locale_id), "")


def locale_id_of(language):
    """The id of a language's Locale, or None where it has none."""
    codes = _locale_codes()
    if language not in codes:
        codes = _locale_codes(refresh=True)
    return codes.get(language)


def _locale_codes(refresh=False):
    """{language code: Locale id}. A handful of rows that change only when a language is
    added: read once per process, and again when a code or an id is not among them or a
    Locale is saved or deleted (a page names a code a hundred times)."""
    codes = None if refresh else _memo.get("locale_codes")
    if codes is None:
        codes = _memo["locale_codes"] = dict(Locale.objects.values_list("language_code", "pk"))
    return codes


def forget_locale_codes(**kwargs):
    _memo.pop("locale_codes", None)


def connect_signals():
    post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="locale-saved")
    post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="locale-deleted")


_memo = {}


def url_in_language(url, language, from_language):
    """The same address under another language's prefix (/sv/forslag/ -> /ar/forslag/)."""
    if not url:
        return url
    # translate_url only resolves addresses in the active language's prefix.
    with translation.override(from_language):
        return translate_url(url, language)


def page_url(page, request=None, language=None):
    """The page's address in `language` (default: the active one)."""
    language = language or active_language()
    url = page.get_url(request)
    own_language = language_of(page)
    if not own_language or own_language == language:
        return url
    return url_in_language(url, language, own_language)


def in_active_language(pages, keep=()):
    """The pages (a list or a queryset, usually from the Swedish tree), each replaced by its
    translation in the active language where there is a live one; one query for all.

    `keep` names attributes computed on the Swedish rows (annotated counts) that the
    translations carry over."""
    pages = list(pages)
    locale_id = locale_id_of(active_language())
    if locale_id is None or not pages:
        return pages
    keys = [page.translation_key for page in pages if page.locale_id != locale_id]
    if not keys:
        return pages
    found = {page.translation_key: page for page in _translations(type(pages[0]), keys, locale_id)}
    shown = []
    for page in pages:
        version = found.get(page.translation_key, page)
        for name in keep:
            setattr(version, name, getattr(page, name))
        shown.append(version)
    return shown


def _translations(model, keys, locale_id):
    queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    if hasattr(queryset, "live"):
        queryset = queryset.live()
    if hasattr(queryset, "for_listing"):
        queryset = queryset.for_listing()
    return queryset


def translated(obj, request=None):
    """`obj` (a page or translatable snippet) in the active language where it is translated,
    else `obj` itself; remembered for the rest of the request."""
    if obj is None or not hasattr(obj, "translation_key"):
        return obj
    language = active_language()
    if language_of(obj) == language:
        return obj
    memo = getattr(request, "_portal_translations", None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            request._portal_translations = memo
    key = (type(obj), obj.translation_key, language)
    if key not in memo:
        locale_id = locale_id_of(language)
        found = None
        if locale_id is not None:
            found = _translations(type(obj), [obj.translation_key], locale_id).first()
        memo[key] = found or obj
    return memo[key]


def format_setting(name, default):
    """A format of the portal's own (portal/formats/<lang>/formats.py), e.g. the weekday date
    format, for the active language; `default` where the language defines none."""
    for module in iter_format_modules(active_language(), settings.FORMAT_MODULE_PATH):
        if hasattr(module, name):
            return getattr(module, name)
    return default
