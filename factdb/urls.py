from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from factdb.health import healthz

admin.site.site_header = "factdb"
admin.site.site_title = "factdb"
admin.site.index_title = "Newsroom desk"
admin.site.site_url = None  # "/" is the admin itself: a "View site" link would only loop back here

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("healthz", healthz, name="healthz"),  # load balancers (docs/operations.md)
    path("", include("claims.urls")),  # Import article, Import data (under /admin/claims/), /fact-checks/<id>/
    path("admin/", admin.site.urls),
    path("", include("factdb.api.urls")),  # partner API: /api/v1/, /api/schema/, /api/docs/, /v1alpha1/
]

# JSON errors under /api/ and /v1alpha1/; Django's pages elsewhere.
handler400 = "factdb.api.errors.json_400"
handler404 = "factdb.api.errors.json_404"
handler500 = "factdb.api.errors.json_500"
