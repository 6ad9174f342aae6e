"""An index on Wagtail's page table for get_children() in a large tree.

treebeard finds a page's children by depth and a path range. Under the home page that range
holds every proposal, so without (depth, path) PostgreSQL scans the whole page table for the
main menu on every page (about 40 ms at 100,000 proposals).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("proposals_pages", "0005_status_change_newest_index"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS portal_page_depth_path",
        ),
    ]
