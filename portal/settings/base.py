"""Settings shared by every profile. Values that differ per machine come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "demo-only-insecure-key-change-me-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "proposals_pages",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Whole pages for anonymous visitors (off unless PAGE_CACHE_SECONDS is set; production).
    "portal.page_cache.PageCacheMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, but an API's 404 is not redirected under a language prefix.
    "proposals_pages.api.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# No page may be framed; the admin, which shows previews in a frame of its own, is let off
# by portal.middleware (SAMEORIGIN there), as it is in the CSP's frame-ancestors.
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The site's queries read a page of rows along an index. Started for them, PostgreSQL's
    # parallel workers cost more than they save (the free-text listing's query: 24 ms with
    # two workers, 2 ms without), and on a busy server they take the cores other requests
    # need. DATABASE_PARALLEL_WORKERS gives them back to a server that wants them.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c max_parallel_workers_per_gather="
        + str(int(os.environ.get("DATABASE_PARALLEL_WORKERS", "0")))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The listing's sort indexes hold the filtered columns on PostgreSQL; SQLite, which cannot,
# builds them without and says so (models.W040) on every migrate.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Local memory unless REDIS_URL names a Redis server (django-redis). Renditions (image sizes)
# have a cache of their own, so clearing or evicting pages never makes Wagtail look every
# image's renditions up again. A Redis that is down is a cache that misses: the site keeps
# serving, uncached, and /healthz says so to the load balancer.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "portal")


def redis_cache(location, key_prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            # A Redis that does not answer costs a request half a second at most.
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


if REDIS_URL:
    CACHES = {
        "default": redis_cache(REDIS_URL, CACHE_KEY_PREFIX),
        "renditions": redis_cache(
            os.environ.get("REDIS_RENDITIONS_URL", REDIS_URL), f"{CACHE_KEY_PREFIX}-renditions"
        ),
    }
    # One traceback per failed cache call would flood the log while Redis is down.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = env_bool("REDIS_LOG_ERRORS", False)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (portal/page_cache.py) and what a CDN in front may keep. Pages are purged on
# every content change (proposals_pages/purging.py); the time limits bound what no change
# announces (a session that has ended moves from "upcoming" to "past").
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
PORTAL_PAGE_CACHE_MAX_BYTES = 2 * 1024 * 1024
# Each process keeps its latest pages in memory too, and trusts the generation it read for
# this long: a change made through another app server shows there up to a second later.
PORTAL_PAGE_CACHE_LOCAL_ENTRIES = int(os.environ.get("PAGE_CACHE_LOCAL_ENTRIES", "500"))
PORTAL_PAGE_CACHE_CHECK_SECONDS = float(os.environ.get("PAGE_CACHE_CHECK_SECONDS", "1"))
# A page missing from the cache is rendered by one request; the others asking for it wait
# this long for it at most, then render it themselves.
PORTAL_PAGE_CACHE_WAIT_SECONDS = 5
PORTAL_BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "60"))
PORTAL_SHARED_CACHE_SECONDS = int(os.environ.get("SHARED_CACHE_SECONDS", "300"))
# A change of more pages than this in one transaction (an import) purges a CDN's hubs but
# not each page (those expire by SHARED_CACHE_SECONDS).
PORTAL_PURGE_MAX_PAGES = 500
# A CDN or Varnish purged with Wagtail's frontend cache: FRONTEND_CACHE_URL names a Varnish
# (or any cache taking HTTP PURGE); other back ends (Cloudflare, CloudFront) are set in a
# settings module of your own (README, "Deployment").
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Swedish is the site's default; source strings are English.
LANGUAGE_CODE = "sv"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("fi", "Suomi"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("tr", "Türkçe"),
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Stockholm"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: EMAIL_URL-less set-ups write mail as files under var/mail/ so a person can read it.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "dialog@example.org")

# Background work (django-tasks). Wagtail's own tasks run at once. The feedback e-mails
# (proposals_pages/feedback.py) too in the demo; production queues them in the database for
# their worker (portal/settings/production.py, README "Running in production").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "feedback": {
        "BACKEND": os.environ.get(
            "FEEDBACK_TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": ["feedback"],
    },
}
# A feedback e-mail that fails is tried again, backing off to once an hour, this many times;
# after that it waits for `manage.py retry_feedback`.
FEEDBACK_MAIL_MAX_ATTEMPTS = int(os.environ.get("FEEDBACK_MAIL_MAX_ATTEMPTS", "12"))
# New proposals from an import (typed in at a session) are published at once; False makes
# them drafts that a moderator publishes, as online proposals always are.
PROPOSAL_IMPORTS_PUBLISHED = env_bool("PROPOSAL_IMPORTS_PUBLISHED", True)
# Proposers' personal data is deleted this many months after the proposal's final status
# (`manage.py purge_personal_data`; the privacy page and the form's consent text say so).
PERSONAL_DATA_RETENTION_MONTHS = int(os.environ.get("PERSONAL_DATA_RETENTION_MONTHS", "12"))

# Wagtail
WAGTAIL_SITE_NAME = _("Citizen dialogue")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The read-only API (/api/v2/, proposals_pages/api.py): up to 100 pages per request.
WAGTAILAPI_LIMIT_MAX = 100

# The commission's yearly budget when no budget row exists for a year (SEK).
PORTAL_DEFAULT_YEARLY_BUDGET_SEK = 5_000_000

# Campaign pages for dialogue sessions (proposals_pages/campaigns.py): the outreach dialogue's
# public name, and where residents who cannot come may leave a proposal online. While that
# address is empty the campaign names the area strategist instead: never a dead link.
PORTAL_DIALOGUE_NAME = os.environ.get("PORTAL_DIALOGUE_NAME", "Botkyrkadialogen")
PORTAL_ONLINE_PROPOSAL_URL = os.environ.get("PORTAL_ONLINE_PROPOSAL_URL", "")

# The admin's proposal import keeps an uploaded file (personal data) here until it is confirmed
# or cancelled: private to the server's user, never under MEDIA_ROOT (import_admin.py).
PORTAL_IMPORT_UPLOAD_DIR = Path(
    os.environ.get("PORTAL_IMPORT_UPLOAD_DIR", VAR_DIR / "import-uploads")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Online proposals (proposals_pages/submission.py): how many one client (IP address) may send
# in an hour.
PROPOSAL_SUBMISSIONS_PER_HOUR = int(os.environ.get("PROPOSAL_SUBMISSIONS_PER_HOUR", "5"))
