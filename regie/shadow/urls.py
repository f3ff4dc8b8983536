from django.urls import path

from regie.shadow import views

app_name = "shadow"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("inlezen/", views.import_log, name="import"),
    path("personen/<int:pk>/onthullen/", views.reveal, name="reveal"),
]
