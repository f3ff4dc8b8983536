from django.urls import path

from regie.workflow import api

urlpatterns = [
    path("applications/<slug:slug>/procedure/", api.ProcedureView.as_view(),
         name="api-procedure"),
    path("applications/<slug:slug>/transitions/", api.TransitionView.as_view(),
         name="api-transitions"),
]
