"""The shop's API. Switches make the regressions perf-gate has to catch, on demand:
SHOP_N_PLUS_ONE=1   the order list reads each order's customer with a statement of its own (2 -> 101 statements)
SHOP_SLOW_MS=N      every API view sleeps N ms more
"""
import os
import time

from django.http import HttpResponse, JsonResponse

from .models import Customer, Order

N_PLUS_ONE = os.environ.get("SHOP_N_PLUS_ONE") == "1"
SLOW_S = float(os.environ.get("SHOP_SLOW_MS", "0")) / 1000
PAGE = 100


def slow():
    if SLOW_S:
        time.sleep(SLOW_S)


def health(request):
    return HttpResponse("ok")


def orders(request):
    slow()
    page = Order.objects.order_by("-created")[:PAGE]
    if not N_PLUS_ONE:
        page = page.prefetch_related("customer")
    rows = [
        {"id": o.id, "customer": o.customer.name, "total": o.total_cents / 100, "created": o.created.isoformat()}
        for o in page
    ]
    return JsonResponse({"orders": rows})


def order_detail(request, order_id):
    slow()
    o = Order.objects.select_related("customer").filter(id=order_id).first()
    if o is None:
        return JsonResponse({"error": "no such order"}, status=404)
    return JsonResponse({"id": o.id, "customer": o.customer.name, "total": o.total_cents / 100})


def customer_total(request, customer_id):
    slow()
    totals = Order.objects.filter(customer_id=customer_id).values_list("total_cents", flat=True)
    return JsonResponse({"customer": customer_id, "total": sum(totals) / 100, "orders": len(totals)})
