"""Every shipped language's interface catalogue is complete and well formed."""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# English is the msgids' own language: its catalogue may leave every msgstr empty.
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def test_every_language_of_the_site_has_a_catalogue():
    for code, _name in settings.LANGUAGES:
        assert (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").is_file(), code


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_has_no_untranslated_entries(code):
    untranslated = [entry.msgid for entry in catalogue(code).untranslated_entries()]

    assert untranslated == []


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalogue_has_no_fuzzy_entries(code):
    assert [entry.msgid for entry in catalogue(code).fuzzy_entries()] == []


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalogue_passes_msgfmt_check(code):
    """GNU gettext's own check (placeholders kept, headers, plural forms), where gettext is
    installed: the site itself compiles its catalogues with polib and needs no gettext."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        return
    po_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    result = subprocess.run(  # noqa: S603 - a fixed program on our own file
        [msgfmt, "--check", "-o", "/dev/null", str(po_path)], capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr


# {% translate "..." %} and {% translate "..." context "..." %} in the templates.
TEMPLATE_STRING = re.compile(
    r"""\{%\s*translate\s+(["'])(?P<msgid>.+?)\1(?:\s+context\s+(["'])(?P<context>.+?)\3)?"""
)


def template_strings():
    """(context, msgid) of every {% translate %} in the project's templates."""
    found = set()
    for path in (Path(settings.BASE_DIR) / "templates").rglob("*.html"):
        for match in TEMPLATE_STRING.finditer(path.read_text()):
            found.add((match["context"], match["msgid"]))
    return found


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_template_string_is_in_the_catalogue(code):
    """A string a template translates but no catalogue has shows in English everywhere."""
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue(code) if not entry.obsolete}

    assert sorted(template_strings() - known, key=str) == []
