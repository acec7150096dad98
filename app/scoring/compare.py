"""What-if: the winners under every method × normalisation, against the configured one.

For `jury-room results DB --compare`. The recorded decisions are carried over to a variant
only where exactly the same tie (same projects, score, places) arises in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.model import METHODS, NORMALIZATIONS, Competition

from .compute import evaluate
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


@dataclass(frozen=True)
class Comparison:
    configured: Variant
    variants: tuple[Variant, ...]       # all six, configured included, METHODS order
    trim: int = 1                       # what trimmed_mean drops at each end

    @property
    def any_differs(self) -> bool:
        return any(v.differs for v in self.variants)


def compare(competition: Competition, prepared: Prepared | None = None) -> Comparison:
    """Every method × normalisation on `competition` (`prepared`: its marks already
    prepared, as `prepare(competition)` gives them)."""
    s = competition.settings
    prepared = prepare(competition) if prepared is None else prepared
    tag = method_tag(s.method, s.normalize, s.trim)
    base = evaluate(prepared, s.method, s.normalize)
    base_w, base_d = set(base.winners), set(base.decision_needed)
    variants = []
    configured = None
    for method in METHODS:
        for normalize in NORMALIZATIONS:
            is_conf = (method, normalize) == (s.method, s.normalize)
            r = base if is_conf else evaluate(prepared, method, normalize, basis_tag=tag)
            w, d = r.winners, r.decision_needed
            v = Variant(method=method, normalize=normalize, winners=w, decision_needed=d,
                        configured=is_conf,
                        gained=tuple(c for c in w if c not in base_w),
                        lost=tuple(c for c in base.winners if c not in set(w)),
                        differs=set(w) != base_w or set(d) != base_d)
            variants.append(v)
            if is_conf:
                configured = v
    assert configured is not None
    return Comparison(configured=configured, variants=tuple(variants), trim=s.trim)


_NAMES = {"mean": "mean", "trimmed_mean": "trimmed mean", "median": "median",
          "none": "none", "zscore": "z-score"}


def format_comparison(comparison: Comparison) -> str:
    """A plain-text report: one line per variant, what changes against the configured."""
    conf = comparison.configured

    def name(v: Variant) -> str:
        m = _NAMES[v.method]
        if v.method == "trimmed_mean":
            m += f" ({comparison.trim})"
        return m

    lines = [f"Configured: {name(conf)}, normalisation {_NAMES[conf.normalize]}",
             f"Winners: {', '.join(conf.winners) or '(none)'}"]
    if conf.decision_needed:
        lines.append(f"Decision needed: {', '.join(conf.decision_needed)}")
    lines.append("")
    w = max(len(name(v)) for v in comparison.variants)
    lines.append(f"{'method'.ljust(w)}  {'normalisation'.ljust(13)}  result")
    for v in comparison.variants:
        if v.configured:
            what = "configured"
        elif not v.differs:
            what = "same winners"
        else:
            parts = []
            if v.gained:
                parts.append("gains " + ", ".join(v.gained))
            if v.lost:
                parts.append("loses " + ", ".join(v.lost))
            if set(v.decision_needed) != set(conf.decision_needed):
                parts.append("decision needed: " + (", ".join(v.decision_needed) or "none"))
            what = "DIFFERS: " + "; ".join(parts)
        lines.append(f"{name(v).ljust(w)}  {_NAMES[v.normalize].ljust(13)}  {what}")
    lines.append("")
    lines.append("Other ways would change the winners." if comparison.any_differs
                 else "Every way gives the same winners.")
    return "\n".join(lines) + "\n"


def comparison_json(comparison: Comparison) -> dict:
    """The `results --compare --json` object (without its "without" part)."""
    def variant(v: Variant) -> dict:
        return {"method": v.method, "normalize": v.normalize, "configured": v.configured,
                "winners": list(v.winners), "decision_needed": list(v.decision_needed),
                "gained": list(v.gained), "lost": list(v.lost), "differs": v.differs}

    return {"configured": variant(comparison.configured),
            "variants": [variant(v) for v in comparison.variants],
            "any_differs": comparison.any_differs}
