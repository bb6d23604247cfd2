from elementary_ca_rule import parse, render, run, step


def test_parse_and_render_round_trip():
    text = "..#.##..#"
    assert render(parse(text)) == text
    assert parse("#.#") == [1, 0, 1]


def test_rule_90_sierpinski():
    rows = [render(r) for r in run(parse("....#...."), 90, 3)]
    assert rows == ["....#....", "...#.#...", "..#...#..", ".#.#.#.#."]


def test_rule_0_and_rule_204():
    cells = parse("#..##.#")
    assert step(cells, 0) == [0] * 7
    assert step(cells, 204) == cells


def test_rule_30_from_single_cell():
    rows = [render(r) for r in run(parse(".......#......."), 30, 3)]
    assert rows == [
        ".......#.......",
        "......###......",
        ".....##..#.....",
        "....##.####....",
    ]


def test_rule_184_moves_cars_right():
    rows = [render(r) for r in run(parse("##.#...."), 184, 2)]
    assert rows == ["##.#....", "#.#.#...", ".#.#.#.."]
