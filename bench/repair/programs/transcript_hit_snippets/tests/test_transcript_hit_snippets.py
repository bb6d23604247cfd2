from transcript_hit_snippets import find_spans, highlight, search_transcript, text_of


def test_find_spans_is_case_insensitive_and_merges_overlaps():
    assert find_spans("Foobar and FOO", ["foo", "oba"]) == [(0, 5), (11, 14)]


def test_highlight_marks_spans():
    assert highlight("a cat sat", [(2, 5)]) == "a **cat** sat"


def test_text_of_joins_text_parts():
    message = {"role": "user", "content": [
        {"type": "text", "text": "see"}, {"type": "image", "url": "x"}, {"type": "text", "text": "this"}]}
    assert text_of(message) == "see this"


def test_short_message_hit():
    messages = [
        {"role": "system", "content": "You edit config files."},
        {"role": "user", "content": "Where is the config file?"},
        {"role": "tool", "content": "config.toml"},
    ]
    assert search_transcript(messages, "config") == [
        {"index": 1, "role": "user", "snippet": "Where is the **config** file?"}]


def test_long_message_is_cut_around_the_hit():
    text = "I looked through every module in the project and finally the retry loop was the culprit all along."
    hits = search_transcript([{"role": "assistant", "content": text}], "retry", context=10)
    assert hits == [{"index": 0, "role": "assistant",
                     "snippet": "...nally the **retry** loop was ..."}]
