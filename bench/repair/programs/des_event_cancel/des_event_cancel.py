"""A small discrete-event simulation clock with cancellable events."""

import heapq
import itertools


class Simulator:
    def __init__(self):
        self.now = 0
        self._queue = []
        self._ids = itertools.count()
        self._live = {}

    def schedule(self, delay, action, *args):
        """Run action(*args) `delay` time units from now; returns a handle."""
        if delay < 0:
            raise ValueError("cannot schedule into the past")
        handle = next(self._ids)
        entry = [self.now + delay, handle, action, args]
        heapq.heappush(self._queue, entry)
        self._live[handle] = entry
        return handle

    def cancel(self, handle):
        """Drop a pending event. False if it already ran or was cancelled."""
        entry = self._live.pop(handle, None)
        if entry is None:
            return False
        entry[2] = None
        return True

    def pending(self):
        return len(self._live)

    def run(self, until=None):
        """Fire events in time order (ties in scheduling order) up to `until`."""
        while self._queue:
            when, handle, action, args = self._queue[0]
            if until is not None and when > until:
                break
            heapq.heappop(self._queue)
            if action is None:
                continue
            self.now = when
            action(*args)


def single_server(arrivals, service, patience=None):
    """FIFO single-server queue; waiting longer than `patience` means leaving."""
    sim = Simulator()
    line, served, reneged, timers, busy = [], {}, [], {}, [False]

    def start_next():
        if line and not busy[0]:
            i = line.pop(0)
            sim.cancel(timers.pop(i, -1))
            busy[0] = True
            served[i] = (sim.now, sim.now + service[i])
            sim.schedule(service[i], finish)

    def finish():
        busy[0] = False
        start_next()

    def give_up(i):
        line.remove(i)
        reneged.append(i)

    def arrive(i):
        line.append(i)
        if patience is not None:
            timers[i] = sim.schedule(patience, give_up, i)
        start_next()

    for i, t in enumerate(arrivals):
        sim.schedule(t, arrive, i)
    sim.run()
    return served, reneged
