"""The fixed texts of the organisers' files, in Russian, Kazakh and English.

They extend the protocol's catalogues (app.protocol.texts), so numbers, dates and the
two-language form ("ru+kk") work exactly as in the protocol. Data is never translated.
"""

from __future__ import annotations

from app.protocol.texts import Texts, join

REPORT: dict[str, dict[str, str]] = {
    "en": {
        "wb.ranking": "Ranking", "wb.statement": "Statement", "wb.decisions": "Decisions",
        "wb.group": "Group", "wb.group_place": "Place in group", "wb.place": "Place overall",
        "wb.code": "Code", "wb.title": "Title", "wb.organization": "Organisation",
        "wb.score": "Score", "wb.winner": "Winner", "wb.notes": "Notes",
        "wb.juror": "Juror", "wb.juror_name": "Juror's name", "wb.total": "Total",
        "wb.decision": "Decision", "wb.reason": "Reason", "wb.decided_at": "Recorded",
        "wb.yes": "yes", "wb.no": "no", "wb.recused": "recused", "wb.absent": "absent",
        "wb.tie": "tie", "wb.decision_needed": "decision needed", "wb.by_decision":
        "by the jury's decision", "wb.incomplete": "incomplete", "wb.withdrawn": "withdrawn",
        "wb.unscored": "not scored",
        "diploma.title": "DIPLOMA", "diploma.participation": "CERTIFICATE OF PARTICIPATION",
        "diploma.awarded": "is awarded to the project", "diploma.of": "of",
        "diploma.place": "winner of the competition, {group}",
        "diploma.took_part": "took part in the competition",
        "feedback.title": "Feedback to the project", "feedback.place": "Place in {group}: {place} of {of}",
        "feedback.score": "Score: {score}", "feedback.criterion": "Criterion",
        "feedback.yours": "Your project", "feedback.group_mean": "Mean of the group",
        "feedback.comments": "What the jurors wrote", "feedback.no_comments": "No written comments.",
        "feedback.juror": "Juror {n}", "feedback.winner": "The project is among the winners.",
        "feedback.not_ranked": "The project was not ranked.",
        "award.title": "Award script", "award.order": "Order of the awards",
        "award.step": "Step", "award.announce": "Announce",
        "ceremony.winners": "Winners", "ceremony.place": "Place {place}",
        "ceremony.tied": "shared", "ceremony.end": "Congratulations to the winners!",
    },
    "ru": {
        "wb.ranking": "Рейтинг", "wb.statement": "Ведомость", "wb.decisions": "Решения",
        "wb.group": "Группа", "wb.group_place": "Место в группе", "wb.place": "Место в общем списке",
        "wb.code": "Код", "wb.title": "Название", "wb.organization": "Организация",
        "wb.score": "Балл", "wb.winner": "Победитель", "wb.notes": "Примечания",
        "wb.juror": "Член жюри", "wb.juror_name": "ФИО члена жюри", "wb.total": "Итого",
        "wb.decision": "Решение", "wb.reason": "Обоснование", "wb.decided_at": "Записано",
        "wb.yes": "да", "wb.no": "нет", "wb.recused": "самоотвод", "wb.absent": "отсутствовал",
        "wb.tie": "равенство баллов", "wb.decision_needed": "нужно решение жюри",
        "wb.by_decision": "по решению жюри", "wb.incomplete": "оценки не полны",
        "wb.withdrawn": "снят с конкурса", "wb.unscored": "не оценён",
        "diploma.title": "ДИПЛОМ", "diploma.participation": "СЕРТИФИКАТ УЧАСТНИКА",
        "diploma.awarded": "награждается проект", "diploma.of": "",
        "diploma.place": "победитель конкурса, {group}",
        "diploma.took_part": "участник конкурса",
        "feedback.title": "Отзыв жюри о проекте", "feedback.place": "Место ({group}): {place} из {of}",
        "feedback.score": "Балл: {score}", "feedback.criterion": "Критерий",
        "feedback.yours": "Ваш проект", "feedback.group_mean": "Среднее по группе",
        "feedback.comments": "Комментарии членов жюри", "feedback.no_comments": "Письменных комментариев нет.",
        "feedback.juror": "Член жюри {n}", "feedback.winner": "Проект вошёл в число победителей.",
        "feedback.not_ranked": "Проект не получил места.",
        "award.title": "Сценарий награждения", "award.order": "Порядок награждения",
        "award.step": "Шаг", "award.announce": "Объявить",
        "ceremony.winners": "Победители", "ceremony.place": "{place} место",
        "ceremony.tied": "разделённое", "ceremony.end": "Поздравляем победителей!",
    },
    "kk": {
        "wb.ranking": "Рейтинг", "wb.statement": "Ведомость", "wb.decisions": "Шешімдер",
        "wb.group": "Топ", "wb.group_place": "Топтағы орны", "wb.place": "Жалпы орны",
        "wb.code": "Код", "wb.title": "Атауы", "wb.organization": "Ұйым",
        "wb.score": "Балл", "wb.winner": "Жеңімпаз", "wb.notes": "Ескертпелер",
        "wb.juror": "Қазы", "wb.juror_name": "Қазының аты-жөні", "wb.total": "Барлығы",
        "wb.decision": "Шешім", "wb.reason": "Негіздеме", "wb.decided_at": "Жазылды",
        "wb.yes": "иә", "wb.no": "жоқ", "wb.recused": "бас тартты", "wb.absent": "қатыспады",
        "wb.tie": "балдар тең", "wb.decision_needed": "қазылар шешімі қажет",
        "wb.by_decision": "қазылар шешімімен", "wb.incomplete": "бағалар толық емес",
        "wb.withdrawn": "байқаудан шығарылды", "wb.unscored": "бағаланбаған",
        "diploma.title": "ДИПЛОМ", "diploma.participation": "ҚАТЫСУШЫ СЕРТИФИКАТЫ",
        "diploma.awarded": "марапатталады", "diploma.of": "",
        "diploma.place": "байқау жеңімпазы, {group}",
        "diploma.took_part": "байқауға қатысушы",
        "feedback.title": "Жоба туралы қазылар пікірі", "feedback.place": "Орны ({group}): {of} ішінен {place}",
        "feedback.score": "Балл: {score}", "feedback.criterion": "Өлшем",
        "feedback.yours": "Сіздің жобаңыз", "feedback.group_mean": "Топ бойынша орташа",
        "feedback.comments": "Қазылардың пікірлері", "feedback.no_comments": "Жазбаша пікір жоқ.",
        "feedback.juror": "{n}-қазы", "feedback.winner": "Жоба жеңімпаздар қатарына енді.",
        "feedback.not_ranked": "Жоба орын алмады.",
        "award.title": "Марапаттау сценарийі", "award.order": "Марапаттау реті",
        "award.step": "Қадам", "award.announce": "Жариялау",
        "ceremony.winners": "Жеңімпаздар", "ceremony.place": "{place} орын",
        "ceremony.tied": "ортақ", "ceremony.end": "Жеңімпаздарды құттықтаймыз!",
    },
}


class ReportTexts(Texts):
    """`Texts` (one language or two, "ru+kk") over the protocol's catalogue and this one."""

    def __init__(self, lang: str = "en"):
        super().__init__(lang, REPORT)


__all__ = ["REPORT", "ReportTexts", "join"]
