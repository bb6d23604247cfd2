from transcript_export import Message, export_document, export_markdown

KEY = "sk-proj" + "A7x9Qm2Lp4Rt8Vw3Zb6N"


def test_user_and_assistant():
    blocks = list(export_markdown([Message("user", "hi"), Message("assistant", "Hello!")]))
    assert blocks == ["**User:** hi", "**Assistant:** Hello!"]


def test_tool_calls_listed():
    call = {"name": "read_file", "arguments": {"path": "a.txt"}}
    [block] = export_markdown([Message("assistant", tool_calls=[call])])
    assert block == '**Assistant:**\n- calls `read_file` with `{"path": "a.txt"}`'


def test_tool_output_in_code_fence():
    [block] = export_markdown([Message("tool", "3 files", name="ls")])
    assert block == "**Tool `ls`:**\n```\n3 files\n```"


def test_system_prompt_hidden_by_default():
    messages = [Message("system", "You are terse."), Message("user", "hi")]
    assert list(export_markdown(messages)) == ["**User:** hi"]
    assert len(list(export_markdown(messages, include_system=True))) == 2


def test_long_output_clipped():
    [block] = export_markdown([Message("tool", "x" * 50, name="cat")], max_chars=20)
    assert "x" * 20 + "\n… (30 more characters)" in block
    assert "x" * 21 not in block


def test_key_masked():
    [block] = export_markdown([Message("user", f"my key is {KEY}, use it")])
    assert block == "**User:** my key is [secret], use it"


def test_key_in_long_env_dump_masked():
    dump = f"HOME=/root\nOPENAI_API_KEY={KEY}\n" + "PATH=/usr/bin\n" * 20
    [block] = export_markdown([Message("tool", dump, name="env")], max_chars=40)
    assert "sk-" not in block
    assert "A7x9" not in block


def test_document():
    doc = export_document([Message("user", "hi")], "Session 1")
    assert doc == "# Session 1\n\n**User:** hi\n"
