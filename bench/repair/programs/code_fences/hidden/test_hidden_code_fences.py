from code_fences import CodeBlock, extract_blocks, first_block


def test_short_fence_inside_long_tilde_fence():
    reply = "~~~~~text\na\n~~~\nb\n~~~~~\nafter"
    assert extract_blocks(reply) == [CodeBlock("text", "a\n~~~\nb")]


def test_closing_fence_may_be_longer():
    reply = "```py\npass\n`````\n"
    assert extract_blocks(reply) == [CodeBlock("py", "pass")]


def test_nested_example_then_real_block():
    reply = ("Example README:\n"
             "`````md\n# Title\n```\ncode\n```\n````\nstill md\n`````\n"
             "And the script:\n```python\nrun()\n```")
    assert extract_blocks(reply) == [
        CodeBlock("md", "# Title\n```\ncode\n```\n````\nstill md"),
        CodeBlock("python", "run()"),
    ]
    assert first_block(reply, "python") == "run()"


def test_backticks_do_not_close_tildes():
    reply = "~~~\n```\n~~~"
    assert extract_blocks(reply) == [CodeBlock("", "```")]


def test_indented_fences():
    reply = "1. step\n   ```bash\n   echo ok\n   ```\n"
    assert extract_blocks(reply) == [CodeBlock("bash", "   echo ok")]
