from role_redaction import redact_messages

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"


def test_unknown_roles_fail_closed():
    for role in ["developer", "ipython", "observation", ""]:
        scrubbed, hits = redact_messages([{"role": role, "content": f"Bearer {JWT}"}])
        assert scrubbed[0]["content"] == "Bearer [jwt]", role
        assert hits == 1


def test_message_without_role_is_scrubbed():
    scrubbed, hits = redact_messages([{"content": "secret: swordfish"}])
    assert scrubbed == [{"content": "secret=[secret]"}]
    assert hits == 1


def test_mixed_conversation():
    messages = [
        {"role": "system", "content": "token=internal-only"},
        {"role": "user", "content": "PASSWORD: abc"},
        {"role": "assistant", "content": "I will use passwd=abc"},
        {"role": "retrieval", "content": "passwd=xyz and token=t0k"},
    ]
    scrubbed, hits = redact_messages(messages)
    assert [m["content"] for m in scrubbed] == [
        "token=internal-only",
        "PASSWORD=[secret]",
        "I will use passwd=abc",
        "passwd=[secret] and token=[secret]",
    ]
    assert hits == 3


def test_input_messages_are_not_modified():
    original = {"role": "critic", "content": "sk-" + "Z" * 20}
    redact_messages([original])
    assert original == {"role": "critic", "content": "sk-" + "Z" * 20}


def test_known_roles_unchanged_behaviour():
    messages = [{"role": "user", "content": "no secrets here"},
                {"role": "assistant", "content": "sk-" + "q" * 24}]
    scrubbed, hits = redact_messages(messages)
    assert scrubbed == messages
    assert hits == 0
