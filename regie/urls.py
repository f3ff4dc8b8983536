"""Top-level routes. Each app owns its own `urls.py`; this file only mounts them."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("regie.core.urls")),
    path("register/", include("regie.register.urls")),
    path("procedure/", include("regie.workflow.urls")),
    path("instrumenten/", include("regie.instruments.urls")),
    path("beleid/", include("regie.policy.urls")),
    path("beheer-na-besluit/", include("regie.lifecycle.urls")),
    path("ai-verordening/", include("regie.aiact.urls")),
    path("gateway/", include("regie.gateway.urls")),
    path("schaduw-ai/", include("regie.shadow.urls")),
    path("woo/", include("regie.woo.urls")),
    path("archief/", include("regie.archive.urls")),
    path("api/v1/", include("regie.register.api_urls")),
    path("gateway-instellingen/", include("regie.gateway.settings_urls")),
    path("api/v1/", include("regie.workflow.api_urls")),
    path("", include("regie.publication.urls")),
    path("beheer/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler403 = "regie.core.views.forbidden"
handler404 = "regie.core.views.not_found"
handler500 = "regie.core.views.server_error"

if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

