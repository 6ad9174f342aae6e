# Western digits, as Swedish Arabic-language media write them, grouped by thousands with a
# comma so that 150,000 and a reference like BD-2024-0137 read the same as everywhere else.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
# الخميس 12 مارس 2026
WEEKDAY_DATE_FORMAT = "l j F Y"
