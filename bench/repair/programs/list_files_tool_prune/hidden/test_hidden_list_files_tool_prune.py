from list_files_tool_prune import list_files


def make(root, *paths):
    for rel in paths:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")


def test_skip_dirs_pruned_at_any_depth(tmp_path):
    make(
        tmp_path,
        "web/node_modules/react/index.js",
        "web/src/main.js",
        "pkg/__pycache__/mod.cpython-311.pyc",
        "pkg/mod.py",
    )
    assert list_files(tmp_path)["files"] == ["pkg/mod.py", "web/src/main.js"]
    assert list_files(tmp_path, "*.js")["total"] == 1


def test_include_hidden_still_skips_git(tmp_path):
    make(tmp_path, ".github/workflows/ci.yml", ".git/config", ".env", "a.txt")
    assert list_files(tmp_path, include_hidden=True)["files"] == [
        ".env",
        ".github/workflows/ci.yml",
        "a.txt",
    ]


def test_hidden_directories_not_entered(tmp_path):
    make(tmp_path, ".cache/data/blob.bin", ".idea/workspace.xml", "main.go")
    assert list_files(tmp_path)["files"] == ["main.go"]


def test_custom_skip_dirs(tmp_path):
    make(tmp_path, "build/out.o", "dist/app.whl", "node_modules/x.js", "src/a.c")
    result = list_files(tmp_path, skip_dirs={"build", "dist"})
    assert result["files"] == ["node_modules/x.js", "src/a.c"]
    assert result["total"] == 2


def test_total_counts_only_visible_files(tmp_path):
    make(tmp_path, *[f"f{i}.txt" for i in range(5)], ".git/objects/aa/bb", ".venv/lib/site.py")
    result = list_files(tmp_path, limit=3)
    assert result["total"] == 5
    assert result["truncated"] is True
