from severity_alert_routing import AlertRouter


def test_most_severe_reached_route_wins_whatever_the_order_added():
    router = AlertRouter(default_channel="archive")
    router.add_route("info", "feed")
    router.add_route("critical", "pager")
    router.add_route("warning", "chat")
    router.add_route("error", "email")
    seen = {s: router.route({"severity": s})
            for s in ("debug", "info", "warning", "error", "critical")}
    assert seen == {"debug": "archive", "info": "feed", "warning": "chat",
                    "error": "email", "critical": "pager"}


def test_routes_added_most_severe_first():
    router = AlertRouter()
    router.add_route("error", "email")
    router.add_route("debug", "trace")
    assert router.route({"severity": "ERROR"}) == "email"
    assert router.route({"severity": "debug"}) == "trace"
    assert router.route({"severity": "nonsense"}) == "trace"


def test_equal_thresholds_keep_first_added():
    router = AlertRouter()
    router.add_route("warning", "first")
    router.add_route("debug", "low")
    router.add_route("warning", "second")
    assert router.route({"severity": "error"}) == "first"


def test_dispatch_with_several_routes():
    router = AlertRouter(default_channel="log")
    router.add_route("warning", "slack")
    router.add_route("critical", "pager")
    alerts = [{"severity": "critical", "n": 1}, {"severity": "warning", "n": 2},
              {"severity": "critical", "n": 3}, {"n": 4}]
    grouped = router.dispatch(alerts)
    assert grouped == {"pager": [alerts[0], alerts[2]], "slack": [alerts[1]],
                       "log": [alerts[3]]}
