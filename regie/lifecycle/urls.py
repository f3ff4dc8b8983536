from django.urls import path

from regie.lifecycle import views

app_name = "lifecycle"
urlpatterns = [
    path("incident-melden/", views.incident_report, name="incident_report"),
    path("incidenten/", views.incident_list, name="incident_list"),
    path("incidenten/<int:pk>/", views.incident_detail, name="incident_detail"),
    path("evaluaties/", views.evaluation_list, name="evaluation_list"),
    path("evaluaties/beleid/", views.policy_evaluation, name="policy_evaluation"),
    path("evaluaties/<slug:slug>/nieuw/", views.evaluation_create, name="evaluation_create"),
    path("ai-geletterdheid/", views.literacy_overview, name="literacy"),
    path("ai-geletterdheid/trainingen/nieuw/", views.training_create, name="training_create"),
    path("ai-geletterdheid/registreren/", views.training_record, name="training_record"),
    path("ai-geletterdheid/bewijs/<int:pk>/", views.training_evidence, name="evidence"),
    path("ai-geletterdheid/toepassingen/<slug:slug>/", views.application_operators,
         name="operators"),
    path("ai-geletterdheid/toepassingen/<slug:slug>/mijzelf/", views.name_self,
         name="name_self"),
    path("gedragsregels/", views.rules, name="rules"),
    path("gedragsregels/bevestigen/", views.rules_acknowledge, name="rules_acknowledge"),
]
