"""Text typed by visitors, made safe to search with."""

import re

# Control characters (NUL breaks PostgreSQL) and double quotes (phrase syntax that SQLite's
# full-text search refuses when unbalanced) carry no meaning in a search box.
_UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


def search_text(value, max_length=200):
    """A visitor's search text: no control characters or quotes, spaces collapsed, bounded."""
    return " ".join(_UNSEARCHABLE.sub(" ", value or "").split())[:max_length]
