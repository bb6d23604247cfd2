import random

from stop_detector import StopDetector, cut_stream


def _reference(text, stops):
    hits = [text.find(s) for s in stops if s and s in text]
    return text[: min(hits)] if hits else text


def test_earliest_of_several_stops_wins():
    assert cut_stream(["x##y", "@@z"], ["@@", "##"]) == "x"
    assert cut_stream(["a", "@", "@", "b#", "#"], ["##", "@@"]) == "a"


def test_one_character_chunks():
    text = "result: ok<|end|>ignored"
    assert cut_stream(list(text), ["<|end|>"]) == "result: ok"


def test_held_text_released_on_flush():
    detector = StopDetector(["</s>"])
    assert detector.feed("done </") == "done "
    assert detector.flush() == "</"


def test_random_chunkings_match_reference():
    rng = random.Random(2)
    for _ in range(300):
        text = "".join(rng.choice("ab#") for _ in range(rng.randint(0, 25)))
        stops = rng.sample(["##", "ab#", "b#a", "###"], rng.randint(1, 2))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 6))))
        chunks = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)])]
        assert cut_stream(chunks, stops) == _reference(text, stops)
