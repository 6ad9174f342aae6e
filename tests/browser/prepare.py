"""The browser tests' helper process: builds the demo database and finds the pages to visit.

    python -m tests.browser.prepare build     # migrate and load the demo (DATABASE_URL)
    python -m tests.browser.prepare paths     # print {page name: {language: path}} as JSON

Run with the server's settings (tests.browser.server_settings), so it works on the same
database as the server the tests drive, not on the test suite's own.
"""

import io
import json
import sys
from importlib import import_module


def build():
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo", stdout=io.StringIO())


def resolve(target, language):
    """The path of a page case in one language, or None when the demo has no such page."""
    from django.apps import apps
    from wagtail.models import Locale

    from .pages import Find

    if not isinstance(target, Find):
        return in_language(target, language)
    pages = apps.get_model(target.model).objects.live().filter(locale__language_code="sv")
    for method in target.methods:
        pages = getattr(pages, method)()
    page = pages.filter(**dict(target.filters)).first()
    if page is None:
        return None
    if target.via:
        module, name = target.via.rsplit(".", 1)
        thing = getattr(import_module(module), name)(page)
        if thing is None:
            return None
        url = in_language(thing.get_url(), language)
    else:
        locale = Locale.objects.filter(language_code=language).first()
        translation = page.get_translation_or_none(locale) if locale else None
        live = translation is not None and translation.live
        url = translation.get_url() if live else in_language(page.get_url(), language)
    return url + target.suffix + (f"?{target.query}" if target.query else "")


def in_language(path, language):
    """A Swedish path under another language's prefix (where untranslated pages show too)."""
    return f"/{language}/{path.removeprefix('/sv/')}"


def paths():
    from .pages import LANGUAGES, PAGES

    return {case.name: {lang: resolve(case.target, lang) for lang in LANGUAGES} for case in PAGES}


def main(command):
    import django

    django.setup()
    if command == "build":
        build()
    elif command == "paths":
        print(json.dumps(paths()))
    else:
        raise SystemExit(f"Unknown command {command!r}: use build or paths.")


if __name__ == "__main__":
    main(*sys.argv[1:])
