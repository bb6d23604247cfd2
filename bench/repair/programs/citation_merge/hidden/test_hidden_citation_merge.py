from citation_merge import merge_citations

SOURCES = [
    {"title": "Alpha", "url": "https://a.example"},
    {"title": "Beta", "url": "https://b.example"},
]


def test_no_sources_at_all():
    result = merge_citations("Claim one [1]. Claim two [2].", [])
    assert result.text == "Claim one. Claim two."
    assert result.references == []
    assert result.unresolved == [1, 2]


def test_unresolved_listed_once_in_first_seen_order():
    result = merge_citations("x [9] y [3] z [9] w [2]", SOURCES)
    assert result.text == "x y z w [1]"
    assert result.unresolved == [9, 3]
    assert result.references == ["[1] Beta <https://b.example>"]


def test_numbering_skips_unresolved_markers():
    sources = SOURCES + [{"url": "https://c.example"}]
    result = merge_citations("Intro [5] first [3] then [2] and [1] and [2].", sources)
    assert result.text == "Intro first then [1] and [2] and [1]."
    assert result.references == [
        "[1] Beta <https://b.example>",
        "[2] Alpha <https://a.example>",
    ]
    assert result.unresolved == [5, 3]


def test_large_marker_number():
    result = merge_citations("See [1000000].", SOURCES)
    assert result.text == "See."
    assert result.unresolved == [1000000]


def test_brackets_that_are_not_citations_untouched():
    result = merge_citations("Use list[int] and [0] here [1].", SOURCES)
    assert result.text == "Use list[int] and [0] here [1]."
    assert result.references == ["[1] Alpha <https://a.example>"]
