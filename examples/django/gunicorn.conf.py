# gunicorn's settings for the example shop. Loopback only: gunicorn binds 0.0.0.0 when PORT is set and no bind is.
import os

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# sync (gunicorn's default: every response closes its connection) or gthread (keep-alive).
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "4")) if worker_class == "gthread" else 1
accesslog = None
