"""Deliver a notification payload to a webhook, retrying transient failures."""

import json

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class DeliveryFailed(Exception):
    def __init__(self, attempts, last_error):
        super().__init__(f"gave up after {attempts} attempt(s): {last_error}")
        self.attempts = attempts
        self.last_error = last_error


def deliver(post, url, payload, max_attempts=4, base_delay=0.5, sleep=None):
    """POST ``payload`` as JSON through ``post(url, body, headers)``.

    ``post`` returns ``(status, response_headers)``. Returns the number of
    attempts used. Client errors other than 429 are not retried; network
    errors and retryable statuses back off exponentially, honouring a
    numeric Retry-After header when it asks for a longer wait.
    """
    body = json.dumps(payload, sort_keys=True).encode()
    headers = {"Content-Type": "application/json"}
    last_error = None
    for attempt in range(1, max_attempts + 1):
        reply_headers = {}
        try:
            status, reply_headers = post(url, body, headers)
        except ConnectionError as exc:
            last_error = exc
        else:
            if 200 <= status < 300:
                return attempt
            last_error = f"HTTP {status}"
            if status not in RETRYABLE_STATUS:
                raise DeliveryFailed(attempt, last_error)
        if attempt == max_attempts:
            break
        delay = base_delay * 2 ** (attempt - 1)
        retry_after = str(reply_headers.get("Retry-After", ""))
        if retry_after.isdigit():
            delay = max(delay, float(retry_after))
        if sleep is not None:
            sleep(delay)
    raise DeliveryFailed(max_attempts, last_error)
