import pytest

from app.errors import InputError
from app.scoring import aggregate, mean, median, trimmed_mean


def test_mean():
    # (1 + 2 + 4) / 3 = 7/3
    assert mean([1, 2, 4]) == pytest.approx(7 / 3)


def test_trimmed_mean_drops_one_each_end():
    # drop 1 and 20 -> (5 + 6 + 7) / 3 = 6
    assert trimmed_mean([20, 5, 1, 7, 6], 1) == 6


def test_trimmed_mean_at_exactly_2_trim_plus_1():
    # 3 totals, trim 1: 3 >= 2*1+1, drop 1 and 20 -> 5
    assert trimmed_mean([1, 20, 5], 1) == 5


def test_trimmed_mean_falls_back_to_plain_mean():
    # 2 totals, trim 1: 2 < 3 -> plain mean (1 + 20) / 2 = 10.5
    assert trimmed_mean([1, 20], 1) == 10.5
    # 4 totals, trim 2: 4 < 5 -> plain mean (1+2+3+10)/4 = 4
    assert trimmed_mean([1, 2, 3, 10], 2) == 4
    # 5 totals, trim 2: drop 1,2 and 4,100 -> 3
    assert trimmed_mean([1, 2, 3, 4, 100], 2) == 3


def test_trim_zero_is_plain_mean():
    assert trimmed_mean([0, 0, 9], 0) == 3


def test_median_odd_and_even():
    assert median([3, 1, 2]) == 2
    # even: (2 + 3) / 2 = 2.5
    assert median([10, 1, 3, 2]) == 2.5


def test_aggregate_dispatch_empty_and_unknown():
    assert aggregate([1, 2, 9], "mean") == 4
    assert aggregate([1, 2, 9], "median") == 2
    assert aggregate([1, 2, 9], "trimmed_mean", 1) == 2
    assert aggregate([], "mean") is None
    with pytest.raises(InputError):
        aggregate([1], "mode")


def test_sum_does_not_depend_on_order():
    # fsum is exactly rounded: the same multiset gives the same float
    a = [0.1, 0.2, 0.3, 1e16, -1e16]
    assert mean(a) == mean(list(reversed(a))) == mean(sorted(a))
