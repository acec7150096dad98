"""What-if: the winners under every method × normalisation, against the configured one.

For `jury-room results DB --compare`. The recorded decisions are carried over to a variant
only where exactly the same tie (same projects, score, places) arises in it.

Beside the six methods × normalisations (each with the configured aggregation and
rounding; z-scores always per juror, as they need), `arithmetic` holds the regulation's
own what-ifs: the other aggregation (per criterion / per juror), no rounding at all, and
rounding only the final score instead of each step, each with the configured method.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.model import METHODS, NORMALIZATIONS, Competition

from .compute import evaluate, rounding_of
from .exact import NO_ROUNDING, Rounding
from .totals import Prepared, prepare
from .winners import method_tag


@dataclass(frozen=True)
class Variant:
    method: str
    normalize: str
    winners: tuple[str, ...]            # best first
    decision_needed: tuple[str, ...]    # ties at the cut still to be decided
    configured: bool
    gained: tuple[str, ...] = ()        # winners here that the configured way does not have
    lost: tuple[str, ...] = ()          # configured winners that are not winners here
    differs: bool = False               # other winners, or other ties to decide
    label: str = ""                     # an arithmetic what-if: "per_criterion", "per_juror",
    #                                     "no_rounding", "score_rounding_only"


@dataclass(frozen=True)
class Comparison:
    configured: Variant
    variants: tuple[Variant, ...]       # all six, configured included, METHODS order
    trim: int = 1                       # what trimmed_mean drops at each end
    arithmetic: tuple[Variant, ...] = ()  # the aggregation and rounding what-ifs

    @property
    def any_differs(self) -> bool:
        return any(v.differs for v in self.variants + self.arithmetic)

    @property
    def arithmetic_differs(self) -> bool:
        """Whether the rounding or the aggregation choice changes a winner."""
        return any(v.differs for v in self.arithmetic)


def compare(competition: Competition, prepared: Prepared | None = None) -> Comparison:
    """Every method × normalisation on `competition` (`prepared`: its marks already
    prepared, as `prepare(competition)` gives them)."""
    s = competition.settings
    prepared = prepare(competition) if prepared is None else prepared
    rounding = rounding_of(s)
    tag = method_tag(s.method, s.normalize, s.trim, s.aggregate, rounding)
    base = evaluate(prepared, s.method, s.normalize)
    base_w, base_d = set(base.winners), set(base.decision_needed)

    def variant(r, method, normalize, configured=False, label=""):
        w, d = r.winners, r.decision_needed
        return Variant(method=method, normalize=normalize, winners=w, decision_needed=d,
                       configured=configured,
                       gained=tuple(c for c in w if c not in base_w),
                       lost=tuple(c for c in base.winners if c not in set(w)),
                       differs=set(w) != base_w or set(d) != base_d, label=label)

    variants = []
    configured = None
    for method in METHODS:
        for normalize in NORMALIZATIONS:
            is_conf = (method, normalize) == (s.method, s.normalize)
            r = base if is_conf else evaluate(
                prepared, method, normalize, basis_tag=tag,
                aggregate="juror" if normalize == "zscore" else None)
            v = variant(r, method, normalize, is_conf)
            variants.append(v)
            if is_conf:
                configured = v
    assert configured is not None
    arithmetic = [variant(evaluate(prepared, s.method, s.normalize, basis_tag=tag,
                                   aggregate=aggregate, rounding=rule),
                          s.method, s.normalize, label=label)
                  for label, aggregate, rule in _what_ifs(s, rounding)]
    return Comparison(configured=configured, variants=tuple(variants), trim=s.trim,
                      arithmetic=tuple(arithmetic))


def _what_ifs(s, rounding: Rounding) -> list[tuple[str, str, Rounding]]:
    """(label, aggregation, rounding) of each arithmetic what-if that differs from the
    configured way and can be computed."""
    out = []
    if s.aggregate == "criterion":
        out.append(("per_juror", "juror", rounding))
    elif s.normalize == "none":
        out.append(("per_criterion", "criterion", rounding))
    if rounding.any:
        out.append(("no_rounding", s.aggregate, NO_ROUNDING))
        steps = [p for p in (rounding.criterion, rounding.weighted) if p is not None]
        if steps:
            places = rounding.score if rounding.score is not None else max(steps)
            out.append(("score_rounding_only", s.aggregate,
                        Rounding(None, None, places, rounding.mode)))
    return out


ARITHMETIC_NAMES = {"per_criterion": "per criterion", "per_juror": "per juror",
                    "no_rounding": "no rounding",
                    "score_rounding_only": "rounding only the final score"}


_NAMES = {"mean": "mean", "trimmed_mean": "trimmed mean", "median": "median",
          "none": "none", "zscore": "z-score"}


def format_comparison(comparison: Comparison) -> str:
    """A plain-text report: one line per variant, what changes against the configured."""
    conf = comparison.configured
    lines = [f"Configured: {_method_name(conf, comparison.trim)}, normalisation "
             f"{_NAMES[conf.normalize]}",
             f"Winners: {', '.join(conf.winners) or '(none)'}"]
    if conf.decision_needed:
        lines.append(f"Decision needed: {', '.join(conf.decision_needed)}")
    lines.append("")
    lines += _method_table(comparison)
    if comparison.arithmetic:
        lines.append("")
        lines += _arithmetic_table(comparison)
    lines.append("")
    lines.append("Other ways would change the winners." if comparison.any_differs
                 else "Every way gives the same winners.")
    if comparison.arithmetic:
        lines.append("The rounding or the aggregation choice changes a winner."
                     if comparison.arithmetic_differs else
                     "The rounding and the aggregation choice change no winner.")
    return "\n".join(lines) + "\n"


def _method_name(v: Variant, trim: int) -> str:
    """A variant's method in words, with the trim of a trimmed mean."""
    m = _NAMES[v.method]
    if v.method == "trimmed_mean":
        m += f" ({trim})"
    return m


