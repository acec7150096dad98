"""The protocol's part of the regulation's arithmetic, in section 2 (the method): the
aggregation per criterion, each rounding step, the least winning score, the required
comments and the adjustments with their rules, in plain words in every language of the
protocol, and a worked example: one project's score computed step by step from the
competition's own marks (`app.scoring.explain`).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.protocol.layout import FRAME_W, STYLES, fit_words, table, wrap
from app.scoring.exact import as_fraction
from app.scoring.explain import explain, pick

EXAMPLE_DECIMALS = 4       # an inexact step (23/3) is printed ≈ to this many decimals


def _each(texts: list[str], style: str = "body") -> list[Paragraph]:
    return [Paragraph(escape(text), STYLES[style]) for text in texts]


def aggregation(ctx) -> list[Flowable]:
    """Per criterion: the sentence that replaces "the method over the jurors' totals";
    [] when the score is made per juror (the usual sentence stands)."""
    t, s = ctx.texts, ctx.competition.settings
    if s.aggregate != "criterion":
        return []
    return _each(t.each("reg.criterion_method", method=lambda lang: lang(
        f"reg.method.{s.method}", trim=s.trim, least=2 * s.trim + 1)))


def places_words(lang, places: int) -> str:
    return lang(f"reg.places.{places}") if places <= 3 else lang("reg.places.n", n=places)


def rounding(ctx) -> list[Flowable]:
    """Each rounding step in the contract's order, and how a half is rounded; [] when
    the regulation rounds nothing (the usual sentence stands)."""
    t, s = ctx.texts, ctx.competition.settings
    steps = []
    if s.aggregate == "criterion" and s.rounding_criterion is not None:
        steps.append(("reg.round.criterion", s.rounding_criterion))
    if s.rounding_weighted is not None:
        steps.append(("reg.round.weighted_criterion" if s.aggregate == "criterion"
                      else "reg.round.weighted_juror", s.rounding_weighted))
    if s.rounding_score is not None:
        steps.append(("reg.round.score", s.rounding_score))
    if not steps:
        return []
    return _each(t.each("reg.rounding", steps=lambda lang: "; ".join(
        lang(key, to=places_words(lang, places)) for key, places in steps),
        mode=lambda lang: lang(f"reg.mode.{s.rounding_mode}")))


def rules(ctx) -> list[Flowable]:
    """The least winning score, required comments, and the adjustments with their rules."""
    t, c = ctx.texts, ctx.competition
    s = c.settings
    out: list[Flowable] = []
    if s.min_score is not None:
        out += _each(t.each("reg.threshold", min=t.plain_number(s.min_score)))
    if s.comments == "required":
        out += _each(t.each("reg.comments_required"))
    if c.adjustments:
        titles = {p.code: p.title for p in c.projects}
        head = [t.stacked(f"reg.adj.col.{col}") for col in ("project", "points", "rule")]
        widths = [0, 52, 0]
        rest = FRAME_W - widths[1]
        widths[0], widths[2] = rest * 0.4, rest * 0.6
        cells = [(f"{a.project} — {titles.get(a.project, '')}", _signed(t, a.points), a.reason)
                 for a in c.adjustments]
        widths = fit_words(widths, {0: [head[0]] + [x[0] for x in cells], 1: [head[1]],
                                    2: [head[2]] + [x[2] for x in cells]}, (0, 2))
        rows = [head] + [[wrap(a, widths[0]), p, wrap(r, widths[2])] for a, p, r in cells]
        out += _each(t.each("reg.adjustments"))
        out.append(table(rows, widths, numeric=(1,)))
        out.append(Spacer(1, 2 * mm))
    return out


def _signed(t, points: float) -> str:
    return ("+" if points > 0 else "−" if points < 0 else "") + t.plain_number(abs(points))


# ----- the worked example ----------------------------------------------------------------
def exact_number(lang, value: Fraction) -> str:
    """An exact value as a decimal: whole digits when it is a short decimal, else ≈ to
    EXAMPLE_DECIMALS places (23/3 ≈ 7.6667)."""
    value = as_fraction(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    for places in range(EXAMPLE_DECIMALS + 1):
        scaled = value * 10 ** places
        if scaled.denominator == 1:
            text = f"{Decimal(scaled.numerator).scaleb(-places):f}"
            return sign + text.replace(".", lang("number.decimal"))
    q = round(value * 10 ** EXAMPLE_DECIMALS)
    text = f"{Decimal(q).scaleb(-EXAMPLE_DECIMALS):f}".replace(".", lang("number.decimal"))
    return lang("reg.example.approx") + sign + text


def _lines(lang, e, competition, s) -> list[str]:
    if e.aggregate == "juror":
        out = _juror_lines(lang, e, competition, s)
    else:
        out = _criterion_lines(lang, e, competition)
    n = lambda v: exact_number(lang, v)  # noqa: E731 - one name for the many numbers below
    if s.rounding_score is not None:
        out.append(lang("reg.example.rounded", value=n(e.unrounded),
                        to=places_words(lang, s.rounding_score), rounded=n(e.rounded)))
    for points, rule in e.adjustments:
        out.append(lang("reg.example.adjustment", points=("+" if points > 0 else "") + n(points),
                        rule=rule))
    out.append(lang("reg.example.score", score=n(e.score)))
    return out


def _juror_lines(lang, e, competition, s) -> list[str]:
    """Score per juror: each juror's weighted total, then the method over the totals."""
    jurors = {j.code: j.name for j in competition.jurors}
    out = []
    n = lambda v: exact_number(lang, v)  # noqa: E731 - one name for the many numbers below
    for line in e.jurors:
        terms = " + ".join(f"{n(w)} × {n(m)}" for w, m in line.terms)
        text = lang("reg.example.juror", juror=jurors.get(line.juror, line.juror),
                    terms=terms, total=n(line.total))
        if s.rounding_weighted is not None and line.rounded != line.total:
            text += " → " + n(line.rounded)
        out.append(text)
    out.append(_over_totals(lang, e))
    return out


