import pytest

from severity_alert_routing import AlertRouter


def make_router():
    router = AlertRouter(default_channel="log")
    router.add_route("warning", "slack")
    router.add_route("critical", "pager")
    return router


def test_below_every_threshold_goes_to_default():
    assert make_router().route({"severity": "info"}) == "log"


def test_warning_goes_to_slack():
    assert make_router().route({"severity": "warning"}) == "slack"


def test_critical_pages_someone():
    assert make_router().route({"severity": "critical"}) == "pager"


def test_unknown_route_severity_is_rejected():
    with pytest.raises(ValueError):
        AlertRouter().add_route("urgent", "sms")


def test_dispatch_groups_by_channel():
    router = AlertRouter(default_channel="log")
    router.add_route("error", "email")
    alerts = [{"id": 1, "severity": "error"}, {"id": 2}, {"id": 3, "severity": "debug"}]
    grouped = router.dispatch(alerts)
    assert grouped == {"email": [alerts[0]], "log": [alerts[1], alerts[2]]}
