"""Writing many pages at once: what add_child(), save_revision().publish() and the search and
reference indexes do per page, done in a few queries for thousands of pages.

Used where one page at a time would take minutes: the import (importing.py) and the benchmark
data (seed_bench). Bulk writes send no post_save signals: callers drop the cached counts
themselves (caching.proposals_changed()).
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

BATCH = 1000


def next_step(parent, using=None):
    """The treebeard step after the parent page's last child."""
    last = (
        Page.objects.using(using)
        .child_of(parent)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def add_children(parent, pages, using=None):
    """What parent.add_child(instance=page) does, for many new pages of one model at once.

    `pages` are unsaved instances of one page model with their title, slug and own fields set
    (and live, timestamps, owner, translation_key as wanted). Django's bulk_create refuses
    multi-table models, so the wagtailcore Page rows go first (treebeard paths after the
    parent's last child), then the model's own rows pointing at them, then the parent's
    numchild. Returns the pages, saved, with their primary keys.
    """
    if not pages:
        return pages
    using = using or router.db_for_write(Page)
    model = type(pages[0])
    depth = parent.depth + 1
    first_step = next_step(parent, using)
    if len(Page._int2str(first_step + len(pages) - 1)) > Page.steplen:
        raise ValueError(f"{parent.url_path} cannot hold {len(pages):,} more children.")
    content_type = ContentType.objects.db_manager(using).get_for_model(model)
    for number, page in enumerate(pages):
        page.path = Page._get_path(parent.path, depth, first_step + number)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.draft_title or page.title
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [
        Page(**{field.attname: getattr(page, field.attname) for field in page_fields})
        for page in pages
    ]
    Page.objects.using(using).bulk_create(rows, batch_size=BATCH)
    if any(row.pk is None for row in rows):  # a backend without RETURNING
        by_path = {row.path: row for row in rows}
        found = Page.objects.using(using).filter(path__in=by_path)
        for pk, path in found.values_list("pk", "path"):
            by_path[path].pk = pk
    for page, row in zip(pages, rows, strict=True):
        page.id = page.pk = row.pk
        page._state.adding = False
        page._state.db = using

    fields = model._meta.local_concrete_fields
    size = connections[using].ops.bulk_batch_size(fields, pages) or len(pages)
    for start in range(0, len(pages), size):
        model._base_manager.using(using)._insert(
            pages[start : start + size], fields=fields, using=using
        )
    Page.objects.using(using).filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def without_children(pages):
    """The pages' child relations (photos, comments) set empty in memory.

    A page just inserted has none; telling modelcluster so spares a query per page and
    relation when a revision or the reference index reads them.
    """
    for page in pages:
        for relation in get_all_child_relations(page):
            setattr(page, relation.get_accessor_name(), [])
    return pages


def publish(pages, user=None, created=(), using=None):
    """What save_revision().publish() leaves behind, for many live pages at once.

    Each page gets a revision of its current content, made its latest and live revision, and
    the log entries of the page history ("wagtail.create" too for the pages in `created`);
    page_published is sent as for any publication. The pages' own rows must already hold the
    content.
    """
    if not pages:
        return
    using = using or router.db_for_write(Page)
    now = timezone.now()
    base_content_type = ContentType.objects.db_manager(using).get_for_model(Page)
    revisions = [
        Revision(
            content_type_id=page.content_type_id,
            base_content_type=base_content_type,
            object_id=str(page.pk),
            created_at=now,
            user=user,
            object_str=str(page),
            content=page.serializable_data(),
        )
        for page in pages
    ]
    Revision.objects.using(using).bulk_create(revisions, batch_size=BATCH)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision
        page.last_published_at = now
        page.first_published_at = page.first_published_at or now
        page.has_unpublished_changes = False
    Page.objects.using(using).bulk_update(
        [
            Page(
                pk=page.pk,
                latest_revision_id=page.latest_revision_id,
                live_revision_id=page.live_revision_id,
                last_published_at=page.last_published_at,
                first_published_at=page.first_published_at,
                has_unpublished_changes=False,
            )
            for page in pages
        ],
        [
            "latest_revision",
            "live_revision",
            "last_published_at",
            "first_published_at",
            "has_unpublished_changes",
        ],
        batch_size=BATCH,
    )

    created = {page.pk for page in created}
    entries = []
    for page, revision in zip(pages, revisions, strict=True):
        actions = ["wagtail.create", "wagtail.publish"] if page.pk in created else []
        for action in actions or ["wagtail.publish"]:
            entries.append(
                PageLogEntry(
                    content_type_id=page.content_type_id,
                    label=page.get_admin_display_title(),
                    action=action,
                    data={},
                    timestamp=now,
                    uuid=uuid.uuid4(),
                    user=user,
                    revision=revision,
                    content_changed=True,
                    page_id=page.pk,
                )
            )
    PageLogEntry.objects.using(using).bulk_create(entries, batch_size=BATCH)
    for page, revision in zip(pages, revisions, strict=True):
        page_published.send(sender=type(page), instance=page, revision=revision)


def update_search_index(model, objects):
    """Add or refresh the objects in every search backend, a batch at a time."""
    for backend in get_search_backends():
        for start in range(0, len(objects), BATCH):
            backend.add_bulk(model, objects[start : start + BATCH])


def update_reference_index(objects):
    """What Wagtail's post_save handler does for each object: its references to other
    objects (area, theme, meeting, administration) recorded for "usage" and deletion checks."""
    for obj in objects:
        ReferenceIndex.create_or_update_for_object(obj)
