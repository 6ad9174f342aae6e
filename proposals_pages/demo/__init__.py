"""The demo site's content (`manage.py load_demo`).

- content.py, ideas.py, texts.py: the Swedish texts, as data;
- plan.py: the dated content (meetings, sessions, proposals and their histories), planned
  deterministically from a seed and the day the demo was first loaded;
- images.py: illustrations drawn with Pillow;
- builder.py: writes it all to the database, creating only what is missing.
"""

from .builder import DemoBuilder

__all__ = ["DemoBuilder"]
