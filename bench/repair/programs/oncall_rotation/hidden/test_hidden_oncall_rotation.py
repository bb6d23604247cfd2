from oncall_rotation import Rotation


def test_stacked_overrides_latest_wins_everywhere():
    rotation = Rotation(["a", "b"], anchor=0, shift=100)
    rotation.overrides += [(10, 90, "x"), (20, 80, "y"), (30, 70, "z"), (40, 60, "y")]
    expected = {5: "a", 15: "x", 25: "y", 35: "z", 45: "y", 59: "y", 60: "z", 75: "y", 85: "x", 95: "a"}
    for minute, who in expected.items():
        assert rotation.on_call(minute) == who, minute


def test_older_wider_override_after_a_newer_one_ends():
    rotation = Rotation(["a"], anchor=0, shift=60)
    rotation.overrides += [(0, 300, "old"), (100, 200, "new")]
    assert rotation.handoffs(0, 300) == [(0, "old"), (100, "new"), (200, "old")]
    assert rotation.minutes_on_call(0, 300) == {"old": 200, "new": 100}


def test_handoffs_with_nested_overrides():
    rotation = Rotation(["p", "q", "r"], anchor=60, shift=120)
    rotation.overrides += [(100, 400, "o1"), (150, 250, "o2")]
    assert rotation.handoffs(0, 500) == [
        (0, "r"), (60, "p"), (100, "o1"), (150, "o2"), (250, "o1"), (400, "r"), (420, "p")]


def test_window_starting_mid_shift_and_before_anchor():
    rotation = Rotation(["p", "q", "r"], anchor=1000, shift=60)
    assert rotation.on_call(999) == "r"
    assert rotation.on_call(880) == "q"
    assert rotation.handoffs(930, 1090) == [(930, "q"), (940, "r"), (1000, "p"), (1060, "q")]


def test_same_person_across_boundary_is_one_stretch():
    rotation = Rotation(["solo"], anchor=0, shift=30)
    assert rotation.handoffs(0, 200) == [(0, "solo")]
    rotation.overrides.append((25, 35, "solo"))
    assert rotation.minutes_on_call(10, 100) == {"solo": 90}