def _method_table(comparison: Comparison) -> list[str]:
    """One line per method and normalisation: what it changes against the configured."""
    conf = comparison.configured
    names = [_method_name(v, comparison.trim) for v in comparison.variants]
    w = max(len(n) for n in names)
    lines = [f"{'method'.ljust(w)}  {'normalisation'.ljust(13)}  result"]
    for v, n in zip(comparison.variants, names):
        what = "configured" if v.configured else _what(v, conf)
        lines.append(f"{n.ljust(w)}  {_NAMES[v.normalize].ljust(13)}  {what}")
    return lines


def _arithmetic_table(comparison: Comparison) -> list[str]:
    """One line per what-if of the regulation's arithmetic, with the configured method."""
    lines = ["The regulation's arithmetic, with the configured method:"]
    w = max(len(ARITHMETIC_NAMES[v.label]) for v in comparison.arithmetic)
    for v in comparison.arithmetic:
        lines.append(f"{ARITHMETIC_NAMES[v.label].ljust(w)}  {_what(v, comparison.configured)}")
    return lines


def _what(v: Variant, conf: Variant) -> str:
    if not v.differs:
        return "same winners"
    parts = []
    if v.gained:
        parts.append("gains " + ", ".join(v.gained))
    if v.lost:
        parts.append("loses " + ", ".join(v.lost))
    if set(v.decision_needed) != set(conf.decision_needed):
        parts.append("decision needed: " + (", ".join(v.decision_needed) or "none"))
    return "DIFFERS: " + "; ".join(parts)


def comparison_json(comparison: Comparison) -> dict:
    """The `results --compare --json` object (without its "without" part)."""
    def variant(v: Variant) -> dict:
        out = {"method": v.method, "normalize": v.normalize, "configured": v.configured,
               "winners": list(v.winners), "decision_needed": list(v.decision_needed),
               "gained": list(v.gained), "lost": list(v.lost), "differs": v.differs}
        if v.label:
            out["what_if"] = v.label
        return out

    out = {"configured": variant(comparison.configured),
           "variants": [variant(v) for v in comparison.variants],
           "any_differs": comparison.any_differs}
    if comparison.arithmetic:
        out["arithmetic"] = [variant(v) for v in comparison.arithmetic]
        out["arithmetic_differs"] = comparison.arithmetic_differs
    return out
