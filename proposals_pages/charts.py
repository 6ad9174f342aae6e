"""Horizontal bar charts drawn on the server as SVG: no JavaScript, mirrored for right to left.

A chart is an image with a title and a description (role="img", read out as one); the page
puts the same figures in a table next to it, so the bars only repeat them for the eye. Each
bar carries its value as text and the series are told apart by a legend, not colour alone.
The geometry is worked out here in whole pixels; templates/components/bar_chart.html draws it.
"""

from dataclasses import dataclass, field

WIDTH = 640
LABEL_WIDTH = 150  # the row labels' column, on the inline-start side
VALUE_ROOM = 100  # room after the longest bar for its value
BAR_HEIGHT = 16
BAR_GAP = 3
ROW_GAP = 12
SWATCH = 12
LEGEND_ROW = 24
TEXT_RISE = 4  # from a bar's middle to its text's baseline


@dataclass
class Series:
    """One kind of bar: `key` names its CSS class (chart__bar--<key>), `label` its legend."""

    key: str
    label: str


@dataclass
class Bar:
    series: str
    x: int
    y: int
    width: int
    text: str
    text_x: int
    text_y: int


@dataclass
class ChartRow:
    label: str
    label_x: int
    label_y: int
    bars: list = field(default_factory=list)


@dataclass
class LegendItem:
    series: str
    label: str
    x: int
    y: int
    text_x: int
    text_y: int


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    width: int
    height: int
    rtl: bool
    rows: list
    legend: list

    @property
    def direction(self):
        return "rtl" if self.rtl else "ltr"


def bar_chart(chart_id, title, description, series, rows, *, rtl=False):
    """A chart with one group of bars per row.

    `rows` is [(label, [(value, text), ...])], one (value, text) per series: the number that
    sets the bar's length and how it is written. In right-to-left languages the labels stand
    on the right and the bars grow leftwards; the SVG gets `direction="rtl"` so each text's
    start is its right end and the same anchors work both ways.
    """

    def mirrored(x, width=0):
        return WIDTH - x - width if rtl else x

    legend = []
    x = 0
    for item in series:
        legend.append(
            LegendItem(
                series=item.key,
                label=str(item.label),
                x=mirrored(x, SWATCH),
                y=4,
                text_x=mirrored(x + SWATCH + 6),
                text_y=4 + SWATCH - 1,
            )
        )
        x += SWATCH + 6 + 9 * len(str(item.label)) + 20
    top = LEGEND_ROW + 8 if len(series) > 1 else 8
    largest = max((value or 0 for _label, values in rows for value, _text in values), default=0)
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    chart_rows = []
    y = top
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    for label, values in rows:
        row = ChartRow(
            label=str(label), label_x=mirrored(LABEL_WIDTH - 8), label_y=y + group_height // 2
        )
        row.label_y += TEXT_RISE
        for item, (value, text) in zip(series, values, strict=True):
            length = round(room * (value or 0) / largest) if largest else 0
            row.bars.append(
                Bar(
                    series=item.key,
                    x=mirrored(LABEL_WIDTH, length),
                    y=y,
                    width=length,
                    text=str(text),
                    text_x=mirrored(LABEL_WIDTH + length + 4),
                    text_y=y + BAR_HEIGHT // 2 + TEXT_RISE,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        chart_rows.append(row)
        y += ROW_GAP - BAR_GAP
    return BarChart(
        id=chart_id,
        title=str(title),
        description=str(description),
        width=WIDTH,
        height=y + 4,
        rtl=rtl,
        rows=chart_rows,
        legend=legend if len(series) > 1 else [],
    )
