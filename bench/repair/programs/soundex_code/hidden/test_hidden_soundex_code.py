from soundex_code import group_by_sound, sounds_alike, soundex


def test_vowels_let_codes_repeat():
    assert soundex("Tymczak") == "T522"
    assert soundex("Honeyman") == "H555"
    assert soundex("Gutierrez") == "G362"


def test_h_w_between_same_codes():
    assert soundex("Ashcroft") == "A261"
    assert soundex("Bohwbaker") == "B126"
    assert soundex("Shwacker") == "S260"
    assert soundex("Dhtal") == "D400"


def test_h_w_between_different_codes():
    assert soundex("Washington") == "W252"
    assert soundex("Burroughs") == "B620"
    assert soundex("Burrows") == "B620"


def test_more_names():
    assert soundex("Jackson") == "J250"
    assert soundex("Lloyd") == "L300"
    assert soundex("Van Deusen") == "V532"
    assert soundex("Moskowitz") == "M232"
    assert soundex("Moskovitz") == "M213"


def test_grouping_with_h_and_w():
    groups = group_by_sound(["Ashcraft", "Ashcroft", "Ashkraft", "", "Asher"])
    assert groups == {"A261": ["Ashcraft", "Ashcroft", "Ashkraft"], "A260": ["Asher"]}
    assert sounds_alike("Ashcraft", "Ashkraft")
