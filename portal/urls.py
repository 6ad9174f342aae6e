from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import health, sitemap
from proposals_pages import open_data, open_data_statistics
from proposals_pages.api import api_router
from search import views as search_views

urlpatterns = [
    # For load balancers: no language prefix, never cached, no HTTPS redirect (production.py).
    path("healthz", health.healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Open data has no language prefix: lang= picks the language (contract.md).
    path("open-data/dialogues.json", open_data.dialogues_json, name="open_data_dialogues_json"),
    path("open-data/dialogues.ics", open_data.dialogues_ics, name="open_data_dialogues_ics"),
    path(
        "open-data/statistics.json",
        open_data_statistics.statistics_json,
        name="open_data_statistics_json",
    ),
    # For search engines and other systems: no language prefix (each lists every language).
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap.sitemap_section,
        {"sitemaps": sitemap.SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", sitemap.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("open-data/proposals.json", open_data.proposals_json, name="open_data_proposals_json"),
    path("open-data/proposals.csv", open_data.proposals_csv, name="open_data_proposals_csv"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or getattr(settings, "PORTAL_SERVE_MEDIA", False):
    # Media from the app itself: the demo, or one machine without a web server in front.
    from django.views.static import serve

    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("sok/", search_views.search, name="search"),
    # Made of interface strings, so it is there in every language without a page to translate.
    path("oppna-data/", open_data.open_data_page, name="open_data"),
    # Page routes named like files (a session's kalender.ics, kampanj/qr.svg, kampanj/dela.png):
    # Wagtail's own pattern only takes paths ending in a slash.
    re_path(
        r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|png|svg))$",
        wagtail_views.serve,
        name="wagtail_serve_file",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
