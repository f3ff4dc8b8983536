from django.urls import path

from regie.workflow import views

app_name = "workflow"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("toepassingen/", views.application_list, name="list"),
    path("aanmelden/", views.intake, name="intake"),
    path("hergebruik/", views.reuse, name="reuse"),
    path("besluiten/<int:pk>/", views.record, name="record"),
    path("voorwaarden/<int:pk>/voldaan/", views.condition_met, name="condition_met"),
    path("bewijs/<int:pk>/", views.evidence_file, name="evidence_file"),
    path("<slug:slug>/", views.application_page, name="application"),
    path("<slug:slug>/status/", views.transition, name="transition"),
    path("<slug:slug>/advies/", views.advice, name="advice"),
    path("<slug:slug>/advies/intrekken/", views.advice_withdraw, name="advice_withdraw"),
    path("<slug:slug>/besluit/", views.decision, name="decision"),
    path("<slug:slug>/checklist/<slug:item>/", views.checklist_evidence, name="evidence"),
]
