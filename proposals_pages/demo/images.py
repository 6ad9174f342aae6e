"""Simple illustrations drawn with Pillow, so the demo has pictures without downloading any:
one per area and theme, and before/after photos of completed proposals."""

import io
import random

from PIL import Image, ImageDraw

from ..fonts import system_font

WIDTH, HEIGHT = 1200, 800
HORIZON = 540
SKY = (196, 222, 240)
DUSK = (52, 62, 110)
GRASS = (112, 168, 92)
ASPHALT = (150, 150, 150)
GRAVEL = (190, 176, 150)
WHITE = (255, 255, 255)
DARK = (40, 40, 48)


def png_bytes(picture):
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def area_picture(name, seed):
    """A skyline of houses and trees, and the area's name."""
    rng = random.Random(seed)
    picture, draw = _canvas(SKY, GRASS)
    x = -20
    while x < WIDTH:
        width = rng.randint(90, 190)
        height = rng.randint(120, 360)
        colour = rng.choice([(214, 190, 160), (190, 120, 90), (230, 225, 210), (160, 170, 190)])
        _house(draw, x, HORIZON - height, width, height, colour, rng)
        x += width + rng.randint(10, 60)
    for _ in range(7):
        _tree(draw, rng.randint(0, WIDTH), HORIZON + rng.randint(20, 120), rng.randint(40, 70))
    _label(draw, name)
    return png_bytes(picture)


def theme_picture(slug, name, colour):
    """A coloured field with the theme's sign and name."""
    picture, draw = _canvas(colour, tuple(max(0, c - 40) for c in colour))
    THEME_SIGNS.get(slug, _sign_bubbles)(draw)
    _label(draw, name)
    return png_bytes(picture)


def motif_picture(motif, moment, caption):
    """A place before or after a proposal was carried out."""
    after = moment == "after"
    draw_motif = MOTIFS[motif]
    picture = draw_motif(after)
    _label(ImageDraw.Draw(picture), caption)
    return png_bytes(picture)


# --- shapes --------------------------------------------------------------------------------


def _canvas(sky, ground, horizon=HORIZON):
    picture = Image.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=ground)
    return picture, draw


def _label(draw, text):
    # Without a system font that has å, ä and ö the label is left out (the image's title and
    # description carry the words anyway).
    font = system_font(40)
    if font is None:
        return
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.rounded_rectangle(
        [32, HEIGHT - 60 - (bottom - top) - 32, 32 + (right - left) + 48, HEIGHT - 40],
        radius=14,
        fill=(255, 255, 255),
    )
    draw.text((56, HEIGHT - 60 - (bottom - top) - 14), text, font=font, fill=DARK)


def _house(draw, x, y, width, height, colour, rng):
    draw.rectangle([x, y, x + width, HORIZON], fill=colour, outline=DARK, width=2)
    for wy in range(y + 20, HORIZON - 40, 46):
        for wx in range(x + 14, x + width - 30, 38):
            lit = rng.random() < 0.3
            draw.rectangle(
                [wx, wy, wx + 22, wy + 26], fill=(250, 226, 140) if lit else (90, 110, 140)
            )


def _tree(draw, x, y, size):
    draw.rectangle([x - 6, y - size, x + 6, y], fill=(110, 80, 50))
    crown = int(size / 1.4)
    draw.ellipse([x - crown, y - size * 2, x + crown, y - int(size / 1.6)], fill=(60, 120, 60))


def _bench(draw, x, y, colour=(140, 90, 50)):
    draw.rectangle([x, y, x + 180, y + 16], fill=colour)
    draw.rectangle([x, y - 50, x + 180, y - 36], fill=colour)
    for leg in (x + 14, x + 150):
        draw.rectangle([leg, y + 16, leg + 14, y + 60], fill=DARK)


def _lamp(draw, x, y, lit):
    if lit:
        draw.polygon([(x + 45, y - 245), (x - 50, y), (x + 140, y)], fill=(236, 214, 120))
    draw.rectangle([x - 5, y - 260, x + 5, y], fill=DARK)
    draw.rectangle([x - 5, y - 260, x + 55, y - 250], fill=DARK)
    draw.ellipse([x + 32, y - 254, x + 58, y - 238], fill=(255, 244, 170) if lit else (90, 90, 90))


# --- theme signs ---------------------------------------------------------------------------


def _sign_lamps(draw):
    for x in (300, 600, 900):
        _lamp(draw, x, 620, lit=True)


def _sign_ball(draw):
    draw.rectangle([760, 180, 776, 640], fill=WHITE)
    draw.rectangle([640, 180, 776, 260], outline=WHITE, width=8)
    draw.ellipse([380, 320, 600, 540], fill=(230, 120, 40), outline=DARK, width=6)
    draw.line([380, 430, 600, 430], fill=DARK, width=5)
    draw.arc([330, 320, 490, 540], -60, 60, fill=DARK, width=5)


def _sign_bench(draw):
    _tree(draw, 820, 620, 110)
    _bench(draw, 360, 560, colour=(230, 200, 150))


def _sign_trees(draw):
    for x, size in ((260, 90), (480, 130), (720, 100), (940, 120)):
        _tree(draw, x, 640, size)
    for x in range(160, 1100, 70):
        draw.ellipse([x, 660, x + 24, 684], fill=(240, 200, 60))


