from rest_framework.routers import SimpleRouter

from sources.api import views

router = SimpleRouter()
router.register("speakers", views.SpeakerViewSet)
router.register("sources", views.SourceViewSet)
router.register("outlets", views.OutletViewSet)

urlpatterns = router.urls
