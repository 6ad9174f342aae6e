"""Indexes that let PostgreSQL answer Wagtail's database search from the matching entries.

The backend matches ``title || body`` of every index entry against the query and joins each
entry to its object by the object's key written out as text
(``"wagtailsearch_indexentry"."object_id" = ("wagtailcore_page"."id")::varchar(50)``). With
an index on neither, each search read every page and every proposal of the site (20-35 ms a
query at 100,000 proposals, growing with them); with these, PostgreSQL finds the matching
entries first and then their pages by key (1-2 ms). SQLite's backend has tables of its own.
"""

from django.db import migrations

INDEXES = {
    "search_entry_title_body": "wagtailsearch_indexentry USING gin ((title || body))",
    "search_page_key_text": "wagtailcore_page USING btree (((id)::varchar(50)))",
    "search_proposal_key_text": (
        "proposals_pages_proposalpage USING btree (((page_ptr_id)::varchar(50)))"
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
        ("proposals_pages", "0009_listing_indexes_hold_filtered_columns"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
