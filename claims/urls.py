"""The claims app's pages outside the partner API: the admin's two import pages and the public fact-check page."""

from django.contrib import admin
from django.urls import path

from claims.bulk.admin_views import import_data_view
from claims.desk import desk_view
from claims.ingest.admin_views import import_article
from claims.tips import tip_form
from claims.views import fact_check_page

urlpatterns = [
    # Mounted before admin.site.urls (which would answer 404 for them).
    path("admin/", admin.site.admin_view(desk_view), name="desk"),  # the admin's front page
    path("admin/claims/import-article/", admin.site.admin_view(import_article), name="claims-import-article"),
    path("admin/claims/import-data/", admin.site.admin_view(import_data_view), name="claims-import-data"),
    path("fact-checks/<int:pk>/", fact_check_page, name="fact-check-page"),  # FACTDB_FACT_CHECK_URL
    path("tips/", tip_form, name="tip-form"),  # readers' tips (claims/tips.py)
]
