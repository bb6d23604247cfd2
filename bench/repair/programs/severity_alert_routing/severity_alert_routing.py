"""Route alerts to notification channels by severity threshold.

Each route says "alerts at least this severe go to this channel". An alert
goes to the route with the highest threshold it reaches; alerts below every
threshold go to the default channel.
"""

SEVERITY = {"debug": 10, "info": 20, "warning": 30, "error": 40, "critical": 50}


class AlertRouter:
    def __init__(self, default_channel="log"):
        self.default_channel = default_channel
        self._routes = []

    def add_route(self, min_severity, channel):
        if min_severity not in SEVERITY:
            raise ValueError(f"unknown severity {min_severity!r}")
        self._routes.append((SEVERITY[min_severity], channel))
        self._routes.sort(key=lambda route: route[0])

    def route(self, alert):
        """Channel for one alert (a dict with an optional ``severity``)."""
        name = alert.get("severity", "info").lower()
        level = SEVERITY.get(name, SEVERITY["info"])
        for threshold, channel in self._routes:
            if level >= threshold:
                return channel
        return self.default_channel

    def dispatch(self, alerts):
        """Group alerts by channel, keeping their order within a channel."""
        grouped = {}
        for alert in alerts:
            grouped.setdefault(self.route(alert), []).append(alert)
        return grouped
