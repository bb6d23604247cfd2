from tpm_deployment_router import TpmRouter


def make_router():
    return TpmRouter({"eu-1": 10_000, "us-1": 20_000})


def test_most_headroom_wins():
    router = make_router()
    assert router.route(1_000, now=0) == "us-1"
    assert router.headroom("us-1", now=0) == 19_000


def test_traffic_spreads_as_usage_grows():
    router = make_router()
    picks = [router.route(6_000, now=t) for t in range(4)]
    assert picks == ["us-1", "us-1", "eu-1", "us-1"]
    assert router.route(6_000, now=4) is None


def test_request_too_big_for_every_deployment():
    assert make_router().route(25_000, now=0) is None


def test_usage_older_than_a_minute_no_longer_counts():
    router = make_router()
    assert router.route(8_000, now=0) == "us-1"
    assert router.route(8_000, now=30) == "us-1"
    assert router.used("us-1", now=59) == 16_000
    assert router.used("us-1", now=61) == 8_000
    assert router.route(11_000, now=61) == "us-1"


def test_retry_after():
    router = make_router()
    assert [router.route(9_000, now=t) for t in (0, 5, 10)] == ["us-1", "us-1", "eu-1"]
    assert router.retry_after(5_000, now=20) == 40
    assert router.retry_after(1_000, now=20) == 0.0
    assert router.retry_after(30_000, now=20) is None
