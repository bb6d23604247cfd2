"""Work queue with in-flight tracking, a dead-letter queue and redrive.

A job that has failed ``max_attempts`` times is parked in the dead-letter
queue instead of being retried forever. Once the underlying problem is fixed,
an operator redrives dead letters back into the ready queue with a fresh
attempt budget.
"""
from collections import deque


class Job:
    def __init__(self, job_id, payload):
        self.id = job_id
        self.payload = payload
        self.attempts = 0
        self.errors = []


class DeadLetterQueue:
    def __init__(self, max_attempts=3):
        self.max_attempts = max_attempts
        self.ready = deque()
        self.in_flight = {}
        self.dead = {}

    def enqueue(self, job_id, payload):
        self.ready.append(Job(job_id, payload))

    def take(self):
        if not self.ready:
            return None
        job = self.ready.popleft()
        self.in_flight[job.id] = job
        return job

    def complete(self, job_id):
        return self.in_flight.pop(job_id, None) is not None

    def fail(self, job_id, error):
        job = self.in_flight[job_id]
        job.attempts += 1
        job.errors.append(str(error))
        if job.attempts >= self.max_attempts:
            self.dead[job.id] = job
            return "dead"
        self.ready.append(job)
        return "retry"

    def redrive(self, job_ids=None):
        ids = list(self.dead) if job_ids is None else list(job_ids)
        moved = []
        for job_id in ids:
            job = self.dead.pop(job_id, None)
            if job is None:
                continue
            job.attempts = 0
            self.ready.append(job)
            moved.append(job_id)
        return moved

    def stats(self):
        return {"ready": len(self.ready), "in_flight": len(self.in_flight),
                "dead": len(self.dead)}
