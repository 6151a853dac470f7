"""A small app on Python's standard library for the outbound-call tests and benchmarks: /quote sums two prices it
asks a price service for (a thread of this process, on another port) through urllib (httpx with QUOTE_CLIENT=httpx,
imported after start-up as an app would). The prices are cached after
the first request unless QUOTE_CACHE_OFF=1: two outbound calls a request that were none. With QUOTE_REDIS_URL the cache
is Redis (a GET per price, a SET after a miss, through a few lines of RESP); QUOTE_CACHE_OFF=1 then reads keys under
a new prefix and never fills them: every GET a miss."""
import json
import os
import socket
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CACHE_OFF = os.environ.get("QUOTE_CACHE_OFF") == "1"
_cache = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body go out in two writes: without this, Nagle holds the body for the client's delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

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


REDIS = os.environ.get("QUOTE_REDIS_URL")
_local = threading.local()


def redis(*args):
    """One command on this thread's connection; the reply's value (None for a nil bulk string)."""
    if getattr(_local, "conn", None) is None:
        u = urllib.parse.urlparse(REDIS)
        _local.conn = socket.create_connection((u.hostname, u.port or 6379))
        _local.conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        _local.file = _local.conn.makefile("rb")
        if u.password:
            _local.conn.sendall(b"*2\r\n$4\r\nAUTH\r\n$%d\r\n%s\r\n" % (len(u.password), u.password.encode()))
            _local.file.readline()
    parts = [str(a).encode() for a in args]
    _local.conn.sendall(b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts))
    line = _local.file.readline()
    if line.startswith(b"$"):
        n = int(line[1:])
        return None if n < 0 else _local.file.read(n + 2)[:-2].decode()
    return line[1:].strip().decode()


if os.environ.get("QUOTE_CLIENT") == "httpx":
    import httpx

    _client = httpx.Client()

    def fetch(i):
        return _client.get(upstream + "/price/%d" % i).json()["price"]

else:

    def fetch(i):
        with urllib.request.urlopen(upstream + "/price/%d" % i) as r:
            return json.load(r)["price"]


def price(i):
    if REDIS:
        # The head reads keys under a new prefix and never writes them: every GET a miss, whatever the base left.
        cached = redis("GET", ("v2:price:%d" if CACHE_OFF else "price:%d") % i)
        if cached is not None:
            return int(cached)
        value = fetch(i)
        if not CACHE_OFF:
            redis("SET", "price:%d" % i, value)
        return value
    if CACHE_OFF or i not in _cache:
        _cache[i] = fetch(i)
    return _cache[i]


class App(Handler):
    def do_GET(self):
        self.answer(json.dumps({"total": price(1) + price(2)}).encode() if self.path == "/quote" else b"ok")


server = ThreadingHTTPServer(("127.0.0.1", int(os.environ["PORT"])), App)
server.daemon_threads = True
server.serve_forever()
