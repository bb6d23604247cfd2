from soundex_code import group_by_sound, sounds_alike, soundex


def test_classic_examples():
    assert soundex("Robert") == "R163"
    assert soundex("Rupert") == "R163"
    assert soundex("Rubin") == "R150"


def test_short_names_are_padded():
    assert soundex("Lee") == "L000"
    assert soundex("Ng") == "N200"


def test_h_and_w_do_not_separate_codes():
    assert soundex("Ashcraft") == "A261"


def test_first_letter_counts_as_neighbour():
    assert soundex("Pfister") == "P236"


def test_case_and_punctuation_ignored():
    assert soundex("o'brien") == soundex("OBrien") == "O165"
    assert soundex("") == ""
    assert soundex("1234") == ""


def test_grouping():
    groups = group_by_sound(["Smith", "Smyth", "Schmidt", "Jones"])
    assert groups == {"S530": ["Smith", "Smyth", "Schmidt"], "J520": ["Jones"]}
    assert sounds_alike("Robert", "Rupert")
    assert not sounds_alike("", "")
