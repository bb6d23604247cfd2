import json

from error_rate_alarm import Alert, ErrorRateAlarm


def line(service, status):
    return json.dumps({"ts": "2025-01-01T00:00:00Z", "service": service, "status": status})


def test_quiet_until_enough_requests():
    alarm = ErrorRateAlarm(window=10, threshold=0.5, min_requests=3)
    assert alarm.ingest_all([line("search", 500), line("search", 503)]) == []


def test_fires_once():
    alarm = ErrorRateAlarm(window=10, threshold=0.5, min_requests=3)
    alerts = alarm.ingest_all([line("search", 200), line("search", 500), line("search", 502),
                               line("search", 500)])
    assert alerts == [Alert("search", 2 / 3, True)]
    assert alarm.firing() == ["search"]


def test_resolves_when_errors_roll_out_of_the_window():
    alarm = ErrorRateAlarm(window=4, threshold=0.5, min_requests=4)
    alerts = alarm.ingest_all([line("db", s) for s in [500, 500, 200, 200, 200]])
    assert alerts == [Alert("db", 0.5, True), Alert("db", 0.25, False)]
    assert alarm.firing() == []


def test_services_are_tracked_separately():
    alarm = ErrorRateAlarm(window=10, threshold=0.5, min_requests=2)
    alerts = alarm.ingest_all([line("a", 500), line("b", 200), line("a", 500), line("b", 200)])
    assert [alert.service for alert in alerts] == ["a"]


def test_garbage_lines_are_counted_and_skipped():
    alarm = ErrorRateAlarm(min_requests=1)
    assert alarm.ingest("<html>502 Bad Gateway</html>") is None
    assert alarm.malformed == 1


def test_lines_without_a_status_are_counted_and_skipped():
    alarm = ErrorRateAlarm(window=10, threshold=0.5, min_requests=2)
    lines = [line("search", 500), json.dumps({"service": "search", "msg": "cold start"}),
             line("search", 500)]
    assert alarm.ingest_all(lines) == [Alert("search", 1.0, True)]
    assert alarm.malformed == 1
