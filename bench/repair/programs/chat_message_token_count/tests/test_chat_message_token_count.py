from chat_message_token_count import fits, message_tokens, request_tokens, text_tokens


def test_empty_text_is_free():
    assert text_tokens("") == 0
    assert text_tokens(None) == 0


def test_punctuation_counts_separately():
    assert text_tokens("hi, you!") == 4


def test_plain_user_message():
    assert message_tokens({"role": "user", "content": "Read the file"}) == 6


def test_tool_call_arguments_are_counted():
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": "c1", "function": {"name": "ls", "arguments": "{}"}}],
    }
    assert message_tokens(message) == 3 + 1 + 2


def test_request_adds_reply_primer():
    messages = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "ok"}]
    assert request_tokens(messages) == 4 + 4 + 3
    assert fits(messages, 20, 9)
    assert not fits(messages, 20, 10)
