"""Per-user login throttling for the agent's admin console.

After ``max_failures`` wrong passwords within ``window`` seconds the account
is locked for ``lockout`` seconds.
"""


class LoginGuard:
    def __init__(self, max_failures=5, window=300.0, lockout=900.0):
        self.max_failures = max_failures
        self.window = window
        self.lockout = lockout
        self._failures = {}      # user -> timestamps of recent failures
        self._locked_until = {}  # user -> end of the lockout

    def _recent(self, user, now):
        return [t for t in self._failures.get(user, []) if now - t < self.window]

    def is_locked(self, user, now):
        until = self._locked_until.get(user)
        if until is None:
            return False
        if now >= until:
            del self._locked_until[user]
            self._failures.pop(user, None)
            return False
        return True

    def record_failure(self, user, now):
        recent = self._recent(user, now)
        recent.append(now)
        self._failures[user] = recent
        if len(recent) >= self.max_failures:
            self._locked_until[user] = now + self.lockout

    def record_success(self, user):
        self._failures.pop(user, None)

    def unlock(self, user):
        """Administrator override: lift a lockout right away."""
        self._locked_until.pop(user, None)

    def remaining_attempts(self, user, now):
        if self.is_locked(user, now):
            return 0
        return max(0, self.max_failures - len(self._recent(user, now)))

    def attempt(self, user, password_ok, now):
        if self.is_locked(user, now):
            return "locked"
        if password_ok:
            self.record_success(user)
            return "ok"
        self.record_failure(user, now)
        return "locked" if self.is_locked(user, now) else "denied"
