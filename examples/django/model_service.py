"""A slow model service on loopback: answers /summarize after SHOP_MODEL_MS (default 20) ms, as a hosted model
would. gunicorn.conf.py starts it in gunicorn's master process and gives the workers its URL (SHOP_MODEL_URL)."""
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        delay = float(os.environ.get("SHOP_MODEL_MS", "20")) / 1000
        time.sleep(delay)
        total = parse_qs(urlparse(self.path).query).get("total", ["0"])[0]
        body = json.dumps({"summary": f"An order of {int(total) / 100:.2f}."}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start():
    """Starts the service on a free loopback port in a thread; returns its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"
