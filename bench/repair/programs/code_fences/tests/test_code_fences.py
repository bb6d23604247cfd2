from code_fences import CodeBlock, extract_blocks, first_block


def test_single_python_block():
    reply = "Here you go:\n```python\nprint('hi')\n```\nAnything else?"
    assert extract_blocks(reply) == [CodeBlock("python", "print('hi')")]


def test_filter_by_language():
    reply = "```bash\nls\n```\ntext\n```Python\nx = 1\ny = 2\n```\n"
    assert first_block(reply, "python") == "x = 1\ny = 2"
    assert first_block(reply, "rust") is None


def test_block_without_language():
    assert extract_blocks("~~~\nraw\n~~~") == [CodeBlock("", "raw")]


def test_truncated_reply_keeps_unclosed_block():
    assert extract_blocks("```json\n{\"a\": 1") == [CodeBlock("json", "{\"a\": 1")]


def test_longer_fence_wraps_markdown_example():
    reply = "````markdown\nUse:\n```sh\nmake\n```\n````\n"
    assert extract_blocks(reply) == [CodeBlock("markdown", "Use:\n```sh\nmake\n```")]
