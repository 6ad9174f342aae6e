# 12 Mart 2026 Perşembe
WEEKDAY_DATE_FORMAT = "j F Y l"
