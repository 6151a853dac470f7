# The Python corpus as a plain WSGI app (gunicorn): GET /<route> answers what the shape returns, as JSON; /health ok.
# CORPUS_HEAD=1 is the head. The work is sized so that head spends about a millisecond more a request.
import json
import os
import re

HEAD = os.environ.get("CORPUS_HEAD") == "1"

INVOICES = [
    {"id": i, "customer": f"c{i % 40}", "lines": [{"sku": f"sku-{(i * 3 + j) % 60}", "qty": j % 5 + 1, "price": (i * 7 + j) % 97 + 0.5} for j in range(12)]}
    for i in range(300)
]


def row_total(row):
    t = 0.0
    for line in row["lines"]:
        t += round(line["qty"] * line["price"] * 1.2, 2)
    return t


def totals():
    # A helper called for each row.
    rows = INVOICES[:240]
    return {"totals": [row_total(r) for r in rows] if HEAD else [len(r["lines"]) for r in rows]}


def lines():
    # A list comprehension that grew.
    if HEAD:
        out = [round(line["qty"] * line["price"] * 1.2 + len(line["sku"]) ** 0.5, 2) for r in INVOICES[:240] for line in r["lines"]]
    else:
        out = [r["id"] for r in INVOICES[:60]]
    return {"n": len(out)}


def render_export(rows):
    return json.dumps({"rows": rows})


def export():
    # A larger payload through json.dumps.
    return {"bytes": len(render_export(INVOICES[:240] if HEAD else INVOICES[:2]))}


TITLE = "ab" * 13 + "!"
BACKTRACKS = re.compile(r"^(a|ab|b)+$")
PLAIN = re.compile(r"^[ab]+$")


def valid_title(title):
    return (BACKTRACKS if HEAD else PLAIN).match(title) is not None


def titles():
    # A regular expression that backtracks.
    return {"ok": valid_title(TITLE)}


def sort_key(row):
    if not HEAD:
        return row["id"]
    value = 0.0
    for line in row["lines"]:
        value += round(line["qty"] * line["price"] * 1.07, 2) + len(line["sku"]) ** 0.5
    return (value, row["customer"])


def ranking():
    # sorted() with a costlier key.
    return {"first": sorted(INVOICES, key=sort_key)[0]["id"]}


# Each route: what the why must name first (a regular expression over its first line).
EXPECTED = {
    "totals": r"^`row_total` ",
    "lines": r"^`<listcomp>` ",
    "export": r" from `render_export` ",
    "titles": r"^`valid_title` ",
    "ranking": r"^`sort_key` ",
}

ROUTES = {"totals": totals, "lines": lines, "export": export, "titles": titles, "ranking": ranking}


def app(environ, start_response):
    name = environ.get("PATH_INFO", "/").strip("/")
    route = ROUTES.get(name)
    if route is None and name != "health":
        start_response("404 Not Found", [("content-type", "text/plain")])
        return [b""]
    body = json.dumps(route() if route else {"ok": True}).encode()
    start_response("200 OK", [("content-type", "application/json"), ("content-length", str(len(body)))])
    return [body]
