import pytest

from map_tile_coords import MAX_LATITUDE, quadkey, tile_bounds, tile_center, tile_of, tiles_covering


def test_tile_of_berlin():
    assert tile_of(13.4050, 52.5200, 10) == (550, 335)


def test_tile_of_clamps_at_the_edges():
    assert tile_of(180.0, 90.0, 3) == (7, 0)
    assert tile_of(-180.0, -90.0, 3) == (0, 7)


def test_whole_world_tile():
    assert tile_bounds(0, 0, 0) == pytest.approx((-180.0, -MAX_LATITUDE, 180.0, MAX_LATITUDE))


def test_bounds_contain_the_point():
    west, south, east, north = tile_bounds(*tile_of(-0.1276, 51.5072, 12), 12)
    assert west <= -0.1276 < east
    assert south <= 51.5072 < north


def test_center_of_north_west_quarter():
    assert tile_center(0, 0, 1) == pytest.approx((-90.0, MAX_LATITUDE / 2))


def test_quadkey():
    assert quadkey(3, 5, 3) == "213"
    assert quadkey(0, 0, 0) == ""


def test_tiles_covering_a_box():
    assert tiles_covering((-10.0, -10.0, 10.0, 10.0), 1) == [(0, 0), (1, 0), (0, 1), (1, 1)]
