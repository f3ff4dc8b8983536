from django.urls import path

from regie.woo import views

app_name = "woo"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="request"),
    path("<int:pk>/selecteren/", views.select, name="select"),
    path("<int:pk>/weglakkingen/<int:redaction_pk>/", views.review, name="review"),
    path("<int:pk>/documenten/<int:number>/weglakken/", views.add_passage, name="add_passage"),
    path("<int:pk>/documenten/<int:number>/niet-openbaar/", views.withhold, name="withhold"),
    path("<int:pk>/export/", views.export, name="export"),
]
