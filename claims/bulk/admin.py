"""Admin for other newsrooms' verdicts (read-only: they come from ClaimReview imports)."""

from django.contrib import admin

from claims.models import ExternalReview
from factdb.adminkit import FastAdmin


@admin.register(ExternalReview)
class ExternalReviewAdmin(FastAdmin):
    list_display = ["publisher_name", "textual_rating", "category", "reviewed_on", "claim"]
    list_filter = ["category", "publisher_name", "language"]
    list_select_related = ["claim"]
    search_fields = ["url", "publisher_name", "textual_rating", "headline"]
    date_hierarchy = "reviewed_on"
    raw_id_fields = ["claim"]
    readonly_fields = [field.name for field in ExternalReview._meta.fields]

    def has_add_permission(self, request):
        return False  # created by imports only (Import data page or manage.py import_data)

    def has_change_permission(self, request, obj=None):
        return False
