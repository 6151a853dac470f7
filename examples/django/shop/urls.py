from django.urls import path

from . import views

urlpatterns = [
    path("", views.home),
    path("static/app.js", views.bundle),
    path("health", views.health),
    path("metrics", views.metrics),
    path("api/token", views.token),
    path("api/my/orders", views.my_orders),
    path("api/orders", views.orders),
    path("api/orders/recent", views.recent),
    path("api/orders/<int:order_id>", views.order_detail),
    path("api/orders/<int:order_id>/summary", views.order_summary),
    path("api/customers/<int:customer_id>", views.customer),
    path("api/customers/<int:customer_id>/total", views.customer_total),
]
