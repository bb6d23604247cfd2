from roman_numerals import from_roman, to_roman


def test_round_trip_all():
    for n in range(1, 4000):
        assert from_roman(to_roman(n)) == n


def test_known_values():
    assert to_roman(1994) == "MCMXCIV"
    assert to_roman(40) == "XL"
    assert to_roman(3999) == "MMMCMXCIX"
    assert to_roman(49) == "XLIX"
