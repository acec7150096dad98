"""How far the jury agreed, and whether one juror changes the winners: known answers."""

import json

import pytest

from app.scoring import compute
from app.scoring.agreement import agreement, icc_2_1, kendall_w, ranks, spearman
from app.scoring.influence import influence_line, margins, without_each
from tests.helpers import write_folder
from tests.scoring_build import build

# Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8],
                 [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def test_icc_2_1_of_the_published_shrout_fleiss_example():
    """ICC(2,1) of the published table is .29 (BMS 11.24, JMS 32.49, EMS 1.02:
    (11.24 - 1.02) / (11.24 + 3 x 1.02 + 4 x (32.49 - 1.02) / 6) = 0.2897)."""
    assert icc_2_1(SHROUT_FLEISS) == pytest.approx(0.2898, abs=5e-4)


def test_kendall_w_of_the_same_table_worked_by_hand():
    """Ranks per judge (ties averaged) give rank sums 17, 6, 19, 7.5, 23.5, 11 (mean 14),
    S = 9 + 64 + 25 + 42.25 + 90.25 + 9 = 239.5; tie groups: judge 1 one pair, judge 2
    two pairs, judges 3 and 4 one pair each, sum of (t^3 - t) = 30; so
    W = 12 x 239.5 / (16 x 210 - 4 x 30) = 2874 / 3240."""
    assert kendall_w(SHROUT_FLEISS) == pytest.approx(2874 / 3240)


def test_perfect_agreement_and_its_absence():
    """Jurors who rank alike give W = 1; a jury split down the middle gives W = 0."""
    assert kendall_w([[1, 2], [2, 4], [3, 6]]) == pytest.approx(1.0)
    assert kendall_w([[1, 3], [2, 2], [3, 1]]) == pytest.approx(0.0)
    assert icc_2_1([[5, 5], [7, 7], [9, 9]]) == pytest.approx(1.0)


def test_ranks_share_places_and_spearman_reads_them():
    """Tied values share the mean of their places; Spearman of a reversed order is -1."""
    assert ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1]
    assert spearman([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) is None   # a juror giving one total: undefined


def test_each_juror_against_the_panel_by_hand():
    """Three projects, three jurors. Panel means: A (9+7+8)/3 = 8, B (5+5+8)/3 = 6,
    C (1+3+8)/3 = 4. J3 gives 8 everywhere: deviation (0 + 2 + 4)/3 = 2, spread 0,
    and no rank correlation (one value). J1: totals 9, 5, 1, mean 5, deviations
    1, -1, -3 -> mean -1, mean |dev| 5/3; against the others' means (7.5, 6.5, 5.5)
    its order is the same: Spearman 1."""
    c = build({"A": {"J1": 9, "J2": 7, "J3": 8}, "B": {"J1": 5, "J2": 5, "J3": 8},
               "C": {"J1": 1, "J2": 3, "J3": 8}}, total=1)
    report = agreement(c, compute(c))
    j1, _, j3 = report.jurors
    assert (j1.mean, j1.deviation, j1.abs_deviation) == (5, -1, pytest.approx(5 / 3))
    assert j1.spread == pytest.approx((32 / 3) ** 0.5)
    assert j1.rank_correlation == pytest.approx(1.0)
    assert (j3.deviation, j3.spread, j3.rank_correlation) == (2, 0, None)
    assert report.projects_compared == 3 and report.kendall_w is not None


def test_agreement_leaves_out_projects_not_scored_by_everyone():
    """A recusal takes that project out of W and ICC; with one project left neither is
    computed and the sentence says so."""
    c = build({"A": {"J1": 9, "J2": 7}, "B": {"J1": 5, "J2": 5}}, total=1,
              recused=[("J2", "B")])
    report = agreement(c, compute(c))
    assert report.projects_compared == 1
    assert report.kendall_w is None and report.icc is None
    assert report.sentence.startswith("Too few projects")


# Without J3 the order flips: A = (10 + 10 + 0)/3 = 6.67 < B = 8, but (10 + 10)/2 = 10 > 8.
FLIP = {"A": {"J1": 10, "J2": 10, "J3": 0}, "B": {"J1": 8, "J2": 8, "J3": 8}}


def flip_folder(folder):
    """FLIP as a competition folder: one place overall, one criterion."""
    return write_folder(
        folder, toml='title = "T"\nvenue = "V"\ndates = ["2026-01-01"]\nmethod = "mean"\n'
                     '[winners]\ntotal = 1\n',
        projects="code,title,organization,group,category,order\nA,Alpha,,G,,1\nB,Beta,,G,,2\n",
        jurors="code,name,position,role\nJ1,One,,chair\nJ2,Two,,member\nJ3,Three,,member\n",
        criteria="code,name,max,weight\nq,Quality,10,1\n",
        scores="juror,project,criterion,score\n" + "".join(
            f"{j},{p},q,{v}\n" for p, marks in FLIP.items() for j, v in marks.items()))


def test_without_one_juror_the_winner_changes():
    """One place: B wins on the mean; leaving out J3's marks makes A the winner, leaving
    out J1 or J2 does not (A: (10 + 0)/2 = 5 < 8)."""
    c = build(FLIP, total=1)
    report = {w.juror: w for w in without_each(c)}
    assert report["J3"].winners == ("A",) and report["J3"].changes
    assert report["J3"].gained == ("A",) and report["J3"].lost == ("B",)
    assert not report["J1"].changes and not report["J2"].changes
    assert influence_line(tuple(report.values())) == "Without J3, A would win instead of B."


def test_no_single_juror_changes_clear_winners():
    """A clear winner stays the winner without any one juror: one plain sentence."""
    c = build({"A": {"J1": 9, "J2": 9, "J3": 9}, "B": {"J1": 2, "J2": 3, "J3": 1}}, total=1)
    assert influence_line(without_each(c)) == "No single juror's marks change the winners."


def test_margin_to_the_cut_by_hand():
    """Mean of three totals: B (8) wins over A (20/3). B falls to A's score when one of
    its totals drops by 3 x (8 - 20/3) = 4; A reaches B when J3's 0 rises by 4 too
    (J1's and J2's 10 cannot rise: 10 is the largest total)."""
    c = build(FLIP, total=1)
    by = {m.project: m for m in margins(c, compute(c))}
    assert by["B"].winner and by["B"].points == pytest.approx(4.0, abs=1e-6)
    assert not by["A"].winner and by["A"].juror == "J3"
    assert by["A"].points == pytest.approx(4.0, abs=1e-6)


def test_margin_with_the_median_can_be_out_of_reach():
    """With the median A scores 10 (of 10, 10, 0) and B 8 (of 8, 8, 8): raising one of
    B's totals to the largest possible, 10, leaves its median at 8, so no single juror
    can lift B to A: B has no margin."""
    c = build(FLIP, total=1, method="median")
    by = {m.project: m for m in margins(c, compute(c))}
    assert by["A"].winner
    assert by["B"].points is None and by["B"].juror is None


def test_the_command_line_prints_the_agreement_and_the_without_object(tmp_path, capsys):
    """`jurors --json` gives the statistics and `results --compare --json` carries
    "without" per juror, as the issue asks, on a database made from a folder."""
    from app.cli import run

    folder = flip_folder(tmp_path / "comp")
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    capsys.readouterr()
    assert run(["results", str(db), "--compare", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["without"]["J3"] == {"winners": ["A"], "changes": True, "gained": ["A"],
                                    "lost": ["B"], "decision_needed": []}
    assert doc["without"]["J1"]["changes"] is False
    assert doc["configured"]["winners"] == ["B"]
    assert run(["results", str(db), "--compare"]) == 0
    assert "Without J3, A would win instead of B." in capsys.readouterr().out
    assert run(["jurors", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert [j["juror"] for j in stats["jurors"]] == ["J1", "J2", "J3"]
    assert stats["projects_compared"] == 2
    assert run(["jurors", str(db)]) == 0
    assert "Kendall's W" in capsys.readouterr().out


def test_jurors_with_the_same_effect_are_named_together():
    """Three jurors each of whose absence makes A win instead of B are named in one
    clause ("J1, J2 or J3"); a fourth with another effect gets a clause of its own,
    and a decision a change would need is named after the change."""
    from app.scoring.influence import Without

    def w(juror, gained=(), lost=(), needed=(), settles=False):
        return Without(juror=juror, winners=gained, decision_needed=needed, gained=gained,
                       lost=lost, changes=True, settles=settles)

    report = (w("J1", ("A",), ("B",)), w("J2", ("A",), ("B",)), w("J3", ("A",), ("B",)),
              w("J4", ("C",), needed=("C", "D")))
    assert influence_line(report) == (
        "Without J1, J2 or J3, A would win instead of B; without J4, C would also win "
        "(decision needed: C, D).")
