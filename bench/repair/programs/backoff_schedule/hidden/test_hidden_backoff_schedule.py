from backoff_schedule import backoff_delays, total_wait


def test_factor_three():
    assert backoff_delays(4, base=1, factor=3) == [1, 3, 9]


def test_total_wait():
    assert total_wait(5, base=1.0) == 15.0
    assert total_wait(0) == 0


def test_jitter_receives_the_nominal_delay():
    seen = []
    backoff_delays(3, base=2, jitter=lambda d: seen.append(d) or d)
    assert seen == [2, 4]
