"""Parcel postage from a carrier's weight table, billing bulky boxes by volumetric weight."""

import bisect
import math
from dataclasses import dataclass

# Per zone: (heaviest parcel in grams the tier covers, price in cents), lightest tier first.
RATE_TABLE: dict[str, list[tuple[int, int]]] = {
    "domestic": [(500, 495), (1000, 695), (2000, 895), (5000, 1295), (10000, 1895), (20000, 2995)],
    "europe": [(500, 1250), (1000, 1650), (2000, 2150), (5000, 3400), (10000, 5200), (20000, 7900)],
}
VOLUMETRIC_DIVISOR = 5000  # cubic centimetres per billed kilogram
ROUND_TO_G = 100


@dataclass(frozen=True)
class Parcel:
    weight_g: int
    length_cm: int
    width_cm: int
    height_cm: int


def volumetric_weight(parcel: Parcel) -> int:
    volume = parcel.length_cm * parcel.width_cm * parcel.height_cm
    return math.ceil(volume * 1000 / VOLUMETRIC_DIVISOR)


def chargeable_weight(parcel: Parcel) -> int:
    """Grams billed: the larger of actual and volumetric weight, rounded up to 100 g."""
    grams = max(parcel.weight_g, volumetric_weight(parcel))
    return math.ceil(grams / ROUND_TO_G) * ROUND_TO_G


def postage(parcel: Parcel, zone: str) -> int:
    """Price in cents of the lightest tier whose limit the chargeable weight does not exceed."""
    tiers = RATE_TABLE[zone]
    weight = chargeable_weight(parcel)
    limits = [limit for limit, _ in tiers]
    index = bisect.bisect(limits, weight)
    if index == len(tiers):
        raise ValueError(f"{weight} g is over the {limits[-1]} g limit for {zone}")
    return tiers[index][1]


def total_postage(parcels: list[Parcel], zone: str) -> int:
    """Postage for sending each parcel separately."""
    return sum(postage(parcel, zone) for parcel in parcels)
