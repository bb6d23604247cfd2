from citation_merge import merge_citations

SOURCES = [
    {"title": "Louvre guide", "url": "https://example.org/louvre"},
    {"title": "Seine facts", "url": "https://example.org/seine"},
    {"title": "France atlas", "url": "https://example.org/atlas"},
]


def test_answer_without_citations():
    result = merge_citations("Paris is in France.", SOURCES)
    assert (result.text, result.references, result.unresolved) == ("Paris is in France.", [], [])


def test_markers_renumbered_in_citation_order():
    result = merge_citations("Paris is the capital [3]. It hosts the Louvre [1].", SOURCES)
    assert result.text == "Paris is the capital [1]. It hosts the Louvre [2]."
    assert result.references == [
        "[1] France atlas <https://example.org/atlas>",
        "[2] Louvre guide <https://example.org/louvre>",
    ]


def test_repeated_citation_keeps_its_number():
    result = merge_citations("The Seine [2] crosses Paris [2][1].", SOURCES)
    assert result.text == "The Seine [1] crosses Paris [1][2]."
    assert len(result.references) == 2


def test_source_without_url_is_reported():
    sources = [{"title": "Notes"}, SOURCES[1]]
    result = merge_citations("A river [1] runs through it [2].", sources)
    assert result.text == "A river runs through it [1]."
    assert result.references == ["[1] Seine facts <https://example.org/seine>"]
    assert result.unresolved == [1]


def test_citation_past_the_last_source_is_reported():
    result = merge_citations("Paris has 20 districts [7]. It is old [2].", SOURCES)
    assert result.text == "Paris has 20 districts. It is old [1]."
    assert result.unresolved == [7]
