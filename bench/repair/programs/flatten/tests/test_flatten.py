from flatten import depth, flat_list


def test_flat_input_unchanged():
    assert flat_list([1, 2, 3]) == [1, 2, 3]


def test_one_level_of_nesting():
    assert flat_list([1, [2, 3], (4,)]) == [1, 2, 3, 4]


def test_search_results_from_nested_batches():
    batches = [["doc1", ["doc2", ["doc3"]]], "doc4"]
    assert flat_list(batches) == ["doc1", "doc2", "doc3", "doc4"]


def test_depth():
    assert depth(5) == 0
    assert depth([1, [2, [3]]]) == 3
