# Thursday 12 March 2026
WEEKDAY_DATE_FORMAT = "l j F Y"
