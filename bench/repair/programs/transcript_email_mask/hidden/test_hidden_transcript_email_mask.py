from transcript_email_mask import mask_transcript


def test_multipart_content_passes_through():
    message = {"role": "user", "content": [{"type": "text", "text": "x@example.com"}]}
    assert mask_transcript([message]) == [message]


def test_custom_skip_roles():
    messages = [
        {"role": "developer", "content": "owner: dev@example.com"},
        {"role": "system", "content": "sys@example.com"},
        {"role": "assistant", "content": "mail amy@example.com"},
    ]
    out = mask_transcript(messages, skip_roles=frozenset({"developer"}))
    assert [m["content"] for m in out] == [
        "owner: dev@example.com",
        "s***@example.com",
        "mail a***@example.com",
    ]


def test_no_skipped_roles_masks_system_too():
    out = mask_transcript([{"role": "system", "content": "ops@example.com"}],
                          skip_roles=frozenset())
    assert out == [{"role": "system", "content": "o***@example.com"}]


def test_skipped_role_even_with_list_or_none_content():
    messages = [
        {"role": "system", "content": None},
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "tool", "content": ["raw", "parts"]},
    ]
    assert mask_transcript(messages) == messages


def test_keep_domains_and_mixed_transcript():
    messages = [
        {"role": "system", "content": "You work for help@acme.io"},
        {"role": "user", "content": "me: Lee@Example.com, cc help@ACME.io"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
        {"role": "tool", "content": "found lee@example.com"},
    ]
    out = mask_transcript(iter(messages), keep_domains=["acme.io"])
    assert out == [
        messages[0],
        {"role": "user", "content": "me: L***@Example.com, cc help@ACME.io"},
        messages[2],
        {"role": "tool", "content": "found l***@example.com"},
    ]
    assert messages[1]["content"] == "me: Lee@Example.com, cc help@ACME.io"


def test_empty_transcript():
    assert mask_transcript([]) == []
