from django.urls import path

from regie.aiact import views

app_name = "aiact"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("toepassing/<slug:slug>/", views.application, name="application"),
    path("toepassing/<slug:slug>/eu-databank.json", views.eu_database, name="eu_database"),
    path("toepassing/<slug:slug>/registratie/", views.registration, name="registration"),
    path("toepassing/<slug:slug>/directiebesluit/", views.directie_decision,
         name="directie_decision"),
    path("incidenten/<int:pk>/", views.serious_incident, name="serious_incident"),
    path("wijzigingen/<int:pk>/", views.change, name="change"),
]
