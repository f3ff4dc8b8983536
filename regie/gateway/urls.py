from django.urls import path

from regie.gateway import views

app_name = "gateway"
urlpatterns = [
    path("sleutels/", views.key_list, name="key_list"),
    path("sleutels/<int:pk>/intrekken/", views.revoke, name="revoke"),
    path("toepassingen/<slug:slug>/sleutels/", views.application_keys, name="application_keys"),
]
