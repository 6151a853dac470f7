"""The shop's API. Switches make the regressions perf-gate has to catch, on demand:
SHOP_N_PLUS_ONE=1    the order list reads each order's customer with a statement of its own (2 -> 101 statements)
SHOP_EXTRA_QUERY=1   the customer view runs one statement more (3 -> 4)
SHOP_NO_INDEX=1      orders.created has no index (the seed command drops it): the recent orders scan and sort
SHOP_CACHE_OFF=1     order summaries skip their cache: one call to the model service a request instead of none
SHOP_SLOW_MS=N       every API view sleeps N ms more
SHOP_KEEP_ORDERS=1   the order view keeps every order it serves (a leak)
SHOP_HEAVY_BUNDLE=1  the home page's script grows from ~20 KB to ~400 KB and renders every row it carries
"""
import json
import os
import time
import urllib.request

from django.core import signing
from django.http import HttpResponse, JsonResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest, multiprocess

from .models import Customer, Order
from .work import CACHE_LOOKUPS, MODEL_REQUESTS, MODEL_SECONDS

N_PLUS_ONE = os.environ.get("SHOP_N_PLUS_ONE") == "1"
EXTRA_QUERY = os.environ.get("SHOP_EXTRA_QUERY") == "1"
CACHE_OFF = os.environ.get("SHOP_CACHE_OFF") == "1"
SLOW_S = float(os.environ.get("SHOP_SLOW_MS", "0")) / 1000
# A leak to find: every order the detail view loads is kept for good (a per-process "recently served" list).
KEEP_ORDERS = os.environ.get("SHOP_KEEP_ORDERS") == "1"
HEAVY_BUNDLE = os.environ.get("SHOP_HEAVY_BUNDLE") == "1"
PAGE = 100

_summaries = {}
_served = []


def slow():
    if SLOW_S:
        time.sleep(SLOW_S)


def health(request):
    return HttpResponse("ok")


def metrics(request):
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        from prometheus_client import REGISTRY as registry
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


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


def recent(request):
    """The ten newest orders' ids: an index scan on orders.created, a scan and sort of every order without it."""
    slow()
    return JsonResponse({"recent": list(Order.objects.order_by("-created").values_list("id", flat=True)[:10])})


def order_detail(request, order_id):
    slow()
    o = Order.objects.select_related("customer").filter(id=order_id).first()
    if o is None:
        return JsonResponse({"error": "no such order"}, status=404)
    if KEEP_ORDERS:
        _served.append(o)
    return JsonResponse({"id": o.id, "customer": o.customer.name, "total": o.total_cents / 100})


def customer_total(request, customer_id):
    slow()
    totals = Order.objects.filter(customer_id=customer_id).values_list("total_cents", flat=True)
    return JsonResponse({"customer": customer_id, "total": sum(totals) / 100, "orders": len(totals)})


def customer(request, customer_id):
    """Three statements: the customer, their order count, their latest order (and a fourth with SHOP_EXTRA_QUERY)."""
    slow()
    c = Customer.objects.filter(id=customer_id).first()
    if c is None:
        return JsonResponse({"error": "no such customer"}, status=404)
    mine = Order.objects.filter(customer_id=customer_id)
    body = {"id": c.id, "name": c.name, "orders": mine.count()}
    latest = mine.order_by("-created").values_list("id", flat=True).first()
    body["latest"] = latest
    if EXTRA_QUERY:
        body["largest"] = mine.order_by("-total_cents").values_list("total_cents", flat=True).first()
    return JsonResponse(body)


def order_summary(request, order_id):
    """A summary written by the model service (slow), cached per order unless SHOP_CACHE_OFF."""
    slow()
    cached = not CACHE_OFF and order_id in _summaries
    CACHE_LOOKUPS.labels(result="hit" if cached else "miss").inc()
    MODEL_REQUESTS.labels(cached=str(cached).lower()).inc()
    if not cached:
        o = Order.objects.filter(id=order_id).values("id", "total_cents").first()
        if o is None:
            return JsonResponse({"error": "no such order"}, status=404)
        with MODEL_SECONDS.time():
            with urllib.request.urlopen(f"{os.environ['SHOP_MODEL_URL']}/summarize?total={o['total_cents']}", timeout=10) as r:
                _summaries[order_id] = json.load(r)["summary"]
    return JsonResponse({"id": order_id, "summary": _summaries[order_id]})


HOME = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shop</title><meta name="description" content="The example shop's orders">
<style>body{font:16px/1.4 system-ui,sans-serif;margin:2rem}h1{font-size:1.6rem}</style></head>
<body><h1>Recent orders</h1><p>The shop's newest orders, rendered by its script.</p><main id="orders"></main>
<script src="/static/app.js" defer></script></body></html>
"""


def home(request):
    return HttpResponse(HOME)


def _bundle():
    # A vendor library's worth of code to parse (~20 KB, ~400 KB heavy), then the rows it renders.
    rows = 40 if not HEAVY_BUNDLE else 4000
    data = ",".join(f'{{id:{i},name:"customer {i}",total:{(i * 37) % 1000}.{i % 100:02d}}}' for i in range(rows))
    helpers = "".join(f"function h{i}(x){{return (x*{i}+{i % 7})%{i + 3};}}\n" for i in range(600 if not HEAVY_BUNDLE else 9000))
    render = """
const root=document.getElementById('orders');
for(const o of DATA){const d=document.createElement('div');d.textContent=o.name+': '+o.total+' ('+h1(o.id)+')';root.appendChild(d);}
"""
    return f"const DATA=[{data}];\n{helpers}{render}"


_bundle_text = None


def bundle(request):
    global _bundle_text
    if _bundle_text is None:
        _bundle_text = _bundle()
    return HttpResponse(_bundle_text, content_type="application/javascript")


def token(request):
    """POST {"customer": id}: a signed token for that customer (one statement). A journey logs in here first."""
    if request.method != "POST":
        return JsonResponse({"error": "POST a customer"}, status=405)
    try:
        customer_id = int(json.loads(request.body or b"{}").get("customer"))
    except (TypeError, ValueError):
        return JsonResponse({"error": "expected {\"customer\": id}"}, status=400)
    if not Customer.objects.filter(id=customer_id).exists():
        return JsonResponse({"error": "no such customer"}, status=404)
    return JsonResponse({"token": signing.dumps(customer_id, salt="shop-token")})


def my_orders(request):
    """The signed-in customer's newest orders (Authorization: Bearer <token from /api/token>): one statement."""
    slow()
    auth = request.headers.get("Authorization", "")
    try:
        customer_id = signing.loads(auth.removeprefix("Bearer "), salt="shop-token")
    except signing.BadSignature:
        return JsonResponse({"error": "sign in at /api/token"}, status=401)
    rows = Order.objects.filter(customer_id=customer_id).order_by("-created").values("id", "total_cents")[:20]
    return JsonResponse({"orders": [{"id": r["id"], "total": r["total_cents"] / 100} for r in rows]})
