from accept_language_pick import LanguageRange, negotiate, parse_accept_language

SUPPORTED = ["en-US", "fr", "de", "pt-BR"]


def test_parse_orders_by_quality():
    assert parse_accept_language("fr;q=0.5, de, en-gb;q=0.8") == [
        LanguageRange("de", 1.0),
        LanguageRange("en-gb", 0.8),
        LanguageRange("fr", 0.5),
    ]


def test_first_choice_supported():
    assert negotiate("de-DE, de;q=0.9, en;q=0.5", SUPPORTED, "en-US") == "de"


def test_falls_back_to_lower_quality():
    assert negotiate("ja, pt;q=0.7, fr;q=0.3", SUPPORTED, "en-US") == "pt-BR"


def test_nothing_supported_gives_default():
    assert negotiate("ja, ko;q=0.4", SUPPORTED, "en-US") == "en-US"


def test_empty_header_gives_default():
    assert negotiate("", SUPPORTED, "fr") == "fr"


def test_q_zero_is_not_acceptable():
    assert negotiate("ja, de;q=0", SUPPORTED, "en-US") == "en-US"
