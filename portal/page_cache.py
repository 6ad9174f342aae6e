"""The page cache: whole public pages kept in the cache for anonymous visitors.

A crowd (a campaign, a news story, a decision night) asks for the same few pages thousands of
times; rendering each one once per content change is enough. Django's own cache middleware
keys on Vary headers and a prefix fixed at start-up; this one keys on what a page depends on
here (the full address and the language), and each entry carries the *generation* it was
rendered in, so one write invalidates every cached page at once, whatever its filters, page
number or language (see bump_generation).

Each app server process also keeps the pages it served last in its own memory, and the
generation for at most PORTAL_PAGE_CACHE_CHECK_SECONDS (one second): a hit then costs no
round trip to Redis at all, about what WhiteNoise's static file costs. The price is that a
change made through another process is seen by this one up to that second later; the
process that made the change sees it at once.

Served from the cache, or stored in it, only:
- GET requests outside the admin, the Django admin, documents, /i18n/ and /healthz;
- from visitors without a session or message cookie (editors are logged in: never cached);
- 200 responses that set no cookie and do not vary on the cookie. Django adds ``Vary:
  Cookie`` to every response that read the session or put a CSRF token in a form, and the
  message framework sets or deletes its cookie when messages are shown, so forms (the online
  submission), messages and anything personal are never stored;
- responses without ``Cache-Control: private``, ``no-cache`` or ``no-store`` (a view that
  must not be cached says so with ``never_cache``), not streamed (the CSV export) and not
  larger than PORTAL_PAGE_CACHE_MAX_BYTES.

Every public answer also gets ``Cache-Control`` for a CDN or Varnish in front: ``public`` with
a short ``max-age`` for browsers (which cannot be purged) and a longer ``s-maxage`` for the
shared cache (which proposals_pages/purging.py purges through Wagtail's frontend cache);
everything else gets Django's never-cache headers.
"""

import contextlib
import hashlib
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language_from_request

GENERATION_KEY = "portal:page-cache:generation"
# Never cached: the admin and what only makes sense for one visitor or one moment.
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/i18n/", "/healthz")
# The cookies of a logged-in editor (the session) and of messages waiting to be shown.
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
NOT_STORED_DIRECTIVES = ("private", "no-cache", "no-store")
# The state of a cached response that is kept: a Set-Cookie or hop-by-hop header never is.
SKIPPED_HEADERS = {"set-cookie", "connection", "transfer-encoding", "x-page-cache"}


def page_cache_seconds():
    return getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 0)


def current_generation():
    """The generation pages are cached under, or None when the cache does not answer (the
    site then serves every page uncached: nothing is stored that could not be purged)."""
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = uuid.uuid4().hex
            # add(): another server may have started a generation at the same moment.
            if not cache.add(GENERATION_KEY, generation, None):
                generation = cache.get(GENERATION_KEY)
    except Exception:  # a cache back end that raises instead of ignoring its errors
        return None
    return generation


