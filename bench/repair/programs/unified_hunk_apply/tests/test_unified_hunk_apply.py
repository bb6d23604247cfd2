import pytest

from unified_hunk_apply import HunkError, apply_hunk, parse_hunk

FILE = "import os\nimport sys\n\ndef main():\n    print('hi')\n    return 0\n"


def test_parse_hunk_splits_old_and_new():
    hunk = "@@ -4,3 +4,3 @@\n def main():\n-    print('hi')\n+    print('hello')\n     return 0\n"
    start, old, new = parse_hunk(hunk)
    assert start == 3
    assert old == ["def main():", "    print('hi')", "    return 0"]
    assert new == ["def main():", "    print('hello')", "    return 0"]


def test_applies_at_the_given_line():
    hunk = "@@ -4,3 +4,3 @@\n def main():\n-    print('hi')\n+    print('hello')\n     return 0\n"
    text, offset = apply_hunk(FILE, hunk)
    assert text == FILE.replace("'hi'", "'hello'")
    assert offset == 0


def test_applies_when_the_file_has_moved():
    hunk = "@@ -1,2 +1,3 @@\n import os\n+import re\n import sys\n"
    text, offset = apply_hunk("#!/usr/bin/env python\n# tool\n" + FILE, hunk)
    assert text.startswith("#!/usr/bin/env python\n# tool\nimport os\nimport re\nimport sys\n")
    assert offset == 2


def test_single_line_change():
    hunk = "@@ -2 +2 @@\n-import sys\n+import json\n"
    text, offset = apply_hunk(FILE, hunk)
    assert text == FILE.replace("import sys", "import json")


def test_pure_insertion():
    hunk = "@@ -3,0 +4,2 @@\n+# entry point\n+# returns an exit code\n"
    text, _ = apply_hunk(FILE, hunk)
    assert text.splitlines()[2:6] == ["", "# entry point", "# returns an exit code", "def main():"]


def test_wrong_context_is_refused():
    hunk = "@@ -4,2 +4,2 @@\n def main():\n-    print('bye')\n+    print('hello')\n"
    with pytest.raises(HunkError):
        apply_hunk(FILE, hunk)


def test_counts_must_match_the_body():
    with pytest.raises(HunkError, match="counts"):
        parse_hunk("@@ -1,3 +1,3 @@\n import os\n-import sys\n+import json\n")
