"""The protocol's texts for the regulation's arithmetic (aggregation per criterion, each
rounding step, the least winning score, adjustments, comments, the worked example), in
each language, with the same ids; app.protocol.texts adds them to its catalogues."""

EN = {
    "reg.criterion_method": "Each criterion's panel score is the {method} of the marks the "
                            "jurors who marked the project gave on it (recused and absent "
                            "jurors do not count); the project's score is the sum over the "
                            "criteria of weight × panel score.",
    "reg.method.mean": "arithmetic mean",
    "reg.method.trimmed_mean": "mean after dropping the {trim} highest and the {trim} "
                               "lowest marks (when there are at least {least}; otherwise the "
                               "plain mean)",
    "reg.method.median": "median",
    "reg.rounding": "Rounding, in this order: {steps}. A half is rounded {mode}. Tie-break "
                    "values are made and rounded the same way; the ranking and ties use the "
                    "rounded values. Scores are printed to two decimals.",
    "reg.round.criterion": "each criterion's panel score {to}",
    "reg.round.weighted_criterion": "each weight × panel score {to}",
    "reg.round.weighted_juror": "each juror's total {to}",
    "reg.round.score": "the project's score {to}",
    "reg.places.0": "to a whole number",
    "reg.places.1": "to tenths",
    "reg.places.2": "to hundredths",
    "reg.places.3": "to thousandths",
    "reg.places.n": "to {n} decimal places",
    "reg.mode.half_up": "away from zero (0.125 becomes 0.13), as a calculator does",
    "reg.mode.half_even": "to the even digit (0.125 becomes 0.12, 0.135 becomes 0.14)",
    "reg.threshold": "A project scoring below {min} does not win and takes no winner's "
                     "place: the places go to the next projects scoring at least {min}, or "
                     "stay empty.",
    "reg.adjustments": "After rounding, the adjustments below are added to the scores (a "
                       "minus sign takes points away), each under the rule it applies:",
    "reg.adj.col.project": "Project",
    "reg.adj.col.points": "Points",
    "reg.adj.col.rule": "Rule applied",
    "reg.comments_required": "Each juror gives a written reason for each project marked; "
                             "a sheet without one is incomplete.",
    "reg.example.heading": "Worked example: how the score of {code} is made",
    "reg.example.juror": "{juror}: {terms} = {total}",
    "reg.example.rounded": "{value} rounded {to}: {rounded}",
    "reg.example.mean": "Mean of {n} totals: ({values}) / {n} = {result}",
    "reg.example.trimmed": "Dropping the {trim} highest and {trim} lowest totals leaves "
                           "{values}; their mean is {result}",
    "reg.example.median": "The median of {values} is {result}",
    "reg.example.criterion": "{criterion}: marks {marks}; {method} {panel}",
    "reg.example.weighted": "{weight} × {panel} = {part}",
    "reg.example.sum": "Sum over the criteria: {parts} = {result}",
    "reg.example.adjustment": "{points} ({rule})",
    "reg.example.score": "Score: {score}",
    "reg.example.approx": "≈",
    "note.below_min": "below {min}: cannot win",
    "note.adjusted": "adjusted {points}",
    "note.uncommented": "comment missing: {jurors}",
}

RU = {
    "reg.criterion_method": "Оценка жюри по каждому критерию — {method} оценок, которые "
                            "поставили этому проекту оценивавшие его члены жюри (взявшие "
                            "самоотвод и отсутствовавшие не учитываются); итоговый балл "
                            "проекта — сумма по критериям произведений веса на оценку жюри.",
    "reg.method.mean": "среднее арифметическое",
    "reg.method.trimmed_mean": "среднее после отбрасывания {trim} наибольших и {trim} "
                               "наименьших оценок (если их не меньше {least}; иначе простое "
                               "среднее)",
    "reg.method.median": "медиана",
    "reg.rounding": "Округление, в таком порядке: {steps}. Половина округляется {mode}. "
                    "Значения для разрешения равенства вычисляются и округляются так же; "
                    "места и равенства определяются по округлённым значениям. Баллы "
                    "печатаются с двумя знаками после запятой.",
    "reg.round.criterion": "оценка жюри по каждому критерию — {to}",
    "reg.round.weighted_criterion": "каждое произведение веса на оценку жюри — {to}",
    "reg.round.weighted_juror": "сумма баллов каждого члена жюри — {to}",
    "reg.round.score": "итоговый балл проекта — {to}",
    "reg.places.0": "до целых",
    "reg.places.1": "до десятых",
    "reg.places.2": "до сотых",
    "reg.places.3": "до тысячных",
    "reg.places.n": "до {n} знаков после запятой",
    "reg.mode.half_up": "от нуля (0,125 становится 0,13), как на калькуляторе",
    "reg.mode.half_even": "к чётной цифре (0,125 становится 0,12, 0,135 — 0,14)",
    "reg.threshold": "Проект с баллом ниже {min} не может стать победителем и не занимает "
                     "место победителя: места переходят к следующим проектам с баллом не "
                     "ниже {min} или остаются незанятыми.",
    "reg.adjustments": "После округления к баллам прибавлены корректировки (знак минус "
                       "уменьшает балл), каждая по своему основанию:",
    "reg.adj.col.project": "Проект",
    "reg.adj.col.points": "Баллы",
    "reg.adj.col.rule": "Основание",
    "reg.comments_required": "Каждый член жюри письменно обосновывает оценку каждого "
                             "проекта; лист без обоснования считается незаполненным.",
    "reg.example.heading": "Пример расчёта: как получен балл проекта {code}",
    "reg.example.juror": "{juror}: {terms} = {total}",
    "reg.example.rounded": "{value} с округлением {to}: {rounded}",
    "reg.example.mean": "Среднее {n} сумм: ({values}) / {n} = {result}",
    "reg.example.trimmed": "После отбрасывания {trim} наибольших и {trim} наименьших сумм "
                           "остаются {values}; их среднее {result}",
    "reg.example.median": "Медиана значений {values} равна {result}",
    "reg.example.criterion": "{criterion}: оценки {marks}; {method} {panel}",
    "reg.example.weighted": "{weight} × {panel} = {part}",
    "reg.example.sum": "Сумма по критериям: {parts} = {result}",
    "reg.example.adjustment": "{points} ({rule})",
    "reg.example.score": "Итоговый балл: {score}",
    "reg.example.approx": "≈",
    "note.below_min": "ниже {min}: не может победить",
    "note.adjusted": "корректировка {points}",
    "note.uncommented": "нет обоснования: {jurors}",
}

