"""A small app on Python's standard library for the outbound-call tests and benchmarks: /quote sums two prices it
asks a price service for (a thread of this process, on another port) through urllib. The prices are cached after
the first request unless QUOTE_CACHE_OFF=1: two outbound calls a request that were none."""
import json
import os
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CACHE_OFF = os.environ.get("QUOTE_CACHE_OFF") == "1"
_cache = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, body):
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Prices(Handler):
    def do_GET(self):
        self.answer(b'{"price": 12}')


prices = ThreadingHTTPServer(("127.0.0.1", 0), Prices)
prices.daemon_threads = True
threading.Thread(target=prices.serve_forever, daemon=True).start()
upstream = "http://127.0.0.1:%d" % prices.server_address[1]


def price(i):
    if CACHE_OFF or i not in _cache:
        with urllib.request.urlopen(upstream + "/price/%d" % i) as r:
            _cache[i] = json.load(r)["price"]
    return _cache[i]


class App(Handler):
    def do_GET(self):
        self.answer(json.dumps({"total": price(1) + price(2)}).encode() if self.path == "/quote" else b"ok")


server = ThreadingHTTPServer(("127.0.0.1", int(os.environ["PORT"])), App)
server.daemon_threads = True
server.serve_forever()
