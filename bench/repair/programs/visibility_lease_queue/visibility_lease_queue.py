"""In-memory message queue with visibility timeouts, in the style of SQS.

A received message stays invisible to other consumers until its visibility
timeout expires; the consumer deletes it with the receipt handle it was given.
If the consumer dies without deleting it, the message becomes visible again and
is redelivered with a fresh receipt handle (the old one stops working).
"""
import itertools


class Message:
    def __init__(self, msg_id, body, visible_at):
        self.id = msg_id
        self.body = body
        self.visible_at = visible_at
        self.receipt = None
        self.receive_count = 0


class VisibilityQueue:
    def __init__(self, clock, visibility_timeout=30.0):
        self.clock = clock
        self.visibility_timeout = visibility_timeout
        self._messages = {}
        self._ids = itertools.count(1)
        self._receipts = itertools.count(1)

    def send(self, body, delay=0.0):
        msg = Message(next(self._ids), body, self.clock() + delay)
        self._messages[msg.id] = msg
        return msg.id

    def receive(self, max_messages=1, visibility_timeout=None):
        if visibility_timeout is None:
            visibility_timeout = self.visibility_timeout
        now = self.clock()
        out = []
        for msg in self._messages.values():
            if len(out) == max_messages:
                break
            if msg.visible_at >= now:
                continue
            msg.visible_at = now + visibility_timeout
            msg.receipt = f"rcpt-{next(self._receipts)}"
            msg.receive_count += 1
            out.append({"id": msg.id, "body": msg.body, "receipt": msg.receipt,
                        "receive_count": msg.receive_count})
        return out

    def _by_receipt(self, receipt):
        for msg in self._messages.values():
            if msg.receipt == receipt:
                return msg
        return None

    def delete(self, receipt):
        msg = self._by_receipt(receipt)
        if msg is None:
            return False
        del self._messages[msg.id]
        return True

    def change_visibility(self, receipt, timeout):
        msg = self._by_receipt(receipt)
        if msg is None:
            return False
        msg.visible_at = self.clock() + timeout
        return True

    def counts(self):
        now = self.clock()
        visible = sum(1 for m in self._messages.values() if m.visible_at <= now)
        return {"visible": visible, "in_flight": len(self._messages) - visible}
