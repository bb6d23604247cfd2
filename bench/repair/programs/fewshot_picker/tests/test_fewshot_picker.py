from fewshot_picker import Example, pick_examples

POOL = [
    Example("sql-1", "count the rows in the orders table", "SELECT COUNT(*) FROM orders;",
            frozenset({"sql"})),
    Example("py-1", "count the words in a text file", "len(open(path).read().split())",
            frozenset({"python"})),
    Example("sql-2", "list the ten newest orders", "SELECT * FROM orders ORDER BY id DESC LIMIT 10;",
            frozenset({"sql"})),
    Example("chat-1", "say hello politely", "Hello! How can I help?"),
]


def test_most_similar_first():
    picked = pick_examples("count the rows in the users table", POOL, k=2)
    assert [example.id for example in picked] == ["sql-1", "py-1"]


def test_k_limits_the_result():
    assert len(pick_examples("count the orders", POOL, k=1)) == 1


def test_unrelated_examples_left_out():
    picked = pick_examples("count the rows", POOL, k=4)
    assert "chat-1" not in [example.id for example in picked]


def test_min_score():
    picked = pick_examples("count the rows in the orders table", POOL, k=4, min_score=0.5)
    assert [example.id for example in picked] == ["sql-1"]


def test_examples_already_in_the_prompt_are_skipped():
    picked = pick_examples("count the rows in the users table", POOL, k=2, exclude={"sql-1"})
    assert [example.id for example in picked] == ["py-1", "sql-2"]


def test_required_tag():
    picked = pick_examples("count the words in the orders table", POOL, k=3, required_tag="sql")
    assert [example.id for example in picked] == ["sql-1", "sql-2"]
