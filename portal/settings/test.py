"""Settings for the test suite: fast hashing, mail kept in memory, media in a temporary folder."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["NAME"] = ":memory:"  # noqa: F405