def _over_totals(lang, e) -> str:
    """The method over the jurors' totals, with the totals it takes."""
    n = lambda v: exact_number(lang, v)  # noqa: E731 - one name for the many numbers below
    if e.method == "mean":
        return lang("reg.example.mean", n=len(e.values),
                    values=" + ".join(n(v) for v in e.values), result=n(e.unrounded))
    if e.method == "trimmed_mean":
        return lang("reg.example.trimmed", trim=e.trim,
                    values="; ".join(n(v) for v in e.kept), result=n(e.unrounded))
    return lang("reg.example.median", values="; ".join(n(v) for v in e.values),
                result=n(e.unrounded))


def _criterion_lines(lang, e, competition) -> list[str]:
    """Score per criterion: each criterion's panel score, weighted, then their sum."""
    names = {c.code: c.name for c in competition.criteria}
    out = []
    n = lambda v: exact_number(lang, v)  # noqa: E731 - one name for the many numbers below
    method = lang(f"reg.method.{e.method}", trim=e.trim, least=2 * e.trim + 1)
    for line in e.criteria:
        text = lang("reg.example.criterion", criterion=names.get(line.criterion,
                                                                  line.criterion),
                    marks="; ".join(n(m) for m in line.marks), method=method,
                    panel=n(line.panel))
        if line.rounded != line.panel:
            text += " → " + n(line.rounded)
        part = line.rounded * line.weight
        text += "; " + lang("reg.example.weighted", weight=n(line.weight),
                            panel=n(line.rounded), part=n(part))
        if line.weighted != part:
            text += " → " + n(line.weighted)
        out.append(text)
    out.append(lang("reg.example.sum", parts=" + ".join(n(x.weighted) for x in e.criteria),
                    result=n(e.unrounded)))
    return out


def worked_example(ctx) -> list[Flowable]:
    """One project's score, step by step, in each language of the protocol."""
    c = ctx.competition
    code = pick(c, ctx.results)
    e = explain(c, code) if code is not None else None
    if e is None:
        return []
    t = ctx.texts
    out: list[Flowable] = [Paragraph(escape(t("reg.example.heading", code=code)),
                                     STYLES["h2"] if "h2" in STYLES else STYLES["body"])]
    for lang in t.languages:
        out += [Paragraph(escape(line), STYLES["body"]) for line in _lines(lang, e, c, c.settings)]
    return [Spacer(1, 2 * mm), KeepTogether(out)]
