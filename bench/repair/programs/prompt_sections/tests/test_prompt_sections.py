from prompt_sections import Section, assemble

ROLE = Section("Role", "You are a careful coding assistant.", priority=10)
RULES = Section("Rules", "Never run destructive commands.\nAsk before pushing.", priority=9)
STYLE = Section("Style", "Answer briefly. Use British spelling.", priority=1)
MEMORY = Section("Memory", "The user prefers pytest over unittest.", priority=5)


def test_everything_fits():
    prompt = assemble([ROLE, RULES], budget=100)
    assert prompt.text == (
        "## Role\nYou are a careful coding assistant.\n\n"
        "## Rules\nNever run destructive commands.\nAsk before pushing."
    )
    assert prompt.dropped == []


def test_token_count():
    assert assemble([ROLE], budget=100).tokens == 8


def test_lowest_priority_dropped_first():
    prompt = assemble([ROLE, STYLE, RULES, MEMORY], budget=30)
    assert prompt.dropped == ["Style"]
    assert "## Style" not in prompt.text


def test_original_order_kept():
    prompt = assemble([STYLE, MEMORY, ROLE], budget=100)
    assert [line for line in prompt.text.splitlines() if line.startswith("## ")] == [
        "## Style", "## Memory", "## Role",
    ]


def test_span_of_first_section():
    prompt = assemble([ROLE, RULES], budget=100)
    start, end = prompt.spans["Role"]
    assert prompt.text[start:end] == "## Role\nYou are a careful coding assistant."
