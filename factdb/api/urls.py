"""Everything the partner API serves: /api/v1/, the schema and docs, and Google's v1alpha1 paths."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from factdb.api.root import APIRootView

urlpatterns = [
    path("api/v1/", APIRootView.as_view(), name="api-root"),
    path("api/v1/", include("claims.api.urls")),
    path("api/v1/", include("sources.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("claims.api.google_urls")),
]
