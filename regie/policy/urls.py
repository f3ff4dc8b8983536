from django.urls import path

from regie.policy import views

app_name = "policy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("toegestane-tools/", views.tools, name="tools"),
    path("bron/", views.source, name="source"),
    path("toepassing/<slug:slug>/", views.application_policy, name="application"),
    path("laden/", views.upload, name="upload"),
    path("versies/<int:pk>/", views.version_detail, name="version"),
    path("herbeoordelen/", views.reevaluate, name="reevaluate"),
]
