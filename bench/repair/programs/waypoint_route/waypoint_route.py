"""Road map with two-way weighted roads: cheapest paths and routes through waypoints."""

import heapq

Route = tuple[int, list[str]]


class RoadMap:
    def __init__(self) -> None:
        self._roads: dict[str, dict[str, int]] = {}

    def add_road(self, a: str, b: str, cost: int) -> None:
        """Add a road both ways; of parallel roads only the cheapest one matters."""
        for here, there in ((a, b), (b, a)):
            known = self._roads.setdefault(here, {})
            known[there] = min(cost, known.get(there, cost))

    def neighbours(self, town: str) -> dict[str, int]:
        return dict(self._roads.get(town, {}))

    def cheapest_path(self, start: str, goal: str) -> Route | None:
        """(cost, towns from start to goal) of a cheapest path, or None if unreachable."""
        dist = {start: 0}
        previous: dict[str, str] = {}
        queue = [(0, start)]
        while queue:
            cost, town = heapq.heappop(queue)
            if town == goal:
                path = [goal]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return cost, path[::-1]
            if cost > dist[town]:
                continue
            for there, step in self._roads.get(town, {}).items():
                if there not in dist or cost + step < dist[there]:
                    dist[there] = cost + step
                    previous[there] = town
                    heapq.heappush(queue, (cost + step, there))
        return None

    def route(self, stops: list[str]) -> Route | None:
        """Cheapest way to visit the stops in the given order."""
        total, towns = 0, stops[:1]
        for here, there in zip(stops, stops[1:]):
            leg = self.cheapest_path(here, there)
            if leg is None:
                return None
            total += leg[0]
            towns += leg[1][:-1]
        return total, towns
