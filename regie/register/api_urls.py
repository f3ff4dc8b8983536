from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from regie.register import api

router = DefaultRouter(trailing_slash=True)
router.register("applications", api.ApplicationViewSet, basename="application")
router.register("models", api.AIModelViewSet, basename="aimodel")
router.register("suppliers", api.SupplierViewSet, basename="supplier")

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # the split view serves its start-up script as a file: no inline script, no CDN
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]
