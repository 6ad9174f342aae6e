# torstai 12. maaliskuuta 2026 (the month in the genitive, as in Django's DATE_FORMAT "j. E Y")
WEEKDAY_DATE_FORMAT = "l j. E Y"
