from chat_message_token_count import fits, message_tokens, request_tokens, text_tokens


def test_word_cost_is_ceiling_of_length_over_four():
    for length in range(1, 30):
        assert text_tokens("a" * length) == -(-length // 4), length


def test_mixed_sentence():
    # tool(1) _call(2) ((1) path(1) =(1) "(1) src(1) /(1) main(1) .(1) py(1) "(1) )(1)
    assert text_tokens('tool_call(path="src/main.py")') == 14


def test_named_message():
    message = {"role": "tool", "name": "read_file", "content": "done"}
    assert message_tokens(message) == 3 + 1 + 3 + 1


def test_several_tool_calls():
    message = {
        "role": "assistant",
        "content": "Let me look",
        "tool_calls": [
            {"function": {"name": "read", "arguments": '{"path": "a.txt"}'}},
            {"function": {"name": "grep", "arguments": '{"q": "TODO"}'}},
        ],
    }
    # content 3; read 1 + {"path": "a.txt"} = { " path " : " a . txt " } -> 11
    # grep 1 + {"q": "TODO"} = { " q " : " TODO " } -> 9
    assert message_tokens(message) == 3 + 3 + 1 + 11 + 1 + 9


def test_request_and_fit_boundaries():
    messages = [
        {"role": "system", "content": "Keep answers short"},
        {"role": "user", "content": "What does this code do"},
    ]
    # system: keep 1, answers 2, short 2 -> 5 ; user: what 1 does 1 this 1 code 1 do 1 -> 5
    assert request_tokens(messages) == 8 + 8 + 3
    assert fits(messages, 119, 100)
    assert not fits(messages, 118, 100)


def test_empty_request_is_just_the_primer():
    assert request_tokens([]) == 3