class RecentPages:
    """The pages this process served last (an LRU of PORTAL_PAGE_CACHE_LOCAL_ENTRIES), each
    with its generation, and the generation as last read from the cache."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pages = OrderedDict()
        self.generation = None
        self.checked_at = 0.0

    def known_generation(self):
        """The generation read less than PORTAL_PAGE_CACHE_CHECK_SECONDS ago, or None."""
        if time.monotonic() - self.checked_at < settings.PORTAL_PAGE_CACHE_CHECK_SECONDS:
            return self.generation
        return None

    def remember_generation(self, generation):
        self.generation, self.checked_at = generation, time.monotonic()

    def get(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is not None:
                self.pages.move_to_end(key)
            return entry

    def put(self, key, entry):
        with self.lock:
            self.pages[key] = entry
            self.pages.move_to_end(key)
            while len(self.pages) > settings.PORTAL_PAGE_CACHE_LOCAL_ENTRIES:
                self.pages.popitem(last=False)


recent = RecentPages()


def bump_generation():
    """Every page cached so far is stale: the next request renders it afresh.

    Called after any content change is committed (proposals_pages/purging.py). Entries of an
    older generation are ignored, then rendered afresh or left to expire.
    """
    # A cache that is down serves nothing cached either; when it is back, what it still
    # holds from before is at most PAGE_CACHE_SECONDS old.
    generation = uuid.uuid4().hex
    recent.remember_generation(generation)
    with contextlib.suppress(Exception):
        cache.set(GENERATION_KEY, generation, None)


def is_cacheable_request(request):
    if request.method != "GET":
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if getattr(request, "is_preview", False):
        return False
    return not any(name in request.COOKIES for name in PRIVATE_COOKIES)


def cache_key(request):
    """The full address (scheme, host, path and query) and the language it is served in.

    The host is validated by request.get_host() against ALLOWED_HOSTS (a made-up Host header
    cannot fill the cache). The language is the path's prefix where there is one, else what
    Django's LocaleMiddleware would pick (the pages without a prefix that vary by language say
    ``Vary: Accept-Language`` for a CDN).
    """
    language = get_language_from_request(request, check_path=True)
    address = f"{language} {request.build_absolute_uri()}"
    return "portal:page:" + hashlib.sha256(address.encode()).hexdigest()


def rendering_key(key, generation):
    return f"{key}:rendering:{generation}"


def claim_rendering(key, generation):
    """The claim of the one request that renders a page missing from this generation
    (release it with release_rendering), or None when another request has it: that one
    waits (PageCacheMiddleware.wait_for). After a change, a crowd asking for the home page
    then renders it once, not once per thread of every app server."""
    claim = rendering_key(key, generation)
    try:
        claimed = cache.add(claim, 1, settings.PORTAL_PAGE_CACHE_WAIT_SECONDS)
    except Exception:
        return claim
    return claim if claimed else None


def release_rendering(claim):
    with contextlib.suppress(Exception):
        cache.delete(claim)


def response_of(entry):
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def is_storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "Cookie" in (response.get("Vary") or ""):
        return False
    cache_control = (response.get("Cache-Control") or "").lower()
    if any(directive in cache_control for directive in NOT_STORED_DIRECTIVES):
        return False
    return len(response.content) <= settings.PORTAL_PAGE_CACHE_MAX_BYTES


def add_public_cache_headers(response):
    """Cache-Control for browsers and a shared cache, unless the view set its own."""
    if response.has_header("Cache-Control"):
        return
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PORTAL_BROWSER_CACHE_SECONDS,
        s_maxage=settings.PORTAL_SHARED_CACHE_SECONDS,
    )


class PageCacheMiddleware:
    """Serves anonymous visitors' pages from the cache, stores the ones that may be shared,
    and sets the Cache-Control headers a CDN goes by (see the module's docstring).

    Placed right after SecurityMiddleware (and WhiteNoise): a page served from the cache
    skips sessions, routing and templates, which makes it about as cheap as a static file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        entry = claimed = None
        if page_cache_seconds():
            key = cache_key(request)
            generation, cached = self.lookup(key)
            if cached is None and generation is not None:
                claimed = claim_rendering(key, generation)
                if claimed is None:
                    cached = self.wait_for(key, generation)
            if cached is not None:
                return cached
            if generation is not None:
                # The generation as it was when the request came in: a page rendered while
                # content changed is stored under the old one and never served.
                entry = (key, generation)
        try:
            response = self.get_response(request)
            self.after_public_request(response, entry)
        finally:
            if claimed:
                release_rendering(claimed)
        return response

    def wait_for(self, key, generation):
        """The page another request is rendering for this generation, once it is stored.
        None as soon as that request is done without storing it (a page that is never kept,
        such as a form) or after PORTAL_PAGE_CACHE_WAIT_SECONDS: this one renders it then."""
        deadline = time.monotonic() + settings.PORTAL_PAGE_CACHE_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.02)
            try:
                found = cache.get_many([rendering_key(key, generation), key])
            except Exception:
                return None
            stored = found.get(key)
            if stored is not None and stored[0] == generation:
                recent.put(key, stored)
                return response_of(stored)
            if rendering_key(key, generation) not in found:
                return None
        return None

    @staticmethod
    def lookup(key, generation=None):
        """(the current generation, the cached response or None); (None, None) when the
        cache does not answer. No round trip to the cache for a page this process served
        in the current generation; one otherwise (the generation and the page together)."""
        generation = generation or recent.known_generation()
        stored = recent.get(key) if generation is not None else None
        if stored is None or stored[0] != generation:
            try:
                if generation is None:
                    found = cache.get_many([GENERATION_KEY, key])
                    generation = found.get(GENERATION_KEY) or current_generation()
                    recent.remember_generation(generation)
                    stored = found.get(key)
                else:
                    stored = cache.get(key)
            except Exception:
                return None, None
            if generation is None or stored is None or stored[0] != generation:
                return generation, None
            recent.put(key, stored)
        return generation, response_of(stored)

    def after_public_request(self, response, entry):
        if response.cookies or "Cookie" in (response.get("Vary") or ""):
            # A form with its CSRF token, messages, a session: this visitor's alone.
            add_never_cache_headers(response)
            return
        if response.status_code == 200:
            add_public_cache_headers(response)
        if entry is not None and is_storable(response):
            response["X-Page-Cache"] = "miss"
            self.store(*entry, response)

    @staticmethod
    def store(key, generation, response):
        headers = [
            (name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS
        ]
        entry = (generation, response.status_code, headers, response.content)
        recent.put(key, entry)
        with contextlib.suppress(Exception):  # not stored: served uncached next time too
            cache.set(key, entry, page_cache_seconds())
