"""Seats taken on each day of a season, from bookings over inclusive ranges of days.

A booking is (first_day, last_day, seats); days are numbered 1..days. Bookings are summed
with a difference array: add the seats where a booking starts and take them off the day
after it ends.
"""

from collections.abc import Iterable

Booking = tuple[int, int, int]


def seats_per_day(bookings: Iterable[Booking], days: int) -> list[int]:
    """Seats taken on days 1..days; the part of a booking after the last day is ignored."""
    change = [0] * (days + 2)
    for first, last, seats in bookings:
        if first > days:
            continue
        change[first] += seats
        change[last] -= seats
    taken = []
    running = 0
    for day in range(1, days + 1):
        running += change[day]
        taken.append(running)
    return taken


def busiest_day(bookings: Iterable[Booking], days: int) -> tuple[int, int]:
    """(day, seats) of the earliest day with the most seats taken."""
    taken = seats_per_day(bookings, days)
    index = max(range(days), key=lambda i: taken[i])
    return index + 1, taken[index]


def overbooked_days(bookings: Iterable[Booking], days: int, capacity: int) -> list[int]:
    taken = seats_per_day(bookings, days)
    return [day for day, seats in enumerate(taken, start=1) if seats > capacity]
