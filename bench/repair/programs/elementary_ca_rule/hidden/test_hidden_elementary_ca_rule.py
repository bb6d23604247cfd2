from elementary_ca_rule import cycle, parse, render, run, step


def test_rule_30_six_generations():
    rows = [render(r) for r in run(parse(".......#......."), 30, 6)]
    assert rows[4:] == ["...##..#...#...", "..##.####.###..", ".##..#....#..#."]


def test_rule_30_wraps_around():
    rows = [render(r) for r in run(parse("#....###"), 30, 3)]
    assert rows == ["#....###", ".#..##..", "#####.#.", "#.....#."]


def test_rule_110_grows_left_without_wrap():
    rows = [render(r) for r in run(parse(".......#"), 110, 4, wrap=False)]
    assert rows == [".......#", "......##", ".....###", "....##.#", "...#####"]


def test_rule_184_cars_leave_at_the_right_edge():
    rows = [render(r) for r in run(parse("..#.#..###"), 184, 4, wrap=False)]
    assert rows == ["..#.#..###", "...#.#.##.", "....#.##.#", ".....##.#.", ".....#.#.#"]


def test_rule_45_small_ring():
    rows = [render(r) for r in run(parse(".#.."), 45, 3)]
    assert rows == [".#..", ".#.#", "####", "...."]


def test_rule_150_without_wrap():
    rows = [render(r) for r in run(parse("#......#..#"), 150, 2, wrap=False)]
    assert rows == ["#......#..#", "##....#####", "..#..#.###."]


def test_cycles():
    assert cycle(parse("#....."), 110) == (2, 9)
    assert cycle(parse("#.##.."), 30) == (6, 1)
    assert cycle(parse("##....."), 184) == (1, 7)
    assert cycle(parse("#...."), 30) == (1, 5)


def test_step_does_not_modify_input():
    cells = parse("#.#..#")
    step(cells, 30)
    assert render(cells) == "#.#..#"
