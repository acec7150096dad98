"""The protocol's fixed texts in Russian. Terms as in resources/i18n/GLOSSARY.md.

Numbers are never glued to a word that must agree with them: a counted noun goes
through `count.*` (one / few / many, and `other` for a fraction: «0,5 балла»), and
other figures stand after a colon («Число победителей …: 4»).
"""

RU: dict[str, str] = {
    # document and page furniture
    "doc.title": "Протокол жюри",
    "doc.heading": "ПРОТОКОЛ ЖЮРИ",
    "doc.number": "Протокол № {number}",
    "doc.venue": "Место проведения: {venue}",
    "doc.dates": "Даты проведения: {dates}",
    "doc.printed": "Дата и время: {when}",
    "doc.printed_note": "время последнего изменения данных",
    "doc.fingerprint": "Контрольная сумма данных (SHA-256): {fingerprint}",
    "doc.fingerprint_note": "Контрольная сумма однозначно определяет данные, по которым "
                            "составлен протокол. Она закодирована в QR-коде; внизу каждой "
                            "страницы повторяются её первые цифры.",
    "page.footer": "Страница {page} из {pages}",
    "page.footer_fp": "Протокол № {number} · контрольная сумма {short}",
    "provisional.mark": "ПРЕДВАРИТЕЛЬНЫЙ",
    "provisional.banner": "ПРЕДВАРИТЕЛЬНЫЙ РЕЗУЛЬТАТ: {reasons}",
    "provisional.missing": "введены не все оценки",
    "provisional.not_final": "итоги конкурса не утверждены",
    "provisional.undecided": "равенство баллов на границе победителей ждёт решения жюри",
    "provisional.conflict": "два ввода оценочных листов расходятся",
    "provisional.unverified": "не все оценочные листы сверены",
    "provisional.join": "; ",
    # before finalize: a draft, not for signature
    "draft.mark": "ЧЕРНОВИК",
    "draft.banner": "ЧЕРНОВИК — НЕ ДЛЯ ПОДПИСИ: {reasons}",
    "draft.heading": "ЧЕРНОВИК — НЕ ДЛЯ ПОДПИСИ",
    "draft.heading_note": "Черновик служит для проверки данных. Протокол для подписи печатается "
                          "после утверждения итогов конкурса, и номер у него другой.",
    "draft.sign_heading": "Подписи не ставятся: это черновик",
    "draft.sign_note": "Утвердите итоги конкурса и напечатайте протокол для подписи: в нём есть "
                       "строка для подписи каждого члена жюри и секретаря.",
    # dates: «5 октября 2026 г.», «5–6 октября 2026 г.», «30 сентября – 2 октября 2026 г.»
    "date.full": "{day} {month} {year} г.",
    "date.same_month": "{day1}–{day2} {month} {year} г.",
    "date.same_year": "{day1} {month1} – {day2} {month2} {year} г.",
    "date.range": "{first} – {last}",
    "datetime": "{date}, {time} {zone}",
    # months in the genitive, as a date needs them
    "month.1": "января", "month.2": "февраля", "month.3": "марта", "month.4": "апреля",
    "month.5": "мая", "month.6": "июня", "month.7": "июля", "month.8": "августа",
    "month.9": "сентября", "month.10": "октября", "month.11": "ноября",
    "month.12": "декабря",
    "number.decimal": ",",
    "item": "{code} — {name}",
    # 1. the jury
    "jury.heading": "1. Состав жюри",
    "jury.col.no": "№",
    "jury.col.code": "Код",
    "jury.col.name": "Ф. И. О.",
    "jury.col.position": "Должность",
    "jury.col.role": "Роль",
    "role.chair": "Председатель жюри",
    "role.member": "Член жюри",
    "role.secretary": "Секретарь жюри",
    "role.short.chair": "Председатель",
    "role.short.member": "Член жюри",
    "role.short.secretary": "Секретарь",
    "jury.none": "Члены жюри не указаны.",
    # 2. the method
    "method.heading": "2. Порядок подсчёта результатов",
    "method.criteria": "Каждый член жюри оценивает каждый проект по приведённым ниже "
                       "критериям с шагом в {step}. Сумма баллов члена жюри за проект — "
                       "сумма произведений «вес × оценка» по всем критериям; наибольшая "
                       "возможная сумма — {max_total}.",
    "method.col.no": "№",
    "method.col.criterion": "Критерий",
    "method.col.max": "Макс.",
    "method.col.weight": "Вес",
    "method.col.weighted": "Макс. × вес",
    "method.col.total": "Наибольшая сумма",
    "method.mean": "Балл проекта — среднее арифметическое сумм баллов членов жюри, "
                   "оценивших проект; члены жюри, заявившие самоотвод или отсутствовавшие, "
                   "не учитываются.",
    "method.trimmed_mean": "Балл проекта — среднее сумм баллов членов жюри, оценивших "
                           "проект, после отбрасывания наибольших и наименьших сумм (по "
                           "{trim} с каждой стороны), если сумм не меньше {least}; иначе — "
                           "обычное среднее. Члены жюри, заявившие самоотвод или "
                           "отсутствовавшие, не учитываются.",
    "method.median": "Балл проекта — медиана сумм баллов членов жюри, оценивших проект; "
                     "члены жюри, заявившие самоотвод или отсутствовавшие, не учитываются.",
    "method.zscore": "Перед этим суммы баллов каждого члена жюри нормализуются (z-оценка): "
                     "сумма t заменяется на (t − m_j) / s_j × s + m, где m_j и s_j — среднее "
                     "и стандартное отклонение сумм этого члена жюри, а m и s — то же по всем "
                     "суммам; так строгий и снисходительный члены жюри весят одинаково.",
    "method.ties": "Проекты с равным баллом упорядочиваются по среднему взвешенной оценки "
                   "по критериям {criteria} — в указанном порядке. Если и после этого "
                   "баллы равны, проекты делят место и никогда не разделяются по названию "
                   "или коду.",
    "method.ties_none": "Дополнительные критерии не заданы: проекты с равным баллом делят "
                        "место.",
    "method.winners_group": "Число победителей в каждой группе (по столбцу «{label}»): {n}.",
    "method.winners_total": "Число победителей в общем списке: {n}.",
    "method.winners_none": "Правило определения победителей не задано.",
    "method.cut": "Если равенство баллов приходится на границу победителей, жюри решает, "
                  "какие из этих проектов становятся победителями, и записывает обоснование "
                  "(раздел 5).",
    "method.rounding": "Баллы показаны с округлением до двух знаков после запятой; рейтинг "
                       "строится по неокруглённым значениям.",
    "method.verified": "Оценочных листов, введённых дважды и совпавших (сверенных): "
                       "{verified} из {total}.",
    # 3. the ranking
    "ranking.heading": "3. Рейтинг проектов",
    "ranking.group": "{label}: {group}",
    "ranking.all": "Все проекты",
    "ranking.col.place": "Место",
    "ranking.overall": "Победители определяются по общему списку всех проектов, поэтому "
                       "указано место среди всех проектов.",
    "ranking.col.code": "Код",
    "ranking.col.title": "Проект",
    "ranking.col.organization": "Организация",
    "ranking.col.score": "Балл",
    "ranking.col.notes": "Примечания",
    "ranking.none": "Проекты не указаны.",
    "note.winner": "победитель",
    "note.winner_decided": "победитель по решению жюри",
    "note.refused_decided": "не победитель по решению жюри",
    "note.tie": "равенство баллов",
    "note.decision_needed": "нужно решение жюри",
    "note.decision_stale": "записанное решение больше не действует",
    "note.recused": "самоотвод: {jurors}",
    "note.absent": "отсутствие: {jurors}",
    "note.incomplete": "не хватает оценок: {count}",
    "note.unscored": "нет оценок",
    "note.withdrawn": "снят с конкурса",
    "note.join": "; ",
    # 4. the winners
    "winners.heading": "4. Победители",
    "winners.none": "Победителей нет.",
    "winners.open": "Ещё не решено: {places} среди проектов {codes} с равным баллом {score}.",
    # 5. decisions
    "decisions.heading": "5. Решения жюри при равенстве баллов на границе победителей",
    "decisions.none": "Равенства баллов на границе победителей не было.",
    "decisions.tie_group": "{label}: {group}. Равный балл {score}; на {places} претендуют: "
                           "{tied}.",
    "decisions.tie_total": "Равный балл {score}; на {places} претендуют: {tied}.",
    "count.place.one": "{n} место",
    "count.place.few": "{n} места",
    "count.place.many": "{n} мест",
    "count.place.other": "{n} места",
    "count.point.one": "{n} балл",
    "count.point.few": "{n} балла",
    "count.point.many": "{n} баллов",
    "count.point.other": "{n} балла",
    "decisions.col.code": "Код",
    "decisions.col.project": "Проект",
    "decisions.col.decision": "Решение",
    "decisions.col.reason": "Обоснование",
    "decisions.winner": "победитель",
    "decisions.not_winner": "не победитель",
    "decisions.undecided": "ещё не решено",
    "decisions.pending_winner": "победитель (ожидает)",
    "decisions.pending_not_winner": "не победитель (ожидает)",
    "decisions.open": "Решение по этому равенству баллов принято не по всем проектам: записанные "
                      "решения вступят в силу, когда решение будет принято по каждому из них.",
    "decisions.stale": "Ранее записанные решения, которые больше не действуют, так как "
                       "изменилось равенство баллов, по которому они были приняты:",
    # 6. recusals and absences
    "absence.heading": "6. Самоотводы и отсутствие",
    "absence.none": "Самоотводов и отсутствия членов жюри не было.",
    "absence.col.juror": "Член жюри",
    "absence.col.project": "Проект",
    "absence.col.kind": "Статус",
    "absence.recused": "самоотвод (конфликт интересов)",
    "absence.absent": "отсутствие",
    # signatures
    "sign.heading": "Подписи",
    "sign.intro": "Члены жюри подтверждают настоящий протокол своими подписями.",
    "sign.line": "подпись",
    "sign.name": "Ф. И. О.",
    # annex: the consolidated statement of marks
    "statement.heading": "Приложение. Сводная ведомость оценок",
    "statement.intro": "По каждому проекту, в порядке выступлений внутри каждой группы: "
                       "оценка каждого члена жюри по каждому критерию (столбцы — критерии "
                       "раздела 2 по номерам, с максимумом ≤ и весом ×), сумма члена жюри "
                       "Σ вес × оценка, затем расчёт балла по шагам, как сказано в "
                       "разделе 2, корректировка, итоговый балл и места, а также "
                       "комментарии членов жюри. По ведомости любой может пересчитать "
                       "каждый балл и каждое место.",
    "statement.legend": "{recused}: самоотвод; {absent}: отсутствие; {missing}: нет "
                        "оценки; {partial}: оценены ещё не все критерии (в сумме учтены "
                        "выставленные оценки).",
    "statement.left_out": "В [скобках]: значение, которое способ раздела 2 не учитывает.",
    "statement.zscore": "Суммы членов жюри нормализуются (z-оценки, раздел 2) до расчёта "
                        "среднего: нормализованные суммы — в последнем столбце.",
    "statement.method": "Балл жюри: {method}, как сказано в разделе 2.",
    "statement.of_totals.mean": "среднее арифметическое сумм членов жюри",
    "statement.of_totals.trimmed_mean": "среднее сумм членов жюри без {trim} наибольших и "
                                        "{trim} наименьших",
    "statement.of_totals.median": "медиана сумм членов жюри",
    "statement.of_marks.mean": "среднее арифметическое оценок по критерию",
    "statement.of_marks.trimmed_mean": "среднее оценок по критерию без {trim} наибольших и "
                                       "{trim} наименьших",
    "statement.of_marks.median": "медиана оценок по критерию",
    "statement.part": "часть {part} из {parts}",
    "statement.col.juror": "Член жюри",
    "statement.col.total": "Сумма",
    "statement.col.rounded": "Округл.",
    "statement.col.normalised": "Нормализ.",
    "statement.panel_totals": "Балл жюри",
    "statement.panel": "Балл жюри",
    "statement.rounded": "Округлено {to}",
    "statement.weighted": "× вес; сумма",
    "statement.weighted_rounded": "× вес, округлено {to}; сумма",
    "statement.score_rounded": "Балл, округлённый {to}",
    "statement.adjustment": "Корректировка",
    "statement.score": "Итоговый балл",
    "statement.place_group": "Место в группе",
    "statement.place_total": "Место в общем списке",
    "statement.comments": "Комментарии:",
    "method.statement": "В приложении (сводная ведомость оценок) приведены оценки каждого "
                        "члена жюри по каждому критерию и каждый шаг расчёта каждого балла.",
    # annex
    "annex.recused": "С",
    "annex.absent": "О",
    "annex.missing": "–",
    "annex.partial": "*",
    # the jury's meeting (issue 17)
    "doc.group": "Группа",
    "doc.data_id": "Идентификатор данных: {id}",
    "doc.place": "Место проведения заседания: {place}",
    "doc.opened": "Начало заседания: {when}",
    "doc.closed": "Окончание заседания: {when}",
    "doc.chaired": "Председательствующий: {name}",
    "jury.col.attendance": "Участие",
    "attendance.present": "очно",
    "attendance.remote": "дистанционно",
    "attendance.absent": "отсутствует",
    "jury.quorum": "В заседании приняли участие {taking} из {scoring} членов жюри с правом голоса "
                   "(очно — {present}, дистанционно — {remote}). Кворум ({share}, не менее "
                   "{needed}) имеется, заседание правомочно.",
    "jury.no_quorum": "В заседании приняли участие {taking} из {scoring} членов жюри с правом голоса "
                      "(очно — {present}, дистанционно — {remote}). Кворума ({share}, не менее "
                      "{needed}) НЕТ: заседание неправомочно принимать решения.",
    "jury.quorum_none": "В заседании приняли участие {taking} из {scoring} членов жюри с правом голоса "
                        "(очно — {present}, дистанционно — {remote}); кворум не установлен.",
    "winners.resolved": "РЕШИЛИ: признать победителями конкурса следующие проекты.",
    "decisions.col.votes": "Голосование",
    "decisions.votes": "за — {yes}, против — {no}, воздержались — {abstain}",
    "decisions.casting": "при равенстве голосов решающий голос председателя",
    "decisions.no_votes": "не записано",
    "opinions.heading": "7. Особые мнения членов жюри",
    "opinions.none": "Особых мнений членами жюри не заявлено.",
    "opinions.intro": "Член жюри, не согласный с решением, излагает особое мнение, которое является "
                      "частью настоящего протокола.",
    "sign.date": "дата",
    "sign.remote": "участвовал(а) дистанционно",
    "provisional.no_quorum": "на заседании нет кворума",
    # a place the tie-break decided, with the values it compared
    "note.tiebreak_ahead": "выше по критерию «{criterion}» {mine} : {theirs}",
    "note.tiebreak_behind": "ниже по критерию «{criterion}» {mine} : {theirs}",
    "influence.heading": "Меняет ли один член жюри победителей?",
    "influence.none": "Оценки ни одного члена жюри в отдельности не меняют победителей.",
    "influence.or": " или ",
    "influence.instead": "Без оценок {jurors}: победителем вместо {lost} стал бы {gained}.",
    "influence.lose": "Без оценок {jurors}: место {lost} не было бы бесспорным.",
    "influence.also": "Без оценок {jurors}: победителем стал бы также {gained}.",
    "influence.tie": "Без оценок {jurors}: равенство баллов на границе потребовало бы решения жюри.",
    "public.heading": "Публичная копия",
    "public.note": "Это публичная копия протокола № {number}: члены жюри обозначены J1…J{n}, подписей нет. Подписанный протокол с тем же номером и отпечатком {short} хранится у организаторов.",
}
