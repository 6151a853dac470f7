# gunicorn's settings for the example shop. Loopback only: gunicorn binds 0.0.0.0 when PORT is set and no bind is.
import os
import shutil
import tempfile

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# sync (gunicorn's default: every response closes its connection) or gthread (keep-alive).
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "4")) if worker_class == "gthread" else 1
accesslog = None

# /metrics sums every worker's counters from files in this folder (prometheus_client's multiprocess mode); a fresh
# one each start, so counters start at zero with the app.
_metrics_dir = tempfile.mkdtemp(prefix="shop-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _metrics_dir


def on_starting(server):
    # The slow model service lives in the master; the workers it forks read its URL.
    if "SHOP_MODEL_URL" not in os.environ:
        import model_service

        os.environ["SHOP_MODEL_URL"] = model_service.start()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    shutil.rmtree(_metrics_dir, ignore_errors=True)
