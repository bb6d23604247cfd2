from grep_context_tool import grep

SOURCE = """import os

def load(path):
    with open(path) as handle:
        return handle.read()

def save(path, data):
    with open(path, "w") as handle:
        handle.write(data)

def remove(path):
    os.remove(path)
"""


def test_matching_lines_are_numbered():
    assert grep(SOURCE, r"^def ") == "3:def load(path):\n7:def save(path, data):\n11:def remove(path):"


def test_no_matches():
    assert grep(SOURCE, "shutil") == "No matches found."


def test_ignore_case():
    assert grep(SOURCE, "IMPORT", ignore_case=True) == "1:import os"


def test_separated_groups_get_a_separator():
    assert grep(SOURCE, "open", after=1) == (
        "4:    with open(path) as handle:\n"
        "5-        return handle.read()\n"
        "--\n"
        "8:    with open(path, \"w\") as handle:\n"
        "9-        handle.write(data)"
    )


def test_neighbouring_context_runs_together():
    assert grep(SOURCE, r"^def (load|save)", before=1, after=2) == (
        "2-\n"
        "3:def load(path):\n"
        "4-    with open(path) as handle:\n"
        "5-        return handle.read()\n"
        "6-\n"
        "7:def save(path, data):\n"
        "8-    with open(path, \"w\") as handle:\n"
        "9-        handle.write(data)"
    )


def test_max_matches():
    assert grep(SOURCE, "path", max_matches=2) == "3:def load(path):\n4:    with open(path) as handle:"
