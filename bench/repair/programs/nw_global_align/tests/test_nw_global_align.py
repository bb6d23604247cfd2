from nw_global_align import align, identity, score_table


def test_identical_strings_align_without_gaps():
    assert align("ACGT", "ACGT") == (4, "ACGT", "ACGT")


def test_textbook_score():
    score, top, bottom = align("GATTACA", "GCATGCU")
    assert score == 0
    assert len(top) == len(bottom)


def test_insertion_shows_gap_in_top_row():
    assert align("AC", "ABC") == (1, "A-C", "ABC")


def test_deletion_shows_gap_in_bottom_row():
    assert align("ABC", "AC") == (1, "ABC", "A-C")


def test_table_borders_are_gap_multiples():
    table = score_table("ab", "xyz", gap=-2)
    assert [row[0] for row in table] == [0, -2, -4]
    assert table[0] == [0, -2, -4, -6]


def test_identity():
    assert identity("A-C", "ABC") == 2 / 3
    assert identity("", "") == 1.0
