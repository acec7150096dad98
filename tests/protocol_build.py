"""A generated competition for the protocol tests: any size, Cyrillic and Kazakh names,
a recusal, an absence and (optionally) a tie at the winners' cut with the jury's decision."""

from __future__ import annotations

import random
from dataclasses import replace

from app.model import Competition, Criterion, Decision, Juror, Project, Settings
from app.scoring import compute, decision_basis

KAZAKH = "әғқңөұүһі"
GROUPS = ("Россия", "Қазақстан", "Кыргызстан", "Беларусь")
FIRST = ("Әлия", "Ғалымжан", "Қанат", "Нұрлан", "Өмірбек", "Ұлан", "Үміт", "Ирина", "Сергей",
         "Анна", "Һәди", "Іңкәр")
LAST = ("Сейітқали", "Жақсыбеков", "Соколова", "Кравцов", "Өмірбекова", "Ізбасаров",
        "Белова", "Нұрланқызы")
WORDS = ("цифровая", "грамотность", "ауыл", "балаларына", "робототехника", "үйірмесі",
         "экология", "Ертіс", "инклюзия", "мастерская", "жастар", "қоғамы", "волонтёры",
         "культура", "мұрасы", "фестиваль", "здоровье", "донорлар", "қозғалысы", "школа")
CRITERIA = (("relevance", "Актуальность и социальная значимость", 10, 2.0),
            ("quality", "Качество проработки проекта", 10, 1.5),
            ("impact", "Ожидаемый социальный эффект", 10, 1.0),
            ("sustainability", "Устойчивость және даму", 10, 1.0))


def generated(projects: int = 40, jurors: int = 8, *, groups: int = 2, per_group: int = 4,
              total: int | None = None, seed: int = 7, finalized: bool = True,
              complete: bool = True, tie: bool = True, decide: bool = True) -> Competition:
    """`projects` projects in `groups` groups marked by `jurors` jurors (plus a secretary).

    Winners are the top `per_group` of each group, or the top `total` overall. With `tie`,
    the first group gets a tie at its cut (per-group mode only), decided when `decide`;
    without `complete`, the last project misses two marks.
    """
    rnd = random.Random(seed)
    people = [Juror("J1", _name(rnd), "Председатель жюри, Министерство", "chair", 1)]
    people += [Juror(f"J{i}", _name(rnd), _position(rnd), "member", i)
               for i in range(2, jurors + 1)]
    people.append(Juror("S1", "Мария Андреевна Ким", "Ответственный секретарь", "secretary",
                        jurors + 1))
    projs = tuple(Project(f"P{i:04d}", _title(rnd), f"«{rnd.choice(WORDS).title()}» "
                          f"{rnd.choice(('қоры', 'фонд', 'АНО', 'бірлестігі'))}",
                          GROUPS[i % groups], "", i)
                  for i in range(1, projects + 1))
    criteria = tuple(Criterion(code, name, mx, w, i)
                     for i, (code, name, mx, w) in enumerate(CRITERIA, 1))
    scoring = [j.code for j in people if j.scores]
    marks = {(j, p.code, c.code): rnd.randrange(6, 21) / 2
             for p in projs for j in scoring for c in criteria}
    # in the second group, away from the tie made in the first
    recusals = {(scoring[1], projs[1].code)}
    absences = {(scoring[2], projs[3 % len(projs)].code)}
    if not complete:
        for c in criteria[:2]:
            del marks[(scoring[-1], projs[-1].code, c.code)]
    comp = Competition(
        settings=Settings(title="Конкурс «Лидерлер таңдауы» — " + KAZAKH,
                          subtitle="Трансграничные проекты НКО: Россия және Қазақстан",
                          venue="Омск", dates=("2026-10-05", "2026-10-06"),
                          group_label="Страна", score_step=0.5,
                          tie_break=("relevance", "quality"),
                          winners_per_group=None if total else per_group,
                          winners_total=total),
        projects=projs, jurors=tuple(people), criteria=criteria, marks=marks,
        recusals=frozenset(recusals), absences=frozenset(absences), finalized=finalized)
    if tie and not total:
        comp = _tie_at_cut(comp, per_group)
        if decide:
            comp = _decide(comp)
    return comp


def _tie_at_cut(comp: Competition, places: int) -> Competition:
    """Give the first group's first loser the marks of its last winner: a tie at the cut."""
    group = comp.groups[0]
    ranked = [r for r in compute(comp).projects if r.group == group and r.score is not None]
    last_in, first_out = ranked[places - 1].code, ranked[places].code
    marks = {k: v for k, v in comp.marks.items() if k[1] != first_out}
    marks.update({(j, first_out, c): v for (j, p, c), v in comp.marks.items() if p == last_in})
    recusals = {(j, p) for j, p in comp.recusals if p != first_out}
    recusals |= {(j, first_out) for j, p in comp.recusals if p == last_in}
    absences = {(j, p) for j, p in comp.absences if p != first_out}
    absences |= {(j, first_out) for j, p in comp.absences if p == last_in}
    return replace(comp, marks=marks, recusals=frozenset(recusals),
                   absences=frozenset(absences))


REASON_WIN = "Больший охват сельских районов; решение принято голосованием 5 – 2"
REASON_LOSE = "Проект уже получил грант в 2025 году; жюри единогласно"


def _decide(comp: Competition) -> Competition:
    tie = compute(comp).ties_at_cut[0]
    winner, *others = tie.tied
    basis = decision_basis(comp, winner)
    decisions = {winner: Decision(winner, True, REASON_WIN, "2026-10-06T15:30:00+00:00", basis)}
    for code in others:
        decisions[code] = Decision(code, False, REASON_LOSE, "2026-10-06T15:31:00+00:00", basis)
    return replace(comp, decisions=decisions)


def _name(rnd: random.Random) -> str:
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def _position(rnd: random.Random) -> str:
    return rnd.choice(("Директор, Центр поддержки гражданских инициатив",
                       "Член Общественной палаты", "Вице-министр информации РК",
                       "Төраға, Павлодар облысының ҮЕҰ қауымдастығы"))


def _title(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(3, 9))).capitalize()