KK = {
    "reg.criterion_method": "Әр критерий бойынша алқа бағасы — жобаны бағалаған мүшелердің "
                            "сол критерийге қойған бағаларының {method} (бас тартқан және "
                            "қатыспаған мүшелер есептелмейді); жобаның қорытынды ұпайы — "
                            "критерийлер бойынша салмақ пен алқа бағасы көбейтінділерінің "
                            "қосындысы.",
    "reg.method.mean": "арифметикалық ортасы",
    "reg.method.trimmed_mean": "ең жоғары {trim} және ең төменгі {trim} бағаны алып "
                               "тастағаннан кейінгі ортасы (кемінде {least} баға болса; "
                               "әйтпесе қарапайым ортасы)",
    "reg.method.median": "медианасы",
    "reg.rounding": "Дөңгелектеу, осы ретпен: {steps}. Жарты {mode} дөңгелектенеді. Теңдікті "
                    "шешетін мәндер де солай есептеліп, дөңгелектенеді; орындар мен "
                    "теңдіктер дөңгелектенген мәндермен анықталады. Ұпайлар үтірден кейін "
                    "екі таңбамен басылады.",
    "reg.round.criterion": "әр критерий бойынша алқа бағасы — {to}",
    "reg.round.weighted_criterion": "салмақ пен алқа бағасының әр көбейтіндісі — {to}",
    "reg.round.weighted_juror": "әр мүшенің қосындысы — {to}",
    "reg.round.score": "жобаның қорытынды ұпайы — {to}",
    "reg.places.0": "бүтін санға дейін",
    "reg.places.1": "ондыққа дейін",
    "reg.places.2": "жүздікке дейін",
    "reg.places.3": "мыңдыққа дейін",
    "reg.places.n": "үтірден кейін {n} таңбаға дейін",
    "reg.mode.half_up": "нөлден алысқа қарай (0,125 — 0,13), калькулятордағыдай",
    "reg.mode.half_even": "жұп цифрға қарай (0,125 — 0,12, 0,135 — 0,14)",
    "reg.threshold": "Ұпайы {min}-ден төмен жоба жеңімпаз бола алмайды және жеңімпаз орнын "
                     "алмайды: орындар ұпайы кемінде {min} болатын келесі жобаларға өтеді "
                     "немесе бос қалады.",
    "reg.adjustments": "Дөңгелектеуден кейін ұпайларға төмендегі түзетулер қосылды (минус "
                       "белгісі ұпайды азайтады), әрқайсысы өз негізімен:",
    "reg.adj.col.project": "Жоба",
    "reg.adj.col.points": "Ұпай",
    "reg.adj.col.rule": "Негіз",
    "reg.comments_required": "Әр мүше әр жобаның бағасын жазбаша негіздейді; негіздемесі "
                             "жоқ парақ толтырылмаған болып саналады.",
    "reg.example.heading": "Есептеу үлгісі: {code} жобасының ұпайы қалай шықты",
    "reg.example.juror": "{juror}: {terms} = {total}",
    "reg.example.rounded": "{value} {to} дөңгелектенеді: {rounded}",
    "reg.example.mean": "{n} қосындының ортасы: ({values}) / {n} = {result}",
    "reg.example.trimmed": "Ең жоғары {trim} және ең төменгі {trim} қосындыны алып "
                           "тастағанда {values} қалады; олардың ортасы {result}",
    "reg.example.median": "{values} мәндерінің медианасы {result}",
    "reg.example.criterion": "{criterion}: бағалар {marks}; {method} {panel}",
    "reg.example.weighted": "{weight} × {panel} = {part}",
    "reg.example.sum": "Критерийлер бойынша қосынды: {parts} = {result}",
    "reg.example.adjustment": "{points} ({rule})",
    "reg.example.score": "Қорытынды ұпай: {score}",
    "reg.example.approx": "≈",
    "note.below_min": "{min}-ден төмен: жеңе алмайды",
    "note.adjusted": "түзету {points}",
    "note.uncommented": "негіздеме жоқ: {jurors}",
}
