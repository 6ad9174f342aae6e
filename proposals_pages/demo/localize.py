"""Demo translations made the way wagtail-localize makes them.

Each translation goes through a TranslationSource, its string segments and a Translation
record, exactly as if a translator had typed the strings into the admin's translation editor:
an editor can open it there, and when the Swedish source changes and is synced, the
translation follows.
"""

import copy

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    """The translated text does not have the source's shape (paragraphs, list items, links)."""


def translated_strings(instance, values):
    """The string segments wagtail-localize would extract from `instance` with `values` (field
    name -> translated text) in place of its own: the translations, segment by segment."""
    translated = copy.copy(instance)
    for name, value in values.items():
        # A field the source leaves empty has nothing to translate (an editor emptied it).
        if getattr(instance, name):
            setattr(translated, name, value)
    return [
        segment
        for segment in extract_segments(translated)
        if isinstance(segment, StringSegmentValue)
    ]


def translate(instance, locale, values):
    """Translate `instance` (a page or translatable snippet) into `locale` with `values`.

    Fields left out of `values` keep the source's text (a place's name, "Alby"). Pages are
    published; their parent must already be translated. Returns the translated instance.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("string", "context")
    )
    wanted = translated_strings(instance, values)
    if [segment.context.path for segment in segments] != [value.path for value in wanted]:
        raise TranslationMismatch(
            f"{instance!r} in {locale.language_code}: the translation has "
            f"{[value.path for value in wanted]}, the source {[s.context.path for s in segments]}"
        )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=value.string.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment, value in zip(segments, wanted, strict=True)
        ],
        ignore_conflicts=True,  # a string repeated in one field is translated once
    )
    Translation.objects.get_or_create(source=source, target_locale=locale)
    is_page = isinstance(instance, Page)
    # Pages are saved as a draft and published here rather than when the transaction
    # commits (wagtail-localize's default), so the whole demo is live when load_demo ends.
    source.create_or_update_translation(locale, publish=not is_page)
    target = source.get_translated_instance(locale)
    if is_page:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target
