from accept_language_pick import LanguageRange, negotiate, parse_accept_language

SUPPORTED = ["en-US", "fr", "de", "pt-BR"]


def test_q_zero_forms():
    for q in ["0", "0.0", "0.000", "-1"]:
        assert negotiate(f"ko, fr;q={q}", SUPPORTED, "de") == "de", q


def test_q_zero_after_acceptable_ranges():
    assert negotiate("ja, fr;q=0.2, de;q=0", SUPPORTED, "en-US") == "fr"


def test_wildcard_with_zero_quality_selects_nothing():
    assert negotiate("ja, *;q=0", SUPPORTED, "xx") == "xx"


def test_wildcard_takes_first_supported():
    assert negotiate("ja, *;q=0.1", SUPPORTED, "xx") == "en-US"


def test_bad_quality_counts_as_zero():
    assert negotiate("fr;q=high", SUPPORTED, "de") == "de"
    assert parse_accept_language("fr;q=high") == [LanguageRange("fr", 0.0)]


def test_quality_above_one_is_clamped():
    assert parse_accept_language("fr;q=3, de") == [LanguageRange("fr", 1.0), LanguageRange("de", 1.0)]


def test_ties_keep_header_order():
    assert negotiate("fr;q=0.6, de;q=0.6", SUPPORTED, "en-US") == "fr"
    assert negotiate("de;q=0.6, fr;q=0.6", SUPPORTED, "en-US") == "de"


def test_more_specific_range_accepts_base_language():
    assert negotiate("fr-CA", SUPPORTED, "en-US") == "fr"


def test_case_and_spacing():
    assert negotiate("  PT-br ; q=0.9 ,EN;q=0.1", SUPPORTED, "de") == "pt-BR"
