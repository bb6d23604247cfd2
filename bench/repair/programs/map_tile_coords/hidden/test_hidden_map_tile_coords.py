import pytest

from map_tile_coords import MAX_LATITUDE, tile_bounds, tile_center, tile_of, tiles_covering

POINTS = [
    (139.6917, 35.6895),
    (-74.006, 40.7128),
    (151.2093, -33.8688),
    (-58.3816, -34.6037),
    (18.4241, -33.9249),
    (-149.9003, 61.2181),
    (0.0001, -0.0001),
]


@pytest.mark.parametrize("lon,lat", POINTS)
@pytest.mark.parametrize("zoom", [1, 5, 9, 15])
def test_bounds_of_containing_tile_hold_the_point(lon, lat, zoom):
    west, south, east, north = tile_bounds(*tile_of(lon, lat, zoom), zoom)
    assert west <= lon < east
    assert south <= lat < north


def test_exact_bounds_of_zoom_one_tiles():
    assert tile_bounds(1, 0, 1) == pytest.approx((0.0, 0.0, 180.0, MAX_LATITUDE))
    assert tile_bounds(0, 1, 1) == pytest.approx((-180.0, -MAX_LATITUDE, 0.0, 0.0), abs=1e-9)


def test_known_tile_bounds():
    assert tile_bounds(550, 335, 10) == pytest.approx(
        (13.359375, 52.48278022207821, 13.7109375, 52.69636107827448))


def test_neighbouring_rows_share_an_edge():
    for y in range(0, 15):
        upper = tile_bounds(3, y, 4)
        lower = tile_bounds(3, y + 1, 4)
        assert upper[1] == pytest.approx(lower[3])
        assert upper[1] < upper[3]


def test_centers_lie_inside_their_tile():
    for x, y, zoom in [(0, 0, 2), (5, 9, 4), (1023, 0, 10), (12, 30, 5)]:
        lon, lat = tile_center(x, y, zoom)
        assert tile_of(lon, lat, zoom) == (x, y)


def test_tiles_covering_stays_in_one_tile():
    assert tiles_covering((13.40, 52.51, 13.41, 52.52), 10) == [(550, 335)]


def test_tiles_covering_southern_box():
    tiles = tiles_covering((150.0, -35.0, 152.0, -33.0), 7)
    assert tiles == [(x, y) for y in (76, 77) for x in (117, 118)]
