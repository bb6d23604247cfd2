"""Per-user quiet hours: hold non-urgent notifications during a user's night."""

from datetime import timedelta


class QuietHours:
    def __init__(self):
        self._rules = {}

    def set(self, user, start, end, utc_offset_minutes=0):
        """Quiet from local ``start`` until local ``end`` (``datetime.time``)."""
        self._rules[user] = (start, end, timedelta(minutes=utc_offset_minutes))

    def clear(self, user):
        self._rules.pop(user, None)

    def is_quiet(self, user, when):
        """``when`` is a UTC datetime."""
        rule = self._rules.get(user)
        if rule is None:
            return False
        start, end, offset = rule
        local = (when + offset).time()
        if start == end:
            return False
        if start < end:
            return start <= local < end
        return local >= start and local < end

    def should_deliver(self, user, when, severity="info"):
        if severity == "critical":
            return True
        return not self.is_quiet(user, when)

    def next_delivery(self, user, when):
        """Earliest UTC time at or after ``when`` that a held message may go out."""
        if not self.is_quiet(user, when):
            return when
        _, end, offset = self._rules[user]
        local = when + offset
        release = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
        if release <= local:
            release += timedelta(days=1)
        return release - offset
