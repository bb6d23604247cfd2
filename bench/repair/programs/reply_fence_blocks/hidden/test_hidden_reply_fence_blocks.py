from reply_fence_blocks import extract_blocks, first_block


def test_two_blocks_with_prose_between():
    reply = ("First create the file:\n```toml\n[tool]\nname = 'x'\n```\n"
             "Then run it:\n```sh\nx run\n```\nDone.")
    assert extract_blocks(reply) == [("toml", "[tool]\nname = 'x'"), ("sh", "x run")]


def test_block_without_language():
    assert extract_blocks("```\nplain\n```") == [("", "plain")]


def test_tilde_fence_and_info_words():
    reply = "~~~Python title=demo.py\ndef f():\n    return 1\n~~~\n"
    assert extract_blocks(reply) == [("python", "def f():\n    return 1")]


def test_longer_fence_holds_inner_backticks():
    reply = "````markdown\nExample:\n```py\nx = 1\n```\n````\nafter"
    assert extract_blocks(reply) == [("markdown", "Example:\n```py\nx = 1\n```")]


def test_tilde_line_does_not_close_backtick_block():
    reply = "```text\n~~~\nstill inside\n```"
    assert extract_blocks(reply) == [("text", "~~~\nstill inside")]


def test_empty_block_then_unclosed():
    reply = "```json\n```\nand\n```json\n{\"a\": 1"
    assert extract_blocks(reply) == [("json", ""), ("json", "{\"a\": 1")]


def test_first_block_language_missing():
    reply = "```bash\nls\n```\n```bash\npwd\n```"
    assert first_block(reply, "python") is None
    assert [code for _, code in extract_blocks(reply)] == ["ls", "pwd"]


def test_indented_fences():
    reply = "Steps:\n  ```yaml\n  a: 1\n  ```\nend"
    assert extract_blocks(reply) == [("yaml", "  a: 1")]
