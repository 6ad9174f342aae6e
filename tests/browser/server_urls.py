"""The portal's URLs, plus what only the browser tests' server needs: media files, and an
address that fails on purpose so the 500 page can be checked like any other page."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import path, re_path
from django.views.static import serve

from portal.urls import urlpatterns as portal_urlpatterns

ERROR_PATH = "__server-error__/"


def fail(request):
    raise RuntimeError("A deliberate error: the browser tests check the 500 page.")


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *i18n_patterns(path(ERROR_PATH, fail), prefix_default_language=True),
    *portal_urlpatterns,
]
