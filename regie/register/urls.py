from django.urls import path

from regie.register import agreement_views, people_views, views

app_name = "register"
urlpatterns = [
    path("toepassingen/", views.application_list, name="application_list"),
    # outside toepassingen/<slug>/ so that no application slug can shadow it
    path("nieuwe-toepassing/", views.application_create, name="application_create"),
    path("toepassingen/<slug:slug>/", views.application_detail, name="application_detail"),
    path("toepassingen/<slug:slug>/wijzigen/", views.application_edit, name="application_edit"),
    path("gebruikers/", people_views.person_list, name="person_list"),
    path("gebruikers/<int:pk>/", people_views.person_detail, name="person_detail"),
]
for kind, segment in (("model", "modellen"), ("supplier", "leveranciers")):
    urlpatterns += [
        path(f"{segment}/", views.catalogue_list, {"kind": kind}, name=f"{kind}_list"),
        path(f"{segment}/nieuw/", views.catalogue_create, {"kind": kind},
             name=f"{kind}_create"),
        path(f"{segment}/<int:pk>/", views.catalogue_detail, {"kind": kind},
             name=f"{kind}_detail"),
        path(f"{segment}/<int:pk>/wijzigen/", views.catalogue_edit, {"kind": kind},
             name=f"{kind}_edit"),
    ]
urlpatterns += [
    path("modellen/<int:pk>/endpoints/", views.model_endpoint_add, name="model_endpoint_add"),
    path("modellen/<int:pk>/endpoints/<int:endpoint_pk>/verwijderen/",
         views.model_endpoint_remove, name="model_endpoint_remove"),
    path("leveranciers/<int:pk>/overeenkomsten/", agreement_views.record,
         name="supplier_agreement_record"),
    path("overeenkomsten/<int:pk>/", agreement_views.document, name="supplier_agreement"),
    path("overeenkomsten/<int:pk>/intrekken/", agreement_views.withdraw,
         name="supplier_agreement_withdraw"),
]
