from tool_arg_ranges import ArgError, format_errors, validate_args

SEARCH = {
    "query": {"type": "string", "required": True, "max_length": 5},
    "limit": {"type": "integer", "minimum": 1, "maximum": 50},
    "score": {"type": "number", "minimum": 0.0, "maximum": 1.0},
    "order": {"type": "enum", "choices": ["asc", "desc"]},
}


def test_all_problems_sorted_by_field():
    args = {"zeta": 1, "order": "up", "limit": True, "alpha": 2, "score": 1.5}
    errors = validate_args(args, SEARCH)
    assert errors == [
        ArgError("alpha", "is not a known parameter"),
        ArgError("limit", "must be an integer"),
        ArgError("order", "must be one of: asc, desc"),
        ArgError("query", "is required"),
        ArgError("score", "must be <= 1.0"),
        ArgError("zeta", "is not a known parameter"),
    ]


def test_two_problems_in_reverse_order():
    errors = validate_args({"query": "toolong", "limit": 0}, SEARCH)
    assert errors == [ArgError("limit", "must be >= 1"),
                      ArgError("query", "must be at most 5 characters")]


def test_number_accepts_int_and_rejects_string():
    assert validate_args({"query": "a", "score": 1}, SEARCH) == []
    assert validate_args({"query": "a", "score": "0.5"}, SEARCH) == [
        ArgError("score", "must be a number")]


def test_range_bounds_inclusive():
    assert validate_args({"query": "abcde", "limit": 50, "score": 0.0}, SEARCH) == []


def test_format_lists_every_error_in_order():
    errors = validate_args({"order": "sideways", "limit": 99}, SEARCH)
    assert format_errors("search", errors) == (
        "Invalid arguments for search:\n"
        "- limit must be <= 50\n"
        "- order must be one of: asc, desc\n"
        "- query is required")
