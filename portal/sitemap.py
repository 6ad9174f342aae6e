"""What search engines read: /sitemap.xml and /robots.txt.

Wagtail's sitemap (wagtail.contrib.sitemaps, 7.4) lists the pages under the site's root page
only, and without alternates. Here the site's root is the Swedish home page and each other
language is a sibling tree (wagtail-localize), so the sitemap lists every live, public page of
every language tree, each with hreflang alternates naming its live translations (and x-default,
the version in the site's default language).

An untranslated page is also served under the other languages' prefixes, with the interface
around it translated; it is listed once, at its own address, since the same content under many
prefixes is what search engines ask sites not to submit.
"""

from functools import cached_property

from django.conf import settings
from django.db.models import Count, Max, Q
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

# What a sitemap entry needs of a page: its address (path, url_path) and its dates.
SITEMAP_FIELDS = (
    "path",
    "url_path",
    "translation_key",
    "locale_id",
    "content_type_id",
    "last_published_at",
    "latest_revision_created_at",
)
# Translation keys asked about per query: well under any database's limit of parameters.
KEYS_PER_QUERY = 500


class PortalSitemap(Sitemap):
    """Every live, public page of the site in every language, with hreflang alternates.

    Pages are read as plain Wagtail pages with the few fields an entry needs, not as their
    specific types (no page type here has sitemap entries of its own): with 100,000 proposals
    the specific rows cost most of the time and memory.
    """

    # Pages per sitemap file (the protocol allows 50,000): each file is written in about a
    # second on a small machine. More pages than that make /sitemap.xml an index of files.
    limit = 10_000

    @cached_property
    def public_pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Page.objects.descendant_of_q(root, inclusive=True)
        return Page.objects.live().public().filter(in_a_tree)

    def items(self):
        return self.public_pages.order_by("path").only(*SITEMAP_FIELDS)

    def _urls(self, page, protocol, domain):
        pages = self.paginator.page(page).object_list
        versions = self.language_versions(pages.values_list("translation_key", flat=True))
        urls = []
        last_mods = set()
        for item in pages.iterator():
            alternates = versions.get(item.translation_key)
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def get_latest_lastmod(self):
        # Django's default reads every item to find the latest date: one aggregate instead.
        return self.public_pages.aggregate(latest=Max("last_published_at"))["latest"]

    def translated_keys(self):
        """The translation keys of the pages that are live and public in more than one
        language (one grouped query: most pages, the proposals, have one version)."""
        return set(
            self.public_pages.order_by()
            .values("translation_key")
            .annotate(versions=Count("pk"))
            .filter(versions__gt=1)
            .values_list("translation_key", flat=True)
        )

    def language_versions(self, keys):
        """{translation key: [{lang_code, location}, ...]} for those of the keys that have
        versions in several languages; the default language's version is also x-default."""
        wanted = sorted(self.translated_keys().intersection(keys))
        versions = {}
        for start in range(0, len(wanted), KEYS_PER_QUERY):
            found = (
                self.public_pages.filter(translation_key__in=wanted[start : start + KEYS_PER_QUERY])
                .select_related("locale")
                .only("path", "url_path", "translation_key", "locale__language_code")
                .order_by("path")
            )
            for version in found:
                language = version.locale.language_code
                location = version.get_full_url(self.request)
                entries = versions.setdefault(version.translation_key, [])
                entries.append({"lang_code": language, "location": location})
                if language == settings.LANGUAGE_CODE:
                    entries.append({"lang_code": "x-default", "location": location})
        return versions


SITEMAPS = {"pages": PortalSitemap}


@require_safe
def sitemap(request):
    """/sitemap.xml: the sitemap itself while every page fits in one file, else an index of
    the files (/sitemap-pages.xml?p=2 and on), so no page is ever left out."""
    if PortalSitemap(request).paginator.num_pages > 1:
        return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")
    return sitemap_views.sitemap(request, SITEMAPS)


sitemap_section = require_safe(sitemap_views.sitemap)


@require_safe
def robots_txt(request):
    """/robots.txt: crawl the public site, not the admin or the API; here is the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
