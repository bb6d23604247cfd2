"""Deficit round robin over per-tenant queues of model requests, costed in tokens."""
from collections import deque


class DeficitRoundRobin:
    """Each round a backlogged tenant earns `quantum` tokens of credit and sends the
    requests at the head of its queue while its credit covers them."""

    def __init__(self, quantum):
        if quantum <= 0:
            raise ValueError("quantum must be positive")
        self.quantum = quantum
        self.queues = {}
        self.deficit = {}
        self.active = deque()

    def submit(self, tenant, request_id, cost):
        if cost <= 0:
            raise ValueError("cost must be positive")
        queue = self.queues.setdefault(tenant, deque())
        if not queue:
            self.active.append(tenant)
            self.deficit.setdefault(tenant, 0)
        queue.append((request_id, cost))

    def next_round(self):
        """Serve one round; return the (tenant, request_id) pairs sent, in order."""
        sent = []
        for _ in range(len(self.active)):
            tenant = self.active.popleft()
            queue = self.queues[tenant]
            self.deficit[tenant] += self.quantum
            while queue and queue[0][1] <= self.deficit[tenant]:
                request_id, cost = queue.popleft()
                self.deficit[tenant] -= cost
                sent.append((tenant, request_id))
            if not queue:
                continue
            self.active.append(tenant)
        return sent

    def pending(self):
        return sum(len(queue) for queue in self.queues.values())

    def drain(self):
        """Run rounds until every queue is empty; return the rounds served."""
        rounds = []
        while self.active:
            rounds.append(self.next_round())
        return rounds
