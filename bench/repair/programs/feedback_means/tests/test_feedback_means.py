from feedback_means import episode_means, worst_episodes


def ev(episode, rater, kind, value):
    return {"episode": episode, "rater": rater, "kind": kind, "value": value}


def test_star_ratings_are_scaled():
    events = [ev("ep1", "a", "stars", "5"), ev("ep1", "b", "stars", "3")]
    assert episode_means(events) == {"ep1": 0.75}


def test_mixed_widgets():
    events = [ev("ep1", "a", "thumb", "up"), ev("ep1", "b", "percent", "40%"),
              ev("ep2", "a", "thumb", "down")]
    assert episode_means(events) == {"ep1": 0.7, "ep2": 0.0}


def test_thumb_values_are_normalised():
    events = [ev("ep1", "a", "thumb", "Up "), ev("ep1", "b", "thumb", " YES")]
    assert episode_means(events) == {"ep1": 1.0}


def test_later_rating_replaces_earlier_one():
    events = [ev("ep1", "a", "stars", "1"), ev("ep1", "a", "stars", "5")]
    assert episode_means(events) == {"ep1": 1.0}


def test_unknown_widget_ignored():
    events = [ev("ep1", "a", "emoji", "🎉"), ev("ep1", "b", "stars", 4)]
    assert episode_means(events) == {"ep1": 0.75}


def test_worst_episodes():
    means = {"ep3": 0.5, "ep1": 0.2, "ep2": 0.2, "ep4": 0.9}
    assert worst_episodes(means, 3) == ["ep1", "ep2", "ep3"]
