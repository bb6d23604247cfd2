from reply_fence_blocks import extract_blocks, first_block


def test_no_blocks():
    assert extract_blocks("Just prose, no code here.") == []
    assert first_block("Just prose.") is None


def test_single_python_block():
    reply = "Here is the fix:\n```python\nprint('hi')\nx = 1\n```\nLet me know."
    assert extract_blocks(reply) == [("python", "print('hi')\nx = 1")]


def test_first_block_of_language():
    reply = "```bash\npip install x\n```\nthen\n```Python\nimport x\n```"
    assert first_block(reply) == "pip install x"
    assert first_block(reply, "python") == "import x"


def test_unclosed_block_runs_to_end():
    reply = "Sure:\n```js\nconsole.log(1);\nconsole.log(2);"
    assert first_block(reply) == "console.log(1);\nconsole.log(2);"
