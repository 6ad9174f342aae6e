# torsdag 12 mars 2026
WEEKDAY_DATE_FORMAT = "l j F Y"
