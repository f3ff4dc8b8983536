"""Mounted at the site root: the public page under /openbaar/, the rest under /publicatie/."""

from django.urls import path

from regie.publication import views

app_name = "publication"
urlpatterns = [
    path("openbaar/<slug:organization_slug>/", views.public_page, name="public_page"),
    path("publicatie/dashboard/", views.dashboard, name="dashboard"),
    path("publicatie/dashboard/jaarverslag.pdf", views.yearly_report, name="yearly_report"),
    path("publicatie/export/", views.exports, name="exports"),
    path(
        "publicatie/export/algoritmeregister.json",
        views.export_algoritmeregister,
        name="export_algoritmeregister",
    ),
    path("publicatie/export/cmdb.<str:fmt>", views.export_cmdb, name="export_cmdb"),
    path("publicatie/toepassing/<slug:slug>/", views.publication_detail, name="publication_detail"),
    path(
        "publicatie/toepassing/<slug:slug>/<str:action>/",
        views.publication_action,
        name="publication_action",
    ),
    path("publicatie/toepassing/<slug:slug>/cmdb.csv", views.export_application_cmdb,
         name="application_cmdb"),
    path("publicatie/rapport/<slug:slug>.pdf", views.application_report, name="application_report"),
]
