import pytest

from canonical_prefix_codes import assign_codes, decode, encode


def test_integer_symbols_with_gaps():
    lengths = {0: 1, 1: 0, 2: 0, 3: 2, 4: 3, 5: 3}
    assert assign_codes(lengths) == {0: "0", 3: "10", 4: "110", 5: "111"}


def test_many_unused_symbols_before_short_codes():
    lengths = {s: 0 for s in "abcdefg"}
    lengths.update({"h": 2, "i": 2, "j": 2, "k": 3, "l": 3})
    assert assign_codes(lengths) == {
        "h": "00", "i": "01", "j": "10", "k": "110", "l": "111"}


def test_all_unused():
    assert assign_codes({"a": 0, "b": 0}) == {}
    assert assign_codes({}) == {}


def test_codes_are_prefix_free_and_have_requested_lengths():
    lengths = {chr(97 + i): n for i, n in enumerate([0, 3, 0, 2, 4, 4, 0, 3, 3, 0, 3])}
    codes = assign_codes(lengths)
    assert set(codes) == {s for s, n in lengths.items() if n}
    for symbol, code in codes.items():
        assert len(code) == lengths[symbol]
        for other, other_code in codes.items():
            if other != symbol:
                assert not other_code.startswith(code)


def test_round_trip_with_unused_symbols():
    lengths = {"p": 0, "q": 1, "r": 0, "s": 3, "t": 3, "u": 2}
    message = list("qstuuqtsq")
    assert decode(encode(message, lengths), lengths) == message


def test_single_symbol():
    assert assign_codes({"z": 1, "y": 0}) == {"z": "0"}


def test_negative_length_rejected():
    with pytest.raises(ValueError):
        assign_codes({"a": -1, "b": 1})


def test_over_subscribed_at_depth():
    with pytest.raises(ValueError):
        assign_codes({"a": 1, "b": 2, "c": 3, "d": 3, "e": 3, "f": 0})
