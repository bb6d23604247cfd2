from fewshot_pool_budget import ExamplePool


def test_render_strips_whitespace():
    assert ExamplePool.render("  2+2? ", "4\n") == "Q: 2+2?\nA: 4"


def test_size_matches_block():
    pool = ExamplePool(budget=1000)
    pool.add("a", "What is 2+2?", "4")
    pool.add("b", "Capital of France?", "Paris")
    assert pool.block() == "Q: What is 2+2?\nA: 4\n\nQ: Capital of France?\nA: Paris"
    assert pool.size == len(pool.block())


def test_empty_pool():
    pool = ExamplePool(budget=10)
    assert pool.size == 0
    assert pool.block() == ""
    assert pool.trim() == []


def test_trim_drops_oldest_first():
    pool = ExamplePool(budget=30)
    pool.add("a", "one", "1")
    pool.add("b", "two", "2")
    pool.add("c", "three", "3")
    assert pool.trim() == ["a"]
    assert "a" not in pool
    assert len(pool) == 2
    assert pool.size <= 30


def test_remove_example():
    pool = ExamplePool(budget=100)
    pool.add("a", "one", "1")
    pool.add("b", "two", "2")
    pool.remove("a")
    assert "a" not in pool
    assert pool.block() == "Q: two\nA: 2"
    assert pool.size == len("Q: two\nA: 2")
