from django.urls import path

from regie.archive import views

app_name = "archive"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("vernietigingslijsten/<int:pk>/", views.decide, name="decide"),
    path("bewaarplicht/", views.hold, name="hold"),
    path("bewaarplicht/<int:pk>/opheffen/", views.release, name="release"),
]
