from transcript_hit_snippets import search_transcript


TEXT = ("The deploy failed at step three because the cache key was stale; "
        "after clearing the cache the deploy went through without errors.")


def test_several_hits_in_one_cut_snippet():
    hits = search_transcript([{"role": "user", "content": TEXT}], "cache", context=5)
    assert hits[0]["snippet"] == "... the **cache** key was stale; after clearing the **cache** the ..."


def test_two_terms_far_from_the_start():
    hits = search_transcript([{"role": "assistant", "content": TEXT}], "KEY stale", context=4)
    assert hits[0]["snippet"] == "...che **key** was **stale**; af..."


def test_hit_near_end_has_no_trailing_dots():
    hits = search_transcript([{"role": "user", "content": TEXT}], "errors", context=8)
    assert hits[0]["snippet"] == "...without **errors**."


def test_hit_at_start_has_no_leading_dots():
    hits = search_transcript([{"role": "user", "content": TEXT}], "the deploy", context=3)
    assert hits[0]["snippet"].startswith("**The** **deploy** fai")
    assert hits[0]["snippet"].endswith("...")


def test_roles_filter_and_list_content():
    messages = [
        {"role": "user", "content": [{"type": "text", "text": "please check the stale cache entries now"}]},
        {"role": "tool", "content": "stale cache purged"},
        {"role": "assistant", "content": None},
    ]
    assert search_transcript(messages, "stale", context=6) == [
        {"index": 0, "role": "user", "snippet": "...k the **stale** cache..."}]
    assert [h["index"] for h in search_transcript(messages, "stale", roles=("tool",))] == [1]


def test_no_terms_no_hits():
    assert search_transcript([{"role": "user", "content": TEXT}], "   ") == []
    assert search_transcript([{"role": "user", "content": TEXT}], "missing") == []
