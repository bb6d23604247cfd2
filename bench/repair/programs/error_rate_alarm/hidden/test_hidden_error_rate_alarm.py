import json

from error_rate_alarm import Alert, ErrorRateAlarm


def line(**fields):
    return json.dumps(fields)


def test_line_without_service():
    alarm = ErrorRateAlarm(min_requests=1)
    assert alarm.ingest(line(status=500, path="/v1/tools")) is None
    assert alarm.malformed == 1
    assert alarm.firing() == []


def test_empty_object_and_blank_line():
    alarm = ErrorRateAlarm(min_requests=1)
    assert alarm.ingest("{}") is None
    assert alarm.ingest("") is None
    assert alarm.malformed == 2


def test_bad_lines_do_not_count_as_requests():
    alarm = ErrorRateAlarm(window=3, threshold=0.6, min_requests=3)
    lines = [line(service="kv", status=500), line(service="kv"), line(service="kv", status=503),
             "not json", line(service="kv", status=200)]
    assert alarm.ingest_all(lines) == [Alert("kv", 2 / 3, True)]
    assert alarm.malformed == 2


def test_fire_resolve_fire_again():
    alarm = ErrorRateAlarm(window=2, threshold=1.0, min_requests=2)
    statuses = [500, 500, 200, 500, 500]
    alerts = alarm.ingest_all([line(service="llm", status=s) for s in statuses])
    assert [a.firing for a in alerts] == [True, False, True]


def test_status_as_string():
    alarm = ErrorRateAlarm(window=5, threshold=0.5, min_requests=1)
    assert alarm.ingest(line(service="x", status="504")) == Alert("x", 1.0, True)
