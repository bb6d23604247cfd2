from transcript_email_mask import mask_address, mask_text, mask_transcript


def test_mask_address():
    assert mask_address("jane.doe@example.com") == "j***@example.com"


def test_mask_text_masks_every_address():
    text = "Write to jane@example.com or bob.smith@mail.example.org."
    assert mask_text(text) == "Write to j***@example.com or b***@mail.example.org."


def test_own_domains_stay_readable():
    text = "support@acme.com and help@eu.acme.com, not me@gmail.com"
    assert mask_text(text, keep_domains=["acme.com"]) == (
        "support@acme.com and help@eu.acme.com, not m***@gmail.com"
    )


def test_transcript_user_and_tool_messages():
    messages = [
        {"role": "user", "content": "I am ann@example.com"},
        {"role": "tool", "tool_call_id": "c1", "content": '{"owner": "zed@example.net"}'},
    ]
    assert [m["content"] for m in mask_transcript(messages)] == [
        "I am a***@example.com",
        '{"owner": "z***@example.net"}',
    ]


def test_input_messages_are_not_modified():
    messages = [{"role": "user", "content": "ann@example.com"}]
    mask_transcript(messages)
    assert messages == [{"role": "user", "content": "ann@example.com"}]


def test_tool_call_message_without_content():
    call = {"role": "assistant", "content": None,
            "tool_calls": [{"id": "c1", "function": {"name": "lookup", "arguments": "{}"}}]}
    assert mask_transcript([call]) == [call]


def test_system_prompt_left_alone():
    system = {"role": "system", "content": "Escalate to oncall@example.com if stuck."}
    user = {"role": "user", "content": "hi, I'm kim@example.com"}
    assert mask_transcript([system, user]) == [
        system,
        {"role": "user", "content": "hi, I'm k***@example.com"},
    ]
