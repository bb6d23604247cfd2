from assistant_run_collapse import Transcript


def test_alternating_turns_unchanged():
    transcript = Transcript()
    transcript.append("user", "hi")
    transcript.append("assistant", "hello")
    transcript.append("user", "bye")
    assert transcript.payload() == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hello"},
        {"role": "user", "content": "bye"},
    ]


def test_trailing_assistant_run_is_merged():
    transcript = Transcript()
    transcript.append("user", "tell me a joke")
    transcript.append("assistant", "Why did the chicken")
    transcript.append("assistant", "cross the road?")
    assert transcript.payload() == [
        {"role": "user", "content": "tell me a joke"},
        {"role": "assistant", "content": "Why did the chicken\n\ncross the road?"},
    ]


def test_run_between_user_turns():
    transcript = Transcript(separator=" ")
    transcript.append("user", "status?")
    transcript.append("assistant", "Checking.")
    transcript.append("assistant", "All green.")
    transcript.append("user", "thanks")
    assert [(m["role"], m["content"]) for m in transcript.payload()] == [
        ("user", "status?"),
        ("assistant", "Checking. All green."),
        ("user", "thanks"),
    ]


def test_tool_call_closes_the_run():
    call = {"id": "c1", "name": "search", "arguments": "{}"}
    transcript = Transcript(separator=" ")
    transcript.append("assistant", "Let me look.")
    transcript.append("assistant", "", [call])
    transcript.append("tool", "3 results")
    transcript.append("assistant", "Found it.")
    assert transcript.payload() == [
        {"role": "assistant", "content": "Let me look.", "tool_calls": [call]},
        {"role": "tool", "content": "3 results"},
        {"role": "assistant", "content": "Found it."},
    ]
