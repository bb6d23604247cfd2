"""Count islands while land is added cell by cell (union-find over a flattened grid)."""

NEIGHBOURS = ((-1, 0), (1, 0), (0, -1), (0, 1))
WATER = -1


def island_counts(rows: int, cols: int, cells: list[tuple[int, int]]) -> list[int]:
    """Number of islands after each cell of an all-water grid is turned into land."""
    parent = [WATER] * (rows * cols)

    def find(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    counts = []
    islands = 0
    for row, col in cells:
        if not (0 <= row < rows and 0 <= col < cols):
            raise ValueError(f"cell {(row, col)} is outside a {rows}x{cols} grid")
        index = row * cols + col
        if parent[index] >= 0:
            counts.append(islands)
            continue
        parent[index] = index
        islands += 1
        for d_row, d_col in NEIGHBOURS:
            n_row, n_col = row + d_row, col + d_col
            if not (0 <= n_row < rows and n_col < cols):
                continue
            neighbour = n_row * cols + n_col
            if parent[neighbour] > 0:
                root, other = find(index), find(neighbour)
                if root != other:
                    parent[other] = root
                    islands -= 1
        counts.append(islands)
    return counts
