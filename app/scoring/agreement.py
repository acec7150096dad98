"""How far the jury agreed: each juror against the panel, and the jury as a whole.

Pure functions over a `Results` (the juror totals it already holds) and its `Competition`.
The statistics are descriptive, for the jury's own information; they never change a score.

Decisions taken where nothing is prescribed:

- A juror's totals are the raw totals (Σ weight × mark) of their complete sheets, as the
  outlier flags use them; normalisation does not enter here.
- "The panel" for a project is the plain mean of the raw totals of the jurors counted for
  it. A juror's deviation is their total minus that mean; the rank correlation compares a
  juror's totals with the panel *without that juror* (the mean of the others' totals), so
  a juror is not partly compared with themself.
- Kendall's W (with the correction for tied ranks) and the two-way random-effects,
  absolute-agreement, single-rater ICC(2,1) of Shrout & Fleiss (1979) need every juror's
  total on every project: they are computed over the projects that every scoring juror
  scored completely (recusals and absences leave a project out). With fewer than two such
  projects or two such jurors they are not computed (None), and the sentence says why.
- Plain words: W and ICC are read on the usual scales (Koo & Li 2016 for the ICC:
  below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import fmean
from typing import Sequence

from app.model import Competition

from .results import Results


@dataclass(frozen=True)
class JurorAgreement:
    juror: str
    projects: int                   # projects with a complete sheet from this juror
    mean: float | None              # of the juror's totals
    spread: float | None            # population standard deviation of the totals
    deviation: float | None         # mean of (juror total - panel mean): + lenient, - strict
    abs_deviation: float | None     # mean of |juror total - panel mean|
    flagged: int                    # totals flagged as far from the rest
    rank_correlation: float | None  # Spearman, against the panel without this juror
    points: tuple[tuple[str, float, float], ...] = ()   # (project, juror total, panel mean)


@dataclass(frozen=True)
class JuryAgreement:
    jurors: tuple[JurorAgreement, ...]
    projects_compared: int          # projects every scoring juror scored completely
    kendall_w: float | None
    icc: float | None               # ICC(2,1)
    sentence: str                   # the verdict in plain English words


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n, ties sharing the mean of their places (ascending values)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        shared = (i + j) / 2 + 1
        for k in range(i, j + 1):
            out[order[k]] = shared
        i = j + 1
    return out


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = fmean(xs), fmean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation (Pearson's r of the ranks, ties averaged)."""
    return pearson(ranks(xs), ranks(ys))


def kendall_w(matrix: Sequence[Sequence[float]]) -> float | None:
    """Kendall's coefficient of concordance of `matrix[project][juror]` (higher = better),
    corrected for ties; None when it is undefined."""
    n = len(matrix)
    m = len(matrix[0]) if n else 0
    if n < 2 or m < 2:
        return None
    rank_sums = [0.0] * n
    ties = 0.0
    for j in range(m):
        column = [row[j] for row in matrix]
        r = ranks(column)
        for i in range(n):
            rank_sums[i] += r[i]
        for value in set(column):
            t = column.count(value)
            ties += t ** 3 - t
    mean_sum = m * (n + 1) / 2
    s = sum((r - mean_sum) ** 2 for r in rank_sums)
    denominator = m * m * (n ** 3 - n) - m * ties
    return None if denominator == 0 else 12 * s / denominator


def icc_2_1(matrix: Sequence[Sequence[float]]) -> float | None:
    """Shrout & Fleiss ICC(2,1): two-way random effects, absolute agreement, one rater,
    of `matrix[target][rater]`; None when it is undefined."""
    n = len(matrix)
    k = len(matrix[0]) if n else 0
    if n < 2 or k < 2:
        return None
    msr, msc, mse = _mean_squares(matrix, n, k)
    denominator = msr + (k - 1) * mse + k * (msc - mse) / n
    return None if denominator == 0 else (msr - mse) / denominator


def _mean_squares(matrix: Sequence[Sequence[float]], n: int, k: int
                  ) -> tuple[float, float, float]:
    """The two-way ANOVA's mean squares of an n × k matrix: between targets (rows),
    between raters (columns), and of the error left over."""
    grand = fmean(v for row in matrix for v in row)
    row_means = [fmean(row) for row in matrix]
    col_means = [fmean(row[j] for row in matrix) for j in range(k)]
    ss_rows = k * sum((r - grand) ** 2 for r in row_means)
    ss_cols = n * sum((c - grand) ** 2 for c in col_means)
    ss_total = sum((v - grand) ** 2 for row in matrix for v in row)
    ss_error = ss_total - ss_rows - ss_cols
    return ss_rows / (n - 1), ss_cols / (k - 1), ss_error / ((n - 1) * (k - 1))


