"""Date and number formats per language, on top of Django's own (settings.FORMAT_MODULE_PATH).

Django has none for Somali and groups no thousands in Arabic; WEEKDAY_DATE_FORMAT is the
portal's own (the `weekday_date` template filter), for a session's or meeting's day.
"""
