"""Fonts for the pictures the portal draws with Pillow (demo illustrations, share images).

Pillow's built-in bitmap font has no å, ä or ö, so a system font that has them is looked up
by name (Pillow searches the system's font folders, e.g. /usr/share/fonts/truetype/dejavu/).
"""

from functools import lru_cache

from PIL import ImageFont

REGULAR_FILES = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "NotoSans-Regular.ttf",
    "Arial.ttf",
)
BOLD_FILES = (
    "DejaVuSans-Bold.ttf",
    "LiberationSans-Bold.ttf",
    "NotoSans-Bold.ttf",
    "Arial Bold.ttf",
)


@lru_cache(maxsize=32)
def system_font(size, bold=False):
    """A TrueType font of the system in ``size`` pixels, or None when none is installed."""
    for name in (BOLD_FILES if bold else ()) + REGULAR_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return None


def font(size, bold=False):
    """A system font, else Pillow's own scalable default font in ``size`` pixels."""
    return system_font(size, bold) or ImageFont.load_default(size=size)