def _sign_runner(draw):
    draw.arc([150, 250, 1050, 900], 180, 360, fill=WHITE, width=10)
    draw.arc([220, 320, 980, 900], 180, 360, fill=WHITE, width=10)
    draw.ellipse([520, 300, 640, 420], fill=WHITE, outline=DARK, width=6)


def _sign_bubbles(draw):
    draw.rounded_rectangle([220, 180, 620, 400], radius=40, fill=WHITE)
    draw.polygon([(300, 400), (340, 400), (280, 470)], fill=WHITE)
    draw.rounded_rectangle([560, 300, 980, 520], radius=40, fill=(255, 236, 190))
    draw.polygon([(880, 520), (920, 520), (950, 590)], fill=(255, 236, 190))


THEME_SIGNS = {
    "trygghet": _sign_lamps,
    "unga": _sign_ball,
    "aldre": _sign_bench,
    "utemiljo": _sign_trees,
    "idrott": _sign_runner,
    "kultur": _sign_bubbles,
}


# --- before and after ----------------------------------------------------------------------


def _playground(after):
    picture, draw = _canvas(SKY, GRAVEL if not after else (226, 120, 80))
    _tree(draw, 140, 560, 90)
    if after:
        draw.rectangle([360, 260, 380, 600], fill=(40, 90, 160))
        draw.rectangle([620, 260, 640, 600], fill=(40, 90, 160))
        draw.rectangle([350, 250, 650, 274], fill=(40, 90, 160))
        for x in (430, 550):
            draw.line([x, 274, x, 470], fill=DARK, width=4)
            draw.rectangle([x - 30, 470, x + 30, 484], fill=(230, 60, 60))
        draw.polygon([(760, 360), (820, 360), (1060, 620), (1000, 620)], fill=(250, 200, 40))
        draw.rectangle([740, 360, 780, 620], fill=(60, 160, 90))
    else:
        draw.rectangle([360, 420, 380, 600], fill=(120, 110, 100))
        draw.line([380, 430, 520, 600], fill=(120, 110, 100), width=14)
        for x in range(700, 1100, 40):
            draw.line([x, 560, x + 10, 620], fill=(120, 110, 100), width=6)
    return picture


def _outdoor_gym(after):
    picture, draw = _canvas(SKY, GRASS if not after else (70, 70, 80))
    _tree(draw, 1040, 560, 100)
    if after:
        for x in (240, 520):
            draw.rectangle([x, 260, x + 16, 620], fill=(60, 60, 60))
            draw.rectangle([x + 200, 260, x + 216, 620], fill=(60, 60, 60))
            draw.rectangle([x, 260, x + 216, 274], fill=(230, 120, 30))
        draw.rectangle([820, 520, 980, 540], fill=(230, 120, 30))
        draw.rectangle([830, 540, 846, 620], fill=(60, 60, 60))
        draw.rectangle([954, 540, 970, 620], fill=(60, 60, 60))
    return picture


def _lighting(after):
    picture, draw = _canvas(DUSK, (60, 70, 60))
    draw.polygon([(520, 800), (680, 800), (620, HORIZON), (580, HORIZON)], fill=(110, 110, 120))
    # Before, one lamp at the far end; after, four along the whole path.
    lamps = ((380, 700), (840, 700), (480, 600), (730, 600)) if after else ((730, 600),)
    for x, y in lamps:
        _lamp(draw, x, y, lit=True)
    _tree(draw, 160, 640, 110)
    _tree(draw, 1060, 640, 120)
    return picture


def _benches(after):
    picture, draw = _canvas(SKY, GRASS)
    draw.polygon([(0, 680), (WIDTH, 620), (WIDTH, 700), (0, 760)], fill=ASPHALT)
    for x in (140, 520, 940):
        _tree(draw, x, 600, 90)
    if after:
        for x in (260, 660):
            _bench(draw, x, 560)
    return picture


def _skate_ramp(after):
    picture, draw = _canvas(SKY, ASPHALT)
    draw.rectangle([0, 300, WIDTH, HORIZON], fill=(200, 170, 140), outline=DARK, width=2)
    for x in range(40, WIDTH, 120):
        draw.rectangle([x, 340, x + 70, 410], fill=(90, 110, 140))
    if after:
        draw.polygon([(200, 720), (520, 720), (520, 560)], fill=(170, 170, 180), outline=DARK)
        draw.polygon([(700, 720), (1020, 720), (700, 560)], fill=(170, 170, 180), outline=DARK)
        draw.rectangle([520, 560, 700, 720], fill=(185, 185, 195), outline=DARK)
    return picture


MOTIFS = {
    "lekplats": _playground,
    "utegym": _outdoor_gym,
    "belysning": _lighting,
    "banker": _benches,
    "skateramp": _skate_ramp,
}

MOTIF_CAPTIONS = {
    "lekplats": ("Den gamla lekplatsen", "Den nya lekplatsen"),
    "utegym": ("Gräsytan innan", "Det nya utegymmet"),
    "belysning": ("Gångvägen i mörker", "Gångvägen med nya lampor"),
    "banker": ("Gångvägen utan bänkar", "De nya bänkarna"),
    "skateramp": ("Skolgården innan", "Den nya skaterampen"),
}
