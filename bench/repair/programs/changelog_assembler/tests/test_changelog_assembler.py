from changelog_assembler import assemble, classify


def test_classify_feature_with_scope():
    assert classify("feat(api): add bulk export") == ("feat", "api", "add bulk export")


def test_classify_ignores_housekeeping_and_free_text():
    assert classify("chore: bump deps") is None
    assert classify("docs(readme): typo") is None
    assert classify("Merge branch 'main'") is None


def test_breaking_changes_get_their_own_section():
    assert classify("feat!: drop the v1 endpoints")[0] == "breaking"
    message = "refactor(config): rename keys\n\nBREAKING CHANGE: `db_url` is now `database.url`"
    assert classify(message) == ("breaking", "config", "rename keys")


def test_assemble_orders_sections():
    text = assemble("1.4.0", "2024-05-02", [
        "fix(cli): exit code on failure",
        "feat: config profiles",
        "chore: lint",
        "perf: cache parsed manifests",
    ])
    assert text == (
        "## 1.4.0 (2024-05-02)\n"
        "\n### Features\n\n- config profiles\n"
        "\n### Bug fixes\n\n- **cli:** exit code on failure\n"
        "\n### Performance\n\n- cache parsed manifests\n"
    )


def test_duplicate_entries_listed_once():
    text = assemble("1.4.1", "2024-05-09", ["fix: retry upload", "fix: retry upload"])
    assert text.count("retry upload") == 1


def test_empty_release():
    assert assemble("1.4.2", "2024-05-10", ["chore: ci"]) == "## 1.4.2 (2024-05-10)\n\n_No notable changes._\n"
