"""The score sheet's fixed texts, one catalogue per language with the same ids, on top
of the protocol's (dates, numbers, roles come from app.protocol's catalogues, so a sheet
and a protocol say them the same way)."""

from __future__ import annotations

from app.protocol.texts import Texts

EN = {
    "sheet.heading": "SCORE SHEET",
    "sheet.juror": "Juror",
    "sheet.position": "{position}",
    "sheet.code": "Sheet code: {code}",
    "sheet.how.grid": "Cross out one box per criterion: its number is the mark.",
    "sheet.how.box": "Write the mark in the box: from 0 to the maximum, {step}.",
    "sheet.how.step": "in steps of {step}",
    "sheet.how.whole": "whole points only",
    "sheet.how.half": "whole or half points",
    "sheet.how.recuse": "If you recuse yourself from a project (conflict of interest), "
                        "cross the R box and give no marks for it.",
    "sheet.col.criterion": "Criterion",
    "sheet.col.max": "Max",
    "sheet.col.weight": "Weight",
    "sheet.col.mark": "Mark",
    "sheet.allowed": "0 – {max}, {step}",
    "sheet.total": "Total (Σ weight × mark)",
    "sheet.comment": "Comment",
    "sheet.recuse": "R — I recuse myself from this project (conflict of interest)",
    "sheet.sign": "Signature",
    "sheet.date": "Date",
    "sheet.sign_note": "I confirm that these are my marks.",
    "sheet.footer": "Sheet {code} · {name}",
    "sheet.page": "Page {page} of {pages}",
    "sheet.project": "{order}. {code}",
}
RU = {
    "sheet.heading": "ОЦЕНОЧНЫЙ ЛИСТ",
    "sheet.juror": "Член жюри",
    "sheet.position": "{position}",
    "sheet.code": "Код листа: {code}",
    "sheet.how.grid": "По каждому критерию зачеркните одну клетку: её число и есть оценка.",
    "sheet.how.box": "Впишите оценку в клетку: от 0 до максимума, {step}.",
    "sheet.how.step": "с шагом {step}",
    "sheet.how.whole": "только целые баллы",
    "sheet.how.half": "целые или половинные баллы",
    "sheet.how.recuse": "Если вы берёте самоотвод по проекту (конфликт интересов), "
                        "зачеркните клетку R и не ставьте по нему оценок.",
    "sheet.col.criterion": "Критерий",
    "sheet.col.max": "Макс.",
    "sheet.col.weight": "Вес",
    "sheet.col.mark": "Оценка",
    "sheet.allowed": "0 – {max}, {step}",
    "sheet.total": "Сумма баллов (Σ вес × оценка)",
    "sheet.comment": "Комментарий",
    "sheet.recuse": "R — самоотвод по этому проекту (конфликт интересов)",
    "sheet.sign": "Подпись",
    "sheet.date": "Дата",
    "sheet.sign_note": "Подтверждаю, что это мои оценки.",
    "sheet.footer": "Лист {code} · {name}",
    "sheet.page": "Страница {page} из {pages}",
    "sheet.project": "{order}. {code}",
}
KK = {
    "sheet.heading": "БАҒАЛАУ ПАРАҒЫ",
    "sheet.juror": "Алқа мүшесі",
    "sheet.position": "{position}",
    "sheet.code": "Парақ коды: {code}",
    "sheet.how.grid": "Әр критерий бойынша бір ұяшықты сызыңыз: оның саны — баға.",
    "sheet.how.box": "Бағаны ұяшыққа жазыңыз: 0-ден максимумға дейін, {step}.",
    "sheet.how.step": "{step} қадаммен",
    "sheet.how.whole": "тек бүтін балдар",
    "sheet.how.half": "бүтін не жарты балдар",
    "sheet.how.recuse": "Жобадан өздігінен бас тартсаңыз (мүдделер қақтығысы), R ұяшығын "
                        "сызыңыз және оған баға қоймаңыз.",
    "sheet.col.criterion": "Критерий",
    "sheet.col.max": "Макс.",
    "sheet.col.weight": "Салмақ",
    "sheet.col.mark": "Баға",
    "sheet.allowed": "0 – {max}, {step}",
    "sheet.total": "Жиынтық балл (Σ салмақ × баға)",
    "sheet.comment": "Түсініктеме",
    "sheet.recuse": "R — осы жобадан өздігінен бас тарту (мүдделер қақтығысы)",
    "sheet.sign": "Қолы",
    "sheet.date": "Күні",
    "sheet.sign_note": "Бұл менің бағаларым екенін растаймын.",
    "sheet.footer": "Парақ {code} · {name}",
    "sheet.page": "{pages} беттің {page}-беті",
    "sheet.project": "{order}. {code}",
}
SHEET = {"en": EN, "ru": RU, "kk": KK}


class SheetTexts(Texts):
    """`Texts` (one or two languages) over the protocol's catalogue and the sheet's."""

    def __init__(self, lang: str = "en"):
        super().__init__(lang, SHEET)
