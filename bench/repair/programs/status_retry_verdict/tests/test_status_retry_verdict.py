from status_retry_verdict import Verdict, decide


def test_success_is_done():
    assert decide(200, {}, attempt=0) == Verdict("done")


def test_bad_request_is_not_retried():
    assert decide(400, {}, attempt=0).action == "give_up"
    assert decide(404, {}, attempt=0).action == "give_up"


def test_rate_limit_honours_retry_after():
    assert decide(429, {"Retry-After": "2"}, attempt=0) == Verdict("retry", 2.0)


def test_overloaded_server_backs_off_exponentially():
    delays = [decide(503, {}, attempt=n).delay for n in range(3)]
    assert delays == [0.5, 1.0, 2.0]


def test_unreasonable_retry_after_falls_back_to_backoff():
    assert decide(503, {"retry-after": "3600"}, attempt=1) == Verdict("retry", 1.0)


def test_gives_up_after_max_attempts():
    assert decide(500, {}, attempt=3, max_attempts=4).action == "give_up"


def test_server_can_forbid_retry():
    assert decide(500, {"x-should-retry": "false"}, attempt=0).action == "give_up"
