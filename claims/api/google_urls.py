"""Google Fact Check Tools API v1alpha1 paths (served at the site root, as Google serves them)."""

from django.urls import path, re_path

from claims.api import google, pages

urlpatterns = [
    path("v1alpha1/claims:search", google.ClaimsSearchView.as_view(), name="google-claims-search"),
    path("v1alpha1/pages", pages.PagesView.as_view(), name="google-pages-list"),
    re_path(r"^v1alpha1/pages/(?P<page_id>[0-9]+)$", google.PageDetailView.as_view(), name="google-pages-get"),
    # A partner's own pages (claims/api/pages.py).
    re_path(r"^v1alpha1/pages/partner-(?P<number>[0-9]{1,18})$", pages.PartnerPageView.as_view(), name="google-page"),
]
