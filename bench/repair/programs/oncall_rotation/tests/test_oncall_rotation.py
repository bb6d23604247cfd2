from oncall_rotation import Rotation

DAY = 24 * 60


def weekly():
    # Shifts are one day long and start at 09:00 on day 0.
    return Rotation(["ann", "bob", "cy"], anchor=9 * 60, shift=DAY)


def test_rotation_order():
    rotation = weekly()
    assert rotation.on_call(9 * 60) == "ann"
    assert rotation.on_call(DAY + 8 * 60) == "ann"
    assert rotation.on_call(DAY + 9 * 60) == "bob"
    assert rotation.on_call(3 * DAY + 10 * 60) == "ann"


def test_override_covers_part_of_a_shift():
    rotation = weekly()
    rotation.overrides.append((12 * 60, 14 * 60, "dee"))
    assert rotation.on_call(13 * 60) == "dee"
    assert rotation.on_call(14 * 60) == "ann"


def test_newer_override_replaces_older_one():
    rotation = weekly()
    rotation.overrides.append((DAY, 2 * DAY, "dee"))
    rotation.overrides.append((DAY + 12 * 60, DAY + 18 * 60, "eve"))
    assert rotation.on_call(DAY + 11 * 60) == "dee"
    assert rotation.on_call(DAY + 13 * 60) == "eve"
    assert rotation.on_call(DAY + 18 * 60) == "dee"


def test_handoffs_over_two_days():
    rotation = weekly()
    assert rotation.handoffs(9 * 60, 2 * DAY + 9 * 60) == [(9 * 60, "ann"), (DAY + 9 * 60, "bob")]


def test_minutes_on_call_with_override():
    rotation = weekly()
    rotation.overrides.append((20 * 60, 22 * 60, "dee"))
    assert rotation.minutes_on_call(9 * 60, DAY + 9 * 60) == {"ann": DAY - 120, "dee": 120}
