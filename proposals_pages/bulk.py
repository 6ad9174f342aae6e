"""Writing many pages at once: what add_child(), save_revision().publish() and the search and
reference indexes do per page, done in a few queries for thousands of pages.

Used where one page at a time would take minutes: the import (importing.py) and the benchmark
data (seed_bench). Bulk writes send no post_save signals: callers drop the cached counts
themselves (caching.proposals_changed()).
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

BATCH = 1000
# Past this many new rows the database's planner statistics are refreshed at once: until
# autovacuum gets round to it, PostgreSQL takes 100,000 new proposals for a handful and
# plans the listing as a scan of them all.
ANALYZE_AFTER = 10 * BATCH


def refresh_planner_statistics(models, using=None):
    """ANALYZE the tables of `models` (and Wagtail's page table) after a bulk write."""
    connection = connections[using or router.db_for_write(Page)]
    tables = dict.fromkeys([Page._meta.db_table, *(model._meta.db_table for model in models)])
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


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
    revisions = write_revisions(pages, user, created, live=True, using=using)
    for page, revision in zip(pages, revisions, strict=True):
        page_published.send(sender=type(page), instance=page, revision=revision)


def save_drafts(pages, user=None, using=None):
    """What save_revision() leaves behind for many new pages that are not live: a draft
    each, waiting in the admin for an editor to publish it."""
    write_revisions(pages, user, created=pages, live=False, using=using)


def write_revisions(pages, user, created, live, using=None):
    if not pages:
        return []
    using = using or router.db_for_write(Page)
    now = timezone.now()
    page_type = ContentType.objects.db_manager(using).get_for_model(Page)
    revisions = [
        Revision(
            content_type_id=page.content_type_id,
            base_content_type=page_type,
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
        page.has_unpublished_changes = not live
        if live:
            page.live_revision = revision
            page.first_published_at = page.first_published_at or now
            page.last_published_at = now
    # One UPDATE a batch: bulk_update's CASE per row and field costs seconds per thousand.
    newest = (
        Revision.objects.using(using)
        .filter(base_content_type=page_type, object_id=Cast(OuterRef("pk"), CharField()))
        .order_by("-pk")
        .values("pk")[:1]
    )
    published = (
        {
            "live_revision": Subquery(newest),
            "first_published_at": Coalesce(F("first_published_at"), Value(now)),
            "last_published_at": now,
        }
        if live
        else {}
    )
    for start in range(0, len(pages), BATCH):
        Page.objects.using(using).filter(
            pk__in=[page.pk for page in pages[start : start + BATCH]]
        ).update(latest_revision=Subquery(newest), has_unpublished_changes=not live, **published)

    created = {page.pk for page in created}
    actions = {
        (True, True): ["wagtail.create", "wagtail.publish"],
        (True, False): ["wagtail.publish"],
        (False, True): ["wagtail.create"],
        (False, False): ["wagtail.edit"],
    }
    entries = [
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
        for page, revision in zip(pages, revisions, strict=True)
        for action in actions[live, page.pk in created]
    ]
    PageLogEntry.objects.using(using).bulk_create(entries, batch_size=BATCH)
    return revisions


def update_search_index(model, objects):
    """Add or refresh the objects in every search backend, a batch at a time."""
    for backend in get_search_backends():
        for start in range(0, len(objects), BATCH):
            backend.add_bulk(model, objects[start : start + BATCH])


def update_reference_index(objects, using=None):
    """What Wagtail's post_save handler records for each object, for many of one model at
    once: its references to other objects (area, theme, meeting, administration), which the
    admin's "usage" and deletion checks read.

    ReferenceIndex.create_or_update_for_object() takes a few milliseconds an object, most of
    them in one small insert each; here the references are gathered with its own extraction
    and written in one insert a batch, after removing the objects' old ones.
    """
    if not objects:
        return
    using = using or router.db_for_write(ReferenceIndex)
    model = type(objects[0])
    types = ContentType.objects.db_manager(using)
    content_type = types.get_for_model(model)
    base_content_type = types.get_for_model(
        model._meta.get_parent_list()[-1] if model._meta.get_parent_list() else model
    )
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(obj.pk),
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for obj in objects
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        )
    ]
    index = ReferenceIndex.objects.using(using)
    for start in range(0, len(objects), BATCH):
        index.filter(
            base_content_type=base_content_type,
            object_id__in=[str(obj.pk) for obj in objects[start : start + BATCH]],
        ).delete()
    index.bulk_create(rows, batch_size=BATCH)
