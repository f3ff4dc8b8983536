from django.urls import path

from regie.instruments import views

app_name = "instruments"
urlpatterns = [
    path("", views.index, name="index"),
    path("beheer/versies/", views.versions, name="versions"),
    path("<slug:slug>/", views.overview, name="overview"),
    path("<slug:slug>/beslishulp/", views.decision_tree, name="decision_tree"),
    path("<slug:slug>/vragenlijst/<str:key>/", views.questionnaire, name="questionnaire"),
    path(
        "<slug:slug>/vragenlijst/<str:key>/export.json",
        views.questionnaire_export,
        name="questionnaire_export",
    ),
    path("<slug:slug>/maatregelen/", views.measures, name="measures"),
    path("<slug:slug>/maatregelen/bewijs/<int:pk>/", views.evidence, name="evidence"),
]
