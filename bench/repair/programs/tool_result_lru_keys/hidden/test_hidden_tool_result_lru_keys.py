from tool_result_lru_keys import ToolResultCache


def test_dict_key_order_does_not_matter():
    cache = ToolResultCache()
    cache.put("search", {"query": "lru", "top_k": 5, "lang": "py"}, "hits")
    assert cache.get("search", {"lang": "py", "top_k": 5, "query": "lru"}) == "hits"
    assert cache.get("search", {"top_k": 5, "query": "lru", "lang": "py"}) == "hits"


def test_nested_argument_order_does_not_matter():
    cache = ToolResultCache()
    cache.put("query_db", {"table": "t", "where": {"b": 1, "a": [1, 2]}}, "rows")
    assert cache.get("query_db", {"where": {"a": [1, 2], "b": 1}, "table": "t"}) == "rows"
    assert cache.get("query_db", {"where": {"a": [2, 1], "b": 1}, "table": "t"}) is None


def test_string_and_dict_args_share_entries():
    cache = ToolResultCache()
    cache.put("read_file", '{ "path" : "x.md",  "offset": 10 }', "body")
    assert cache.get("read_file", {"offset": 10, "path": "x.md"}) == "body"
    cache.put("list_dir", "", "listing")
    assert cache.get("list_dir", {}) == "listing"


def test_key_is_stable_and_distinguishes_tools():
    k1 = ToolResultCache.key("grep", {"b": 2, "a": 1})
    k2 = ToolResultCache.key("grep", '{"a": 1, "b": 2}')
    assert k1 == k2
    assert k1.startswith("grep:")
    assert ToolResultCache.key("glob", {"a": 1, "b": 2}) != k1


def test_eviction_counts_reordered_calls_as_one_entry():
    cache = ToolResultCache(capacity=2)
    cache.put("grep", {"q": "a", "path": "."}, "A")
    cache.put("grep", {"path": ".", "q": "a"}, "A2")
    cache.put("grep", {"q": "b", "path": "."}, "B")
    assert len(cache) == 2
    assert cache.get("grep", {"q": "a", "path": "."}) == "A2"
    assert cache.get("grep", {"q": "b", "path": "."}) == "B"
