"""Exposure logging for experiments.

An exposure is recorded when a user actually sees a variant. Analysis counts each user
once per experiment, so repeated exposures of the same user to the same experiment are
dropped for the life of the logger. Events go to the sink in batches.

An event is a dict: {"id": <event uuid>, "experiment": str, "variant": str or None,
"user_id": str, "ts": float}. A None variant means the user was not enrolled.
"""


class ExposureLogger:
    def __init__(self, sink, batch_size=50):
        self._sink = sink
        self._batch_size = batch_size
        self._seen = set()
        self._buffer = []
        self.duplicates = 0

    @property
    def pending(self):
        return len(self._buffer)

    def log(self, event):
        """Queue an exposure; returns True if it was queued, False if it was skipped."""
        if event.get("variant") is None:
            return False
        key = (event["experiment"], event["id"])
        if key in self._seen:
            self.duplicates += 1
            return False
        self._seen.add(key)
        self._buffer.append(event)
        if len(self._buffer) >= self._batch_size:
            self.flush()
        return True

    def flush(self):
        """Send everything queued to the sink; returns how many events were sent."""
        if not self._buffer:
            return 0
        batch, self._buffer = self._buffer, []
        self._sink(batch)
        return len(batch)
