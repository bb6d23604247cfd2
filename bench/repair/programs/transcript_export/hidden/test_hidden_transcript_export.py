from transcript_export import Message, export_markdown

GH = "ghp_" + "Zk3L9q0Wm2Xe7Rt5Yu1P"
SLACK = "xoxb-" + "1234567890-abcdefGHIJ"


def test_clip_counts_after_masking():
    content = GH + " " + "y" * 30
    [block] = export_markdown([Message("user", content)], max_chars=12)
    masked = "[secret] " + "y" * 30
    assert block == f"**User:** {masked[:12]}\n… ({len(masked) - 12} more characters)"


def test_key_straddling_the_limit_in_user_text():
    content = "token: " + SLACK + " end"
    [block] = export_markdown([Message("user", content)], max_chars=15)
    assert "xoxb" not in block
    assert "1234" not in block
    assert block.startswith("**User:** token: [secret]")


def test_key_straddling_limit_in_tool_output():
    content = "a" * 94 + " " + GH
    [block] = export_markdown([Message("tool", content, name="gh")], max_chars=100)
    assert "ghp" not in block
    assert "Zk3" not in block


def test_harmless_words_untouched():
    text = "we use sk-learn and task-runner here " + "z" * 10
    [block] = export_markdown([Message("user", text)], max_chars=20)
    assert block == f"**User:** {text[:20]}\n… ({len(text) - 20} more characters)"


def test_unknown_role_and_short_content():
    [block] = export_markdown([Message("developer", "Be brief.")])
    assert block == "**Developer:** Be brief."


def test_generator_is_lazy():
    def messages():
        yield Message("user", "one")
        raise AssertionError("read too far")

    blocks = export_markdown(messages())
    assert next(blocks) == "**User:** one"
