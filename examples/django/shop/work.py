"""The shop's own counters, the way django-prometheus counts them: database statements by connection alias, and
calls to the model service, cached or not. gunicorn runs several worker processes: prometheus_client's
multiprocess mode (PROMETHEUS_MULTIPROC_DIR, set by gunicorn.conf.py) sums them in /metrics."""
from django.db.backends.signals import connection_created
from prometheus_client import Counter, Histogram

DB_EXECUTE = Counter("django_db_execute_total", "Statements executed", ["alias", "vendor"])
MODEL_REQUESTS = Counter("model_requests_total", "Summaries asked of the model service", ["cached"])
CACHE_LOOKUPS = Counter("summary_cache_lookups_total", "Lookups of the order summary cache", ["result"])
MODEL_SECONDS = Histogram("model_request_seconds", "Time of calls to the model service")


def _count_statements(execute, sql, params, many, context):
    connection = context["connection"]
    DB_EXECUTE.labels(alias=connection.alias, vendor=connection.vendor).inc()
    return execute(sql, params, many, context)


def _on_connection(sender, connection, **kwargs):
    if _count_statements not in connection.execute_wrappers:
        connection.execute_wrappers.append(_count_statements)


connection_created.connect(_on_connection)
