from rest_framework.routers import SimpleRouter

from sources.api import views

router = SimpleRouter()
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("sources", views.SourceViewSet, basename="source")
router.register("outlets", views.OutletViewSet, basename="outlet")

urlpatterns = router.urls
