from django.urls import path
from rest_framework.routers import SimpleRouter

from claims.api import views

router = SimpleRouter()
router.register("claims", views.ClaimViewSet)
router.register("fact-checks", views.FactCheckViewSet)
router.register("claimreview", views.ClaimReviewFeedViewSet, basename="claimreview")
router.register("ratings", views.RatingScaleViewSet)
router.register("topics", views.TopicViewSet)
router.register("corrections", views.CorrectionViewSet)

urlpatterns = router.urls + [
    path("tombstones/", views.TombstoneView.as_view(), name="tombstone-list"),
    path("check/", views.CheckView.as_view(), name="check"),
]
