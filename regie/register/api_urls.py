from django.urls import include, path
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from csp.decorators import csp_update

from regie.register import api

router = DefaultRouter(trailing_slash=True)
router.register("applications", api.ApplicationViewSet, basename="application")
router.register("models", api.AIModelViewSet, basename="aimodel")
router.register("suppliers", api.SupplierViewSet, basename="supplier")

# Swagger UI comes from its distribution site: the one page whose policy allows that origin.
# The split view loads its own start-up script as a file, not inline.
_swagger_origin = "/".join(spectacular_settings.SWAGGER_UI_DIST.split("/")[:3])
api_docs = csp_update({"script-src": [_swagger_origin], "style-src": [_swagger_origin],
                       "img-src": [_swagger_origin]})(
    SpectacularSwaggerSplitView.as_view(url_name="api-schema"))

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", api_docs, name="api-docs"),
]
