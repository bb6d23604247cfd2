from sms_segment_split import segment, split_numbered


def test_short_message_is_one_segment():
    assert segment("Build 812 passed", limit=160) == ["Build 812 passed"]


def test_words_are_packed_greedily():
    assert segment("aaa bb c dddd", limit=6) == ["aaa bb", "c dddd"]


def test_long_word_is_cut():
    assert segment("x abcdefghij", limit=4) == ["x", "abcd", "efgh", "ij"]


def test_no_segment_exceeds_limit():
    text = "deploy of service checkout failed on host web-3 after 3 retries"
    parts = segment(text, limit=14)
    assert all(len(p) <= 14 for p in parts)
    assert " ".join(parts) == text


def test_numbered_parts_fit_the_limit():
    text = "one two three four five six seven"
    parts = split_numbered(text, limit=16)
    assert all(len(p) <= 16 for p in parts)
    assert parts[0].endswith(f"(1/{len(parts)})")
