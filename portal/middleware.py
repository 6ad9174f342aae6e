"""Security headers on every response."""

from django.conf import settings

# Pages work without JavaScript; scripts may only come from this site, never inline.
PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# Wagtail's admin uses inline styles and scripts of its own; it is only for logged-in staff.
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Permissions-Policy and friends (Django sets the rest).

    Public pages may not be framed at all (X_FRAME_OPTIONS is DENY, CSP frame-ancestors 'none');
    the admin may frame itself, for its page previews.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(ADMIN_PREFIXES)
        response.headers.setdefault(
            "Content-Security-Policy", ADMIN_POLICY if is_admin else PUBLIC_POLICY
        )
        if is_admin:
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        else:
            # Also on answers that never reached XFrameOptionsMiddleware (a bad Host's 400).
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response
