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

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

# Translation keys asked about per query: well under any database's limit of parameters.
KEYS_PER_QUERY = 500


class PortalSitemap(Sitemap):
    """Every live, public page of the site in every language, with hreflang alternates."""

    def language_roots(self):
        return self.get_wagtail_site().root_page.get_translations(inclusive=True)

    def public_pages(self):
        in_a_tree = Q()
        for root in self.language_roots():
            in_a_tree |= Page.objects.descendant_of_q(root, inclusive=True)
        return Page.objects.live().public().filter(in_a_tree)

    def items(self):
        return self.public_pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = self.language_versions(pages)
        urls = []
        last_mods = set()
        for item in pages:
            alternates = versions.get(item.translation_key)
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def language_versions(self, pages):
        """{translation key: [{lang_code, location}, ...]}: the live, public versions of the
        pages that have more than one, the default language's also as x-default."""
        keys = sorted({page.translation_key for page in pages})
        versions = {}
        for start in range(0, len(keys), KEYS_PER_QUERY):
            found = (
                self.public_pages()
                .filter(translation_key__in=keys[start : start + KEYS_PER_QUERY])
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
        return {
            key: entries
            for key, entries in versions.items()
            if len({entry["lang_code"] for entry in entries} - {"x-default"}) > 1
        }


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
