"""Fills an empty shop: 200 customers and 5,000 orders, the same every time. Then makes orders.created indexed,
or not with SHOP_NO_INDEX=1 (the missing index perf-gate has to catch)."""
import os
import random
from datetime import datetime, timedelta, timezone

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from shop.models import Customer, Order


class Command(BaseCommand):
    help = "Seed the shop with customers and orders (does nothing when orders exist)"

    def handle(self, *args, **options):
        self.seed()
        with connection.cursor() as cursor:
            if os.environ.get("SHOP_NO_INDEX") == "1":
                # MySQL and MariaDB name the table an index is dropped from.
                on = " ON shop_order" if connection.vendor == "mysql" else ""
                cursor.execute("DROP INDEX IF EXISTS shop_order_created_idx" + on)
            else:
                cursor.execute("CREATE INDEX IF NOT EXISTS shop_order_created_idx ON shop_order (created)")

    def seed(self):
        if Order.objects.exists():
            self.stdout.write("already seeded")
            return
        rng = random.Random(7)
        start = datetime(2026, 1, 1, tzinfo=timezone.utc)
        with transaction.atomic():
            Customer.objects.bulk_create(
                Customer(name=f"Customer {i}", email=f"c{i}@example.test") for i in range(200)
            )
            # Read back: not every database returns the new rows' ids from a bulk insert.
            customers = list(Customer.objects.order_by("id"))
            Order.objects.bulk_create(
                Order(
                    customer=rng.choice(customers),
                    total_cents=rng.randint(100, 50_000),
                    created=start + timedelta(minutes=i),
                )
                for i in range(5_000)
            )
        self.stdout.write("seeded 200 customers and 5000 orders")
