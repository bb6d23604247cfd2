import pytest

from changelog_assembler import assemble, classify


@pytest.mark.parametrize("message", [
    "chore(deps)!: require Python 3.10",
    "build!: publish wheels only",
    "ci: new pipeline\n\nBREAKING CHANGE: artifacts moved",
    "docs: rewrite guide\n\nBREAKING-CHANGE: old URLs are gone",
    "Refactor!: split the client module",
])
def test_any_type_can_be_breaking(message):
    assert classify(message)[0] == "breaking"


@pytest.mark.parametrize("message", ["chore: tidy", "style: black", "test(core): more cases", "revert: oops"])
def test_unlisted_types_still_skipped(message):
    assert classify(message) is None


def test_breaking_word_in_body_not_footer_start():
    assert classify("fix: parser\n\nmentions a BREAKING CHANGE: in passing") == ("fix", "", "parser")


def test_full_release_with_breaking_refactor():
    text = assemble("2.0.0", "2024-06-01", [
        "refactor(storage)!: new on-disk format",
        "feat(ui): dark mode",
        "fix: crash on empty input",
        "chore: release",
        "style: formatting",
    ])
    assert text == (
        "## 2.0.0 (2024-06-01)\n"
        "\n### Breaking changes\n\n- **storage:** new on-disk format\n"
        "\n### Features\n\n- **ui:** dark mode\n"
        "\n### Bug fixes\n\n- crash on empty input\n"
    )


def test_only_breaking_housekeeping_is_not_empty():
    text = assemble("3.0.0", "2024-07-01", ["chore!: drop Windows 7"])
    assert "_No notable changes._" not in text
    assert "- drop Windows 7" in text


def test_same_subject_different_scope_kept():
    text = assemble("1.0.1", "2024-01-01", ["fix(a): typo", "fix(b): typo", "fix(a): typo"])
    assert text.count("typo") == 2
