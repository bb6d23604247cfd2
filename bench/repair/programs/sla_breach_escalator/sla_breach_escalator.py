"""Escalate support tickets that have missed their response SLA.

Each policy gives ``respond_within`` (seconds after ``opened_at``) and a
ladder of ``(target, delay)`` steps: a step fires once the ticket has been
overdue for ``delay`` seconds. Every step is notified at most once per ticket;
a failed notification is retried on the next ``check``.
"""


class Escalator:
    def __init__(self, policies, clock, notify):
        self.policies = policies
        self.clock = clock
        self.notify = notify
        self.sent = {}
        self.failures = []

    def policy_for(self, ticket):
        return self.policies.get(ticket.get("priority"), self.policies["default"])

    def deadline(self, ticket):
        return ticket["opened_at"] + self.policy_for(ticket)["respond_within"]

    def check(self, tickets):
        """Send due notifications; returns ``[(ticket_id, target), ...]`` sent now."""
        now = self.clock()
        fired = []
        for ticket in tickets:
            if ticket.get("acked_at") is not None:
                continue
            overdue = now - self.deadline(ticket)
            if overdue < 0:
                continue
            done = self.sent.get(ticket["id"], 0)
            for step, (target, delay) in enumerate(self.policy_for(ticket)["ladder"]):
                if step < done:
                    continue
                if overdue < delay:
                    break
                try:
                    self.notify(target, ticket["id"])
                except ConnectionError as exc:
                    self.failures.append((ticket["id"], target, type(exc).__name__))
                    break
                fired.append((ticket["id"], target))
                done = step + 1
            self.sent[ticket["id"]] = done
        return fired
