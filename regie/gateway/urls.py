from django.urls import path

from regie.gateway import views

app_name = "gateway"
urlpatterns = [
    path("sleutels/", views.key_list, name="key_list"),
    path("sleutels/<int:pk>/intrekken/", views.revoke, name="revoke"),
    path("toepassingen/<slug:slug>/sleutels/", views.application_keys, name="application_keys"),
    path("budgetten/", views.budgets, name="budgets"),
    path("budgetten/<int:pk>/verwijderen/", views.delete_budget, name="delete_budget"),
    path("mijn-gebruik/", views.my_usage, name="my_usage"),
    path("afdelingen/", views.department_usage, name="department_usage"),
]
