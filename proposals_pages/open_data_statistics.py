"""/open-data/statistics.json (contract.md): the figures for a selection, as one object.

`year` (submitted) and `area` (slug) are both optional and chosen as the listing chooses them;
a value it cannot use is ignored and named in "problems" (never a server error), and
"selection" says what was counted. The statistics page shows the same figures: both come
from statistics.py.
"""

from . import statistics
from .open_data import json_response, open_data_view


@open_data_view
def statistics_json(request):
    """{"received": N, "decided": ..., "median_days_to_completion": ..., "selection": {...}}."""
    selection = statistics.select(request.GET)
    data = dict(statistics.figures(selection.proposals))
    data["selection"] = {"year": selection.year, "area": selection.area}
    if selection.problems:
        data["problems"] = selection.problems
    return json_response(data)
