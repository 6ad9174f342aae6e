"""Production: PostgreSQL, Redis, the page cache, WhiteNoise, gunicorn; HTTPS everywhere.

Everything comes from the environment (README, "Running in production"). A real SECRET_KEY
is required. Started by gunicorn with portal/gunicorn.conf.py (`make serve`).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, MIDDLEWARE, STORAGES, env_bool

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("demo-only"):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters for production."
    )

# Persistent database connections, checked before each request reuses one: a PostgreSQL
# restart costs the requests made while it is down, not a restart of the app.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request in seconds, not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
    )

# Whole pages for anonymous visitors (portal/page_cache.py); 0 turns the page cache off.
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# Static files served by the app itself, compressed, with hashed names cached for a year.
MIDDLEWARE = list(MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media (images, documents) on disk under MEDIA_ROOT, or in S3-compatible object storage
# with MEDIA_STORAGE=s3 (pip install ".[s3]"; django-storages reads the AWS_* variables:
# AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY). On disk, the web server in front serves /media/; on a single
# machine without one, SERVE_MEDIA=1 lets the app serve it (portal/urls.py).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None  # the bucket's policy decides; objects are not made public one by one
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured("MEDIA_STORAGE is either filesystem or s3.")
PORTAL_SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# HTTPS: the load balancer terminates TLS and says so in X-Forwarded-Proto (it must set or
# overwrite that header on every request). The health check may come over plain HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Feedback e-mails wait in the database for `make worker` (manage.py db_worker): a mail server
# that is down delays them, never loses them, and never slows an editor's save.
TASKS["feedback"]["BACKEND"] = os.environ.get(  # noqa: F405
    "FEEDBACK_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"
)
