from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claims.bulk.admin_views import import_data_view
from claims.ingest.admin_views import import_article
from claims.views import fact_check_page
from factdb.health import healthz

admin.site.site_header = "factdb"
admin.site.site_title = "factdb"
admin.site.index_title = "Newsroom desk"

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("healthz", healthz, name="healthz"),  # load balancers (docs/operations.md)
    # Article import (claims/ingest/admin_views.py): before admin.site.urls, which would 404 it.
    path("admin/claims/import-article/", admin.site.admin_view(import_article), name="claims-import-article"),
    # Bulk import (claims/bulk/admin_views.py), likewise before admin.site.urls.
    path("admin/claims/import-data/", admin.site.admin_view(import_data_view), name="claims-import-data"),
    path("admin/", admin.site.urls),
    path("fact-checks/<int:pk>/", fact_check_page, name="fact-check-page"),  # FACTDB_FACT_CHECK_URL
    path("", include("factdb.api.urls")),  # partner API: /api/v1/, /api/schema/, /api/docs/, /v1alpha1/
]

# JSON errors under /api/ and /v1alpha1/; Django's pages elsewhere.
handler400 = "factdb.api.errors.json_400"
handler404 = "factdb.api.errors.json_404"
handler500 = "factdb.api.errors.json_500"
