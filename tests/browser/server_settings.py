"""Settings for the site the browser tests drive (tests/browser/conftest.py starts it).

Like production in what a visitor sees: DEBUG off, so the real 404 and 500 pages show. The
database and media are a temporary copy of the demo, named by DATABASE_URL and MEDIA_ROOT;
runserver --insecure serves the static files, server_urls the media.
"""

from portal.settings.base import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.server_urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
