"""Deliver events to a handler, retrying transient failures and dead-lettering the rest.

Network trouble (timeouts, refused or reset connections) is retried with exponential
backoff; a handler that raises PermanentError has rejected the event for good. Any
other exception is a bug in the handler and propagates.
"""

import time


class PermanentError(Exception):
    """The receiver will never accept this event."""


def deliver_all(events, handler, max_attempts=3, backoff=0.5, sleep=time.sleep):
    """Return (delivered, dead) where dead holds (event, reason) pairs."""
    delivered = []
    dead = []
    for event in events:
        attempt = 0
        while True:
            attempt += 1
            try:
                handler(event)
            except PermanentError as exc:
                dead.append((event, f"rejected: {exc}"))
                break
            except TimeoutError as exc:
                if attempt >= max_attempts:
                    dead.append((event, f"gave up after {attempt} attempts: {exc!r}"))
                    break
                sleep(backoff * 2 ** (attempt - 1))
            else:
                delivered.append(event)
                break
    return delivered, dead
