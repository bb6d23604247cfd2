from prompt_sections import Section, assemble, render

SECTIONS = [
    Section("Persona", "You are Ada, a release manager bot.", priority=3),
    Section("Tools", "Use `deploy` only after tests pass.\nUse `rollback` on alerts.", priority=8),
    Section("Tone", "  Friendly but terse.  ", priority=1),
    Section("Policies", "Never reveal credentials. Escalate security issues.", priority=9),
    Section("Examples", "User: ship it\nAssistant: Running tests first.", priority=2),
]


def test_every_span_covers_its_rendered_section():
    prompt = assemble(SECTIONS, budget=1_000)
    assert set(prompt.spans) == {s.title for s in SECTIONS}
    for section in SECTIONS:
        start, end = prompt.spans[section.title]
        assert prompt.text[start:end] == render(section)


def test_spans_start_at_zero_and_end_at_text_end():
    prompt = assemble(SECTIONS, budget=1_000)
    ordered = sorted(prompt.spans.values())
    assert ordered[0][0] == 0
    assert ordered[-1][1] == len(prompt.text)
    for (_, end), (start, _) in zip(ordered, ordered[1:]):
        assert prompt.text[end:start] == "\n\n"


def test_spans_after_dropping():
    prompt = assemble(SECTIONS, budget=24)
    assert prompt.dropped == ["Persona", "Examples", "Tone"]
    assert set(prompt.spans) == {"Tools", "Policies"}
    for title in ("Tools", "Policies"):
        start, end = prompt.spans[title]
        assert prompt.text[start:end].startswith(f"## {title}\n")
    assert prompt.spans["Tools"][0] == 0


def test_single_section_span():
    only = Section("Only", "one two three")
    prompt = assemble([only], budget=10)
    assert prompt.spans == {"Only": (0, len("## Only\none two three"))}


def test_nothing_fits():
    prompt = assemble(SECTIONS[:2], budget=3)
    assert (prompt.text, prompt.tokens, prompt.spans) == ("", 0, {})
    assert prompt.dropped == ["Tools", "Persona"]


def test_body_whitespace_trimmed():
    prompt = assemble([Section("Tone", "  Friendly but terse.  ")], budget=50)
    assert prompt.text == "## Tone\nFriendly but terse."
