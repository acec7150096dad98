"""Exact arithmetic: marks and weights as whole numbers of their smallest decimal unit.

Marks lie on the `score_step` grid and weights are decimals (as typed: 0.3 is three
tenths, not the binary number nearest to it). So every mark is a whole number of
10^-d (d: the step's decimals, or more if a stored mark has more) and every weight a
whole number of 10^-e (e: the most decimals of any weight); a juror's total Σ weight ×
score is then a whole number of 10^-(d+e), summed exactly in Python integers whatever
the weights (10^6 and a step of 0.01 included). A project's score is a `Fraction` of
those; two scores equal in decimal arithmetic are equal here, with no tolerance.

Floats remain only where the contract's own formula is not exact (z-score
normalisation) and for showing a number.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Iterable, Iterator, Mapping, NamedTuple

ROUNDING_MODES = ("half_up", "half_even")
MAX_DECIMALS = 9


def decimals(x: float) -> int:
    """How many digits after the point `x` has as written (its shortest repr):
    0.5 -> 1, 0.25 -> 2, 3.0 -> 0, 1e6 -> 0."""
    exponent = Decimal(repr(float(x))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def as_fraction(x: float | int | Fraction) -> Fraction:
    """A stored decimal (a float as its shortest repr reads) as an exact fraction."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    return Fraction(Decimal(repr(float(x))))


class OffGrid(Exception):
    """A sheet summed in floats did not land on a whole number of units: some mark is
    off the step's grid (a file edited by hand), so the sheet is summed exactly."""


class _Units(dict):
    """score (float) -> whole units of 10^-d; each distinct score converted once. A
    mark off that grid (edited by hand into the file) becomes an exact Fraction of
    units instead, so that everything summed with it stays exact."""

    def __init__(self, d: int):
        super().__init__()
        self.factor = 10 ** d

    def __missing__(self, score: float) -> int | Fraction:
        scaled = score * self.factor
        units = round(scaled)
        if abs(scaled - units) > 1e-6:
            units = as_fraction(score) * self.factor
        self[score] = units
        return units


class Scale:
    """The units of one competition: marks in 10^-d, weights in 10^-e, totals in 10^-k
    (k = d + e)."""

    def __init__(self, step: float, weights: Mapping[str, float], mark_decimals: int = 0):
        self.d = min(max(decimals(step), mark_decimals), MAX_DECIMALS)
        self.e = min(max((decimals(w) for w in weights.values()), default=0), MAX_DECIMALS)
        self.k = self.d + self.e
        self.mark_unit = 10 ** self.d          # a mark of 1.0 in units
        self.total_unit = 10 ** self.k         # a total of 1.0 in units
        self.weight_unit = 10 ** self.e
        self.weights = {c: round(w * self.weight_unit) for c, w in weights.items()}
        self.units = _Units(self.d)            # mark -> units of 10^-d

    @classmethod
    def of(cls, competition, marks: Iterable[float] = ()) -> "Scale":
        """The scale of `competition`, wide enough for every mark of `marks`."""
        weights = {c.code: c.weight for c in competition.criteria}
        extra = max((decimals(v) for v in set(marks)), default=0)
        return cls(competition.settings.score_step, weights, extra)

    def fits_floats(self, maxima) -> bool:
        """Whether a sheet summed in floats (each mark × its weight in units × 10^d)
        stays within 2^-10 of its exact whole number of units: true while the largest
        possible sheet (marks up to twice the criteria's maxima) times the number of
        terms is below 2^43."""
        maxima = list(maxima)
        top = sum(w * m * 2 for w, m in zip(self.weights.values(), maxima)) * self.mark_unit
        return top * (len(maxima) + 2) < 2 ** 43

    def same_as(self, other: "Scale") -> bool:
        return (self.d, self.e, self.weights) == (other.d, other.e, other.weights)

    def mark(self, score: float) -> int:
        return self.units[score]

    def total_value(self, units: int) -> float:
        """A total in units as the float nearest to it (int / int is correctly rounded)."""
        return units / self.total_unit


