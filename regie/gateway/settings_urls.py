from django.urls import path

from regie.gateway import settings_views

app_name = "gateway_settings"
urlpatterns = [
    path("", settings_views.settings_list, name="list"),
    path("<slug:slug>/", settings_views.settings_edit, name="edit"),
]
