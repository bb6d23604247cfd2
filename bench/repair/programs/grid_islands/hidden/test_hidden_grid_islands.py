import random

from grid_islands import count_islands, islands, largest_island


def reference_sizes(grid):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == "#":
                parent[(r, c)] = (r, c)
    for r, c in list(parent):
        for other in ((r + 1, c), (r, c + 1)):
            if other in parent:
                parent[find(other)] = find((r, c))
    sizes = {}
    for cell in parent:
        root = find(cell)
        sizes[root] = sizes.get(root, 0) + 1
    return sorted(sizes.values(), reverse=True)


def test_random_maps_match_union_find():
    rng = random.Random(17)
    for _ in range(300):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        grid = ["".join(rng.choice("#..") for _ in range(cols)) for _ in range(rows)]
        assert islands(grid) == reference_sizes(grid)


def test_ring_and_spiral():
    assert count_islands(["###", "#.#", "###"]) == 1
    spiral = ["#####", "....#", "###.#", "#...#", "#####"]
    assert largest_island(spiral) == 17


def test_hook_reaching_up():
    assert islands(["..#", "..#", "###", "#.."]) == [6]