class FloatView(Mapping):
    """juror -> total as a float, read from totals in units only when asked (a ranking
    of 1,000 projects after every keyed mark does not convert 25,000 totals it never
    shows)."""

    __slots__ = ("_units", "_unit")

    def __init__(self, units: Mapping[str, int], unit: int):
        self._units, self._unit = units, unit

    def __getitem__(self, key: str) -> float:
        value = self._units[key]
        return value / self._unit if type(value) is int else float(value / self._unit)

    def __iter__(self) -> Iterator[str]:
        return iter(self._units)

    def __len__(self) -> int:
        return len(self._units)

    def __contains__(self, key) -> bool:
        return key in self._units

    def __repr__(self) -> str:
        return repr(dict(self))


# ----- the three methods over whole numbers ----------------------------------------------
def aggregate_units(values: list[int], method: str, trim: int, unit: int,
                    times: int = 1) -> Fraction | None:
    """`method` over `values` (whole units; `unit` of them make 1) as an exact value:
    the mean, the mean after dropping `trim` highest and lowest (when at least
    2×trim+1 values are given, else the plain mean), or the median; `times` (a positive
    whole number) multiplies each value, which multiplies the result. None when empty."""
    n = len(values)
    if not n:
        return None
    if method == "mean":
        return Fraction(sum(values) * times, n * unit)
    vals = sorted(values)
    if method == "trimmed_mean":
        t = max(int(trim), 0)
        if t and n >= 2 * t + 1:
            vals = vals[t:n - t]
        return Fraction(sum(vals) * times, len(vals) * unit)
    mid = n // 2
    if n % 2:
        return Fraction(vals[mid] * times, unit)
    return Fraction((vals[mid - 1] + vals[mid]) * times, 2 * unit)


def to_float(x: Fraction | float) -> float:
    """The float nearest to an exact value (int / int is correctly rounded)."""
    return x.numerator / x.denominator if isinstance(x, Fraction) else float(x)


def aggregate_exact(values: list[Fraction], method: str, trim: int) -> Fraction | None:
    """The same over exact values (rounded panel scores and the like)."""
    n = len(values)
    if not n:
        return None
    if method == "mean":
        return sum(values, Fraction(0)) / n
    vals = sorted(values)
    if method == "trimmed_mean":
        t = max(int(trim), 0)
        if t and n >= 2 * t + 1:
            vals = vals[t:n - t]
        return sum(vals, Fraction(0)) / len(vals)
    mid = n // 2
    return vals[mid] if n % 2 else (vals[mid - 1] + vals[mid]) / 2


# ----- rounding --------------------------------------------------------------------------
class Rounding(NamedTuple):
    """The regulation's `[rounding]`: decimals for each step (None: that step is not
    rounded) and the mode."""

    criterion: int | None = None
    weighted: int | None = None
    score: int | None = None
    mode: str = "half_up"

    @property
    def any(self) -> bool:
        return (self.criterion, self.weighted, self.score) != (None, None, None)


NO_ROUNDING = Rounding()


def _round_int(n: int, d: int, mode: str) -> int:
    """n / d rounded to a whole number: half_up rounds a half away from zero (as a
    calculator and a spreadsheet's ROUND do), half_even to the even neighbour."""
    q, r = divmod(abs(n), d)
    twice = 2 * r
    if twice > d or (twice == d and (mode == "half_up" or q % 2)):
        q += 1
    return q if n >= 0 else -q


def round_value(x: Fraction | float, places: int | None, mode: str) -> Fraction | float:
    """`x` rounded to `places` decimals (None: unchanged). A float (a z-score result) is
    rounded as its shortest decimal reads, and the result is exact."""
    if places is None:
        return x
    if isinstance(x, float):
        x = as_fraction(x)
    scale = 10 ** places
    return Fraction(_round_int(x.numerator * scale, x.denominator, mode), scale)


def round_units(n: int, k: int, places: int | None, mode: str) -> int:
    """A whole number of 10^-k rounded to `places` decimals, still in 10^-k."""
    if places is None or places >= k:
        return n
    step = 10 ** (k - places)
    return _round_int(n, step, mode) * step


# ----- ranking keys ----------------------------------------------------------------------
def common_keys(values: Mapping[str, Fraction]) -> dict[str, int]:
    """Exact values as whole numbers over one common denominator: sorting and comparing
    them is sorting and comparing the values, at the speed of integers."""
    import math

    if not values:
        return {}
    den = math.lcm(*{v.denominator for v in values.values()})
    return {code: v.numerator * (den // v.denominator) for code, v in values.items()}
