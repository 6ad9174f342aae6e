"""The production profile as an operator configures it from the environment (README,
"Running in production"), read in a fresh interpreter as gunicorn would."""

import json
import os
import secrets
import subprocess
import sys

SHOW = """
import json
from portal.settings import production as s
print(json.dumps({
    "middleware": s.MIDDLEWARE,
    "caches": {alias: [c["BACKEND"], c.get("KEY_PREFIX")] for alias, c in s.CACHES.items()},
    "storages": {alias: c["BACKEND"] for alias, c in s.STORAGES.items()},
    "database": [
        s.DATABASES["default"][name] for name in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "OPTIONS")
    ],
    "page_cache_seconds": s.PORTAL_PAGE_CACHE_SECONDS,
    "frontend_cache": getattr(s, "WAGTAILFRONTENDCACHE", None),
}))
"""


def production_settings(**env):
    environment = {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
        "REDIS_URL": "redis://cache.internal:6379/0",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_redis_is_the_cache_with_a_separate_renditions_cache():
    caches = production_settings()["caches"]

    assert caches == {
        "default": ["django_redis.cache.RedisCache", "portal"],
        "renditions": ["django_redis.cache.RedisCache", "portal-renditions"],
    }


def test_static_files_are_served_by_whitenoise_with_hashed_names():
    found = production_settings()

    middleware = found["middleware"]
    assert middleware[:3] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "portal.page_cache.PageCacheMiddleware",
    ]
    assert found["storages"]["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_database_connections_persist_with_health_checks_and_a_connect_timeout():
    conn_max_age, health_checks, options = production_settings()["database"]

    assert (conn_max_age, health_checks, options["connect_timeout"]) == (600, True, 3)


def test_postgresql_starts_no_parallel_workers_for_a_page_unless_told_to():
    options = production_settings()["database"][2]
    told = production_settings(DATABASE_PARALLEL_WORKERS="2")["database"][2]

    assert options["options"] == "-c max_parallel_workers_per_gather=0"
    assert told["options"] == "-c max_parallel_workers_per_gather=2"


def test_the_page_cache_is_on():
    assert production_settings()["page_cache_seconds"] == 300


def test_media_go_to_s3_compatible_storage_by_setting():
    storages = production_settings(MEDIA_STORAGE="s3", AWS_STORAGE_BUCKET_NAME="portal")["storages"]

    assert storages["default"] == "storages.backends.s3.S3Storage"


def test_a_varnish_in_front_is_purged_when_named():
    frontend_cache = production_settings(FRONTEND_CACHE_URL="http://varnish:6081")["frontend_cache"]

    assert frontend_cache == {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish:6081",
        }
    }
