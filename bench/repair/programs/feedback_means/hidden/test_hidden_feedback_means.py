import pytest

from feedback_means import episode_means, worst_episodes


def ev(episode, rater, kind, value):
    return {"episode": episode, "rater": rater, "kind": kind, "value": value}


def test_case_insensitive_thumbs():
    events = [ev("e", "a", "thumb", "UP"), ev("e", "b", "thumb", "Down"),
              ev("e", "c", "thumb", "Yes"), ev("e", "d", "thumb", "+1")]
    assert episode_means(events) == {"e": 0.75}


def test_negative_thumbs_in_capitals():
    assert episode_means([ev("e", "a", "thumb", "NO")]) == {"e": 0.0}


def test_percent_clamped_and_padded():
    events = [ev("e", "a", "percent", " 150% "), ev("f", "a", "percent", "-5"),
              ev("g", "a", "percent", 33)]
    assert episode_means(events) == {"e": 1.0, "f": 0.0, "g": 0.33}


def test_rounding_and_order():
    events = [ev("z", "a", "stars", "2"), ev("z", "b", "stars", "3"), ev("z", "c", "stars", "3"),
              ev("b", "a", "thumb", "Up")]
    assert list(episode_means(events).items()) == [("b", 1.0), ("z", 0.4167)]


def test_same_rater_on_different_episodes_kept_apart():
    events = [ev("e1", "a", "thumb", "UP"), ev("e2", "a", "thumb", "down"),
              ev("e1", "a", "thumb", "down")]
    assert episode_means(events) == {"e1": 0.0, "e2": 0.0}


def test_bad_star_value_raises():
    with pytest.raises(ValueError):
        episode_means([ev("e", "a", "stars", "6")])


def test_worst_with_more_requested_than_present():
    assert worst_episodes({"a": 0.1}, 5) == ["a"]
    assert worst_episodes({}, 2) == []
