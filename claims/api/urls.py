from django.urls import path
from rest_framework.routers import SimpleRouter

from claims.api import tips, views

router = SimpleRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("fact-checks", views.FactCheckViewSet, basename="factcheck")
router.register("claimreview", views.ClaimReviewFeedViewSet, basename="claimreview")
router.register("ratings", views.RatingScaleViewSet, basename="ratingscale")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("corrections", views.CorrectionViewSet, basename="correction")

urlpatterns = router.urls + [
    path("tombstones/", views.TombstoneView.as_view(), name="tombstone-list"),
    path("check/", views.CheckView.as_view(), name="check"),
    path("tips/", tips.TipsView.as_view(), name="tips"),
]
