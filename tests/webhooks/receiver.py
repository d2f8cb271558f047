"""A real HTTP receiver for webhook tests: verifies every signature, fails on purpose, dedupes by webhook-id."""

import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


class Receiver:
    """`fail_rate` of the requests answer 503 (half of those after keeping the event: the answer was lost)."""

    def __init__(self, secret: str, fail_rate: float = 0.0, seed: int = 2026):
        self.webhook = Webhook(secret)
        self.fail_rate = fail_rate
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.received: dict[str, dict] = {}  # webhook-id -> payload, first receipt only
        self.order: list[str] = []  # webhook-ids in order of first receipt
        self.requests = 0
        self.failed = 0
        self.duplicates = 0
        self.bad_signatures = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status = receiver.handle(body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, body: bytes, headers: dict) -> int:
        try:
            payload = self.webhook.verify(body, headers)
        except WebhookVerificationError:
            with self.lock:
                self.bad_signatures += 1
            return 400
        message_id = {k.lower(): v for k, v in headers.items()}["webhook-id"]
        with self.lock:
            self.requests += 1
            fail = self.random.random() < self.fail_rate
            keep = not fail or self.random.random() < 0.5
            if keep:
                if message_id in self.received:
                    self.duplicates += 1
                else:
                    self.received[message_id] = payload
                    self.order.append(message_id)
            if fail:
                self.failed += 1
                return 503
        return 204

    def events(self) -> list[dict]:
        with self.lock:
            return [self.received[message_id] for message_id in self.order]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def dumps(payload) -> str:
    return json.dumps(payload, sort_keys=True)
