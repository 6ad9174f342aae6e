"""Open data (contract.md): machine-readable views of the portal, without a language prefix.

`lang=` picks the language of titles and labels (default: the site's, sv); an unknown value is
ignored. Every URL in the data is absolute, on the host the request came to.

- /open-data/dialogues.json: dialogue sessions, upcoming ones first (soonest first), then past
  ones (latest first). `upcoming=1` gives only the upcoming ones; `area` and `theme` (slugs)
  narrow the list.
- /open-data/dialogues.ics: the same sessions as an iCalendar feed.
"""

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import campaigns
from .filters import area_choices, theme_choices
from .models import DialogueEventPage
from .models.base import in_default_locale

# --- shared by every open-data view ----------------------------------------------------


def requested_language(request):
    """The language asked for with lang=, if the site has it; else the default language."""
    code = (request.GET.get("lang") or "").strip().lower()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def translations_in(pages, language):
    """The live versions of pages in a language, by translation key (for lang=)."""
    if language == settings.LANGUAGE_CODE or not pages:
        return {}
    model = type(pages[0])
    return {
        page.translation_key: page
        for page in model.objects.live()
        .filter(
            locale__language_code=language,
            translation_key__in={page.translation_key for page in pages},
        )
        .select_related("locale")
    }


def slug_and_name(page, translated):
    """{slug, name}: the slug of the default-language page (what filters take), the name in
    the language asked for where the page is translated."""
    if page is None:
        return None
    version = translated.get(page.translation_key, page)
    return {"slug": page.slug, "name": version.title}


def json_response(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def open_data_view(view):
    """GET only; the language asked for is active while the view runs."""

    @require_safe
    def wrapper(request, *args, **kwargs):
        with translation.override(requested_language(request)):
            return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


# --- dialogue sessions -----------------------------------------------------------------


def selected_sessions(request):
    """The live sessions in the default language, upcoming first, then past; and the
    problems with parameters that were ignored."""
    sessions = in_default_locale(DialogueEventPage.objects.live()).for_listing()
    problems = []
    # Checked against the known slugs, so odd input (a NUL byte) never reaches the database.
    for parameter, choices in (("area", area_choices), ("theme", theme_choices)):
        slug = request.GET.get(parameter, "").strip()
        if not slug:
            continue
        if slug in dict(choices()):
            sessions = sessions.filter(**{f"{parameter}__slug": slug})
        else:
            problems.append(
                _("Unknown %(parameter)s “%(value)s”: ignored.")
                % {"parameter": parameter, "value": slug[:100]}
            )
    now = timezone.now()
    upcoming = list(sessions.filter(end__gte=now).order_by("start", "pk"))
    if request.GET.get("upcoming", "").strip().lower() in {"1", "true", "yes"}:
        return upcoming, problems
    return upcoming + list(sessions.filter(end__lt=now).order_by("-start", "-pk")), problems


def localised_sessions(sessions, language):
    """Each session in the language asked for where it is translated, else as it is."""
    translated = translations_in(sessions, language)
    return [translated.get(session.translation_key, session) for session in sessions]


def dialogue_row(session, source, request, areas, themes):
    """One session as contract.md lists it (plus kind, cancelled and participants)."""
    urls = campaigns.campaign_urls(session, request)
    return {
        "title": session.title,
        "area": slug_and_name(source.area, areas),
        "theme": slug_and_name(source.theme, themes),
        "kind": session.kind,
        "start": campaigns.local(session.start).isoformat(),
        "end": campaigns.local(session.end).isoformat(),
        "place": session.place_name,
        "address": session.address,
        "cancelled": session.cancelled,
        "participants": session.participants,
        "url": urls["page"],
        "campaign_url": urls["campaign"],
        "ics_url": urls["ics"],
    }


@open_data_view
def dialogues_json(request):
    """/open-data/dialogues.json: {"count": N, "results": [...]}."""
    language = translation.get_language()
    sources, problems = selected_sessions(request)
    sessions = localised_sessions(sources, language)
    areas = translations_in([s.area for s in sources], language)
    themes = translations_in([s.theme for s in sources if s.theme_id], language)
    data = {
        "count": len(sessions),
        "results": [
            dialogue_row(session, source, request, areas, themes)
            for session, source in zip(sessions, sources, strict=True)
        ],
    }
    if problems:
        data["problems"] = problems
    return json_response(data)


@open_data_view
def dialogues_ics(request):
    """/open-data/dialogues.ics: every selected session as one iCalendar feed."""
    sources, _problems = selected_sessions(request)
    sessions = localised_sessions(sources, translation.get_language())
    name = _("Dialogue sessions – %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}
    calendar = campaigns.build_calendar(sessions, request, name=name)
    response = campaigns.ics_response(calendar, "dialogues.ics")
    # A feed to subscribe to, not a file to save.
    response["Content-Disposition"] = 'inline; filename="dialogues.ics"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