def w_level(w: float) -> str:
    """Kendall's W in words: "strong" (0.7 and above), "moderate", "weak" (0.3), "none"."""
    if w >= 0.7:
        return "strong"
    if w >= 0.5:
        return "moderate"
    if w >= 0.3:
        return "weak"
    return "none"


def icc_level(icc: float) -> str:
    """ICC in words (Koo & Li): "excellent" above 0.9, "good", "moderate" (0.5), "poor"."""
    if icc > 0.9:
        return "excellent"
    if icc >= 0.75:
        return "good"
    if icc >= 0.5:
        return "moderate"
    return "poor"


_W_ADVERB = {"strong": "strongly", "moderate": "moderately", "weak": "weakly",
             "none": "hardly"}


def sentence(w: float | None, icc: float | None, compared: int) -> str:
    if w is None or icc is None:
        return ("Too few projects were scored by every juror to say how far the jury "
                f"agreed ({compared} compared).")
    return (f"The jury agreed {_W_ADVERB[w_level(w)]} on the order of the projects (Kendall's "
            f"W = {w:.2f}); agreement on the totals themselves was {icc_level(icc)} "
            f"(ICC(2,1) = {icc:.2f}, over {compared} projects).")


def agreement(competition: Competition, results: Results) -> JuryAgreement:
    jurors = [j.code for j in competition.scoring_jurors]
    scored = [p for p in results.projects if p.juror_totals and not p.withdrawn]
    panel = _panel_means(scored)
    flagged = _flag_counts(results)
    per_juror = [_juror_agreement(code, scored, panel, flagged.get(code, 0))
                 for code in jurors]
    matrix = _complete_matrix(scored, jurors)
    w = icc = None
    if len(jurors) >= 2:
        w, icc = kendall_w(matrix), icc_2_1(matrix)
    return JuryAgreement(jurors=tuple(per_juror), projects_compared=len(matrix),
                         kendall_w=w, icc=icc, sentence=sentence(w, icc, len(matrix)))


def _panel_means(scored) -> dict[str, float]:
    """project -> the plain mean of the raw totals counted for it."""
    return {p.code: fmean(float(t) for t in p.juror_totals.values()) for p in scored}


def _flag_counts(results: Results) -> dict[str, int]:
    """juror -> how many of their totals were flagged as far from the rest."""
    flagged: dict[str, int] = {}
    for o in results.outliers:
        flagged[o.juror] = flagged.get(o.juror, 0) + 1
    return flagged


def _complete_matrix(scored, jurors: list[str]) -> list[list[float]]:
    """matrix[project][juror] over the projects every scoring juror has a total on:
    W and the ICC need every cell."""
    full = [p for p in scored if all(j in p.juror_totals for j in jurors)]
    return [[float(p.juror_totals[j]) for j in jurors] for p in full]


def _juror_agreement(code: str, scored, panel: dict[str, float],
                     flagged: int) -> JurorAgreement:
    """One juror against the panel, over the projects where their total counts."""
    mine = [(p, float(p.juror_totals[code])) for p in scored if code in p.juror_totals]
    if not mine:
        return JurorAgreement(code, 0, None, None, None, None, flagged, None)
    totals = [t for _, t in mine]
    devs = [t - panel[p.code] for p, t in mine]
    mean = fmean(totals)
    return JurorAgreement(
        juror=code, projects=len(mine), mean=mean,
        spread=math.sqrt(fmean((t - mean) ** 2 for t in totals)),
        deviation=fmean(devs), abs_deviation=fmean(abs(d) for d in devs),
        flagged=flagged, rank_correlation=spearman(*_against_the_others(code, mine)),
        points=tuple((p.code, t, panel[p.code]) for p, t in mine))


def _against_the_others(code: str, mine) -> tuple[list[float], list[float]]:
    """The juror's totals beside the mean of the other jurors' totals on the same
    projects (those with another juror), so that no juror is compared with themself."""
    others = [(t, fmean(float(v) for j, v in p.juror_totals.items() if j != code))
              for p, t in mine if len(p.juror_totals) > 1]
    return [a for a, _ in others], [b for _, b in others]


def agreement_json(report: JuryAgreement) -> dict:
    """The `jurors --json` object."""
    def num(x):
        return None if x is None else round(x, 6)

    return {
        "projects_compared": report.projects_compared,
        "kendall_w": num(report.kendall_w),
        "icc_2_1": num(report.icc),
        "sentence": report.sentence,
        "jurors": [{"juror": a.juror, "projects": a.projects, "mean": num(a.mean),
                    "spread": num(a.spread), "deviation": num(a.deviation),
                    "abs_deviation": num(a.abs_deviation), "flagged": a.flagged,
                    "rank_correlation": num(a.rank_correlation)}
                   for a in report.jurors],
    }
