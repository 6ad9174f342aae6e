"""On PostgreSQL, the "Recently decided" and "Highest cost first" indexes in the listing's order.

Those sorts put proposals without a decision or a cost estimate last (DESC NULLS LAST). In an
index PostgreSQL puts them first in descending order unless told otherwise, so it could not
read a page of either sort from its index: it sorted all 100,000 proposals (90-150 ms). The
model's Meta cannot say NULLS LAST, which SQLite refuses in an index (and needs no more: it
sorts empty values last in descending order anyway), so on PostgreSQL this migration builds
the two indexes of the same names again in the listing's order.
"""

from django.db import migrations

TABLE = "proposals_pages_proposalpage"
INCLUDE = "INCLUDE (status, area_id, theme_id)"
INDEXES = {
    "proposal_decided": (
        "(decided_on DESC NULLS LAST, submitted_on DESC, page_ptr_id DESC)",
        "(decided_on DESC, submitted_on DESC)",
    ),
    "proposal_cost": (
        "(cost_estimate_sek DESC NULLS LAST, page_ptr_id DESC)",
        "(cost_estimate_sek DESC, page_ptr_id DESC)",
    ),
}


def rebuild(apps, schema_editor, which):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        schema_editor.execute(f"CREATE INDEX {name} ON {TABLE} {columns[which]} {INCLUDE}")


class Migration(migrations.Migration):
    dependencies = [("proposals_pages", "0009_listing_indexes_hold_filtered_columns")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: rebuild(apps, schema_editor, 0),
            lambda apps, schema_editor: rebuild(apps, schema_editor, 1),
            elidable=False,
        )
    ]
