from transcript_masking import MASK, mask_arguments, mask_transcript

GITHUB = "ghp_" + "0123456789abcdefghijKLMN"


def test_nested_tool_input_and_results():
    transcript = [
        {"role": "user", "content": "deploy please"},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "a", "name": "deploy",
             "input": {"targets": [{"host": "h1", "Password": "pw"}], "note": f"key {GITHUB}"}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "a", "content": f"used {GITHUB}"},
            {"type": "image", "source": {"data": "..."}},
        ]},
    ]
    masked = mask_transcript(transcript)
    assert masked[1]["content"][0] == {
        "type": "tool_use", "id": "a", "name": "deploy",
        "input": {"targets": [{"host": "h1", "Password": MASK}], "note": f"key {MASK}"}}
    assert masked[2]["content"][0]["content"] == f"used {MASK}"
    assert masked[2]["content"][1] == {"type": "image", "source": {"data": "..."}}
    assert transcript[1]["content"][0]["input"]["targets"][0]["Password"] == "pw"


def test_tool_use_without_secrets_unchanged():
    block = {"type": "tool_use", "id": "b", "name": "search", "input": {"query": "weather"}}
    assert mask_transcript([{"role": "assistant", "content": [block]}]) == [
        {"role": "assistant", "content": [block]}]


def test_empty_and_missing_secret_values():
    masked = mask_arguments({"secret": [], "authorization": "",
                             "api_key": "k", "nested": {"password": None, "secret": "s"}})
    assert masked == {"secret": [], "authorization": "", "api_key": MASK,
                      "nested": {"password": None, "secret": MASK}}


def test_non_string_secret_masked():
    assert mask_arguments({"token": 12345, "secret": {"a": 1}}) == {"token": MASK, "secret": MASK}


def test_empty_secret_in_tool_use():
    transcript = [{"role": "assistant", "content": [
        {"type": "tool_use", "id": "c", "name": "login", "input": {"user": "u", "password": ""}},
    ]}]
    masked = mask_transcript(transcript)
    assert masked[0]["content"][0]["input"] == {"user": "u", "password": ""}
