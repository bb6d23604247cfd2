from suffix_strip_stemmer import stem, stem_tokens


def test_plain_plurals():
    assert stem("tables") == "table"
    assert stem("queries") == "query"


def test_longest_suffix_wins():
    assert stem("relational") == "relate"
    assert stem("effectiveness") == "effective"


def test_short_words_are_left_alone():
    assert stem("is") == "is"
    assert stem("red") == "red"
    assert stem("glass") == "glass"


def test_ing_drops_doubled_consonant():
    assert stem("running") == "run"
    assert stem("jumping") == "jump"


def test_stem_tokens_drops_stop_words():
    assert stem_tokens("The Running of the Horses") == ["run", "horse"]
