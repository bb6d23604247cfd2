"""Choose which equipment rentals to accept: as many bookings as possible, none overlapping.

Days are whole numbers and both ends of a booking are inclusive.
"""

from typing import NamedTuple


class Booking(NamedTuple):
    customer: str
    first_day: int
    last_day: int


def days_held(booking: Booking) -> int:
    return booking.last_day - booking.first_day + 1


def accept_bookings(requests: list[Booking]) -> list[Booking]:
    """Greedy by earliest finish, which maximises the number of accepted bookings."""
    for booking in requests:
        if booking.first_day > booking.last_day:
            raise ValueError(f"{booking.customer}: booking ends before it starts")
    accepted: list[Booking] = []
    free_from: int | None = None
    for booking in sorted(requests, key=lambda b: (b.last_day, b.first_day)):
        if free_from is None or booking.first_day >= free_from:
            accepted.append(booking)
            free_from = booking.last_day
    return accepted


def rejected(requests: list[Booking]) -> list[Booking]:
    accepted = set(accept_bookings(requests))
    return [booking for booking in requests if booking not in accepted]


def utilisation(accepted: list[Booking], season_days: int) -> float:
    """Share of the season the item is out on rent."""
    if season_days <= 0:
        raise ValueError("season_days must be positive")
    return sum(days_held(booking) for booking in accepted) / season_days
