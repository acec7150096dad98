"""The protocol's fixed texts in Kazakh. Terms as in resources/i18n/GLOSSARY.md.

A noun after a numeral stays singular in Kazakh («3 орын», «0,5 балл»), so each counted
noun has one form. No case ending is ever put on a placeholder: an ending follows the
sound of the word before it, which a template cannot know («10-нан», «5-тен»), so
endings go on the nouns around it instead («{pages} беттің {page}-беті»).
Dates in the official order: «2026 жылғы 5 қазан».
"""

KK: dict[str, str] = {
    # document and page furniture
    "doc.title": "Қазылар алқасының хаттамасы",
    "doc.heading": "ҚАЗЫЛАР АЛҚАСЫНЫҢ ХАТТАМАСЫ",
    "doc.number": "№ {number} хаттама",
    "doc.venue": "Өткізілген орны: {venue}",
    "doc.dates": "Өткізілген күндері: {dates}",
    "doc.printed": "Күні мен уақыты: {when}",
    "doc.printed_note": "деректердің соңғы өзгерген уақыты",
    "doc.fingerprint": "Деректердің бақылау сомасы (SHA-256): {fingerprint}",
    "doc.fingerprint_note": "Бақылау сомасы хаттама жасалған деректерді бірмәнді "
                            "анықтайды. Ол QR-кодта берілген; әр беттің төменгі жағында "
                            "оның алғашқы цифрлары қайталанады.",
    "page.footer": "{pages} беттің {page}-беті",
    "page.footer_fp": "№ {number} хаттама · бақылау сомасы {short}",
    "provisional.mark": "АЛДЫН АЛА",
    "provisional.banner": "АЛДЫН АЛА НӘТИЖЕ: {reasons}",
    "provisional.missing": "бағалардың бәрі енгізілмеген",
    "provisional.not_final": "байқау қорытындысы бекітілмеген",
    "provisional.undecided": "жеңімпаздар шегіндегі балл теңдігі алқа шешімін күтуде",
    "provisional.conflict": "бағалау парақтарының екі енгізуі сәйкес емес",
    "provisional.unverified": "барлық бағалау парақтары салыстырылмаған",
    "provisional.join": "; ",
    # before finalize: a draft, not for signature
    "draft.mark": "ҚАРАЛАМА",
    "draft.banner": "ҚАРАЛАМА — ҚОЛ ҚОЮҒА АРНАЛМАҒАН: {reasons}",
    "draft.heading": "ҚАРАЛАМА — ҚОЛ ҚОЮҒА АРНАЛМАҒАН",
    "draft.heading_note": "Қаралама деректерді тексеруге арналған. Қол қойылатын хаттама байқау "
                          "қорытындысы бекітілгеннен кейін басып шығарылады, оның нөмірі басқа.",
    "draft.sign_heading": "Қол қойылмайды: бұл қаралама",
    "draft.sign_note": "Байқау қорытындысын бекітіп, қол қоюға арналған хаттаманы басып "
                       "шығарыңыз: онда қазылар алқасының әр мүшесі мен хатшысының қолына "
                       "арналған жол бар.",
    # dates: «2026 жылғы 5 қазан», «2026 жылғы 5–6 қазан», «2026 жылғы 30 қыркүйек – 2 қазан»
    "date.full": "{year} жылғы {day} {month}",
    "date.same_month": "{year} жылғы {day1}–{day2} {month}",
    "date.same_year": "{year} жылғы {day1} {month1} – {day2} {month2}",
    "date.range": "{first} – {last}",
    "datetime": "{date}, {time} {zone}",
    "month.1": "қаңтар", "month.2": "ақпан", "month.3": "наурыз", "month.4": "сәуір",
    "month.5": "мамыр", "month.6": "маусым", "month.7": "шілде", "month.8": "тамыз",
    "month.9": "қыркүйек", "month.10": "қазан", "month.11": "қараша",
    "month.12": "желтоқсан",
    "number.decimal": ",",
    "item": "{code} — {name}",
    # 1. the jury
    "jury.heading": "1. Қазылар алқасының құрамы",
    "jury.col.no": "№",
    "jury.col.code": "Код",
    "jury.col.name": "Аты-жөні",
    "jury.col.position": "Лауазымы",
    "jury.col.role": "Рөлі",
    "role.chair": "Қазылар алқасының төрағасы",
    "role.member": "Қазылар алқасының мүшесі",
    "role.secretary": "Қазылар алқасының хатшысы",
    "role.short.chair": "Төраға",
    "role.short.member": "Мүше",
    "role.short.secretary": "Хатшы",
    "jury.none": "Алқа мүшелері көрсетілмеген.",
    # 2. the method
    "method.heading": "2. Нәтижелерді есептеу тәртібі",
    "method.criteria": "Әр алқа мүшесі әр жобаны төмендегі критерийлер бойынша {step} "
                       "қадаммен бағалайды. Алқа мүшесінің жобаға берген жиынтық балы — "
                       "барлық критерий бойынша «салмақ × баға» көбейтінділерінің "
                       "қосындысы; ең жоғары мүмкін жиынтық — {max_total}.",
    "method.col.no": "№",
    "method.col.criterion": "Критерий",
    "method.col.max": "Макс.",
    "method.col.weight": "Салмағы",
    "method.col.weighted": "Макс. × салмақ",
    "method.col.total": "Ең жоғары жиынтық",
    "method.mean": "Жобаның балы — жобаны бағалаған алқа мүшелерінің жиынтық балдарының "
                   "орташа арифметикалық мәні; өздігінен бас тартқан немесе қатыспаған "
                   "алқа мүшелері есепке алынбайды.",
    "method.trimmed_mean": "Жобаның балы — жобаны бағалаған алқа мүшелерінің жиынтық "
                           "балдарының орташасы, ең жоғары және ең төмен жиынтықтар алынып "
                           "тасталғаннан кейін (әр жағынан {trim}), егер жиынтықтар саны "
                           "кемінде {least} болса; әйтпесе — қарапайым орташа. Өздігінен "
                           "бас тартқан немесе қатыспаған алқа мүшелері есепке алынбайды.",
    "method.median": "Жобаның балы — жобаны бағалаған алқа мүшелерінің жиынтық балдарының "
                     "медианасы; өздігінен бас тартқан немесе қатыспаған алқа мүшелері "
                     "есепке алынбайды.",
    "method.zscore": "Бұған дейін әр алқа мүшесінің жиынтық балдары нормаланады (z-баға): "
                     "t жиынтығы (t − m_j) / s_j × s + m мәнімен ауыстырылады, мұндағы m_j "
                     "мен s_j — осы алқа мүшесінің жиынтықтарының орташасы мен стандартты "
                     "ауытқуы, ал m мен s — барлық жиынтықтар бойынша сондай көрсеткіштер; "
                     "осылайша қатал және жұмсақ алқа мүшелерінің салмағы бірдей болады.",
    "method.ties": "Балы тең жобалар мына критерийлер бойынша салмақталған бағаның "
                   "орташасымен реттеледі: {criteria} — көрсетілген ретпен. Осыдан кейін де "
                   "балдар тең болса, жобалар орынды бөліседі және ешқашан атауы не коды "
                   "бойынша ажыратылмайды.",
    "method.ties_none": "Қосымша критерийлер берілмеген: балы тең жобалар орынды бөліседі.",
    "method.winners_group": "Әр топтағы жеңімпаздар саны («{label}» бағаны бойынша): {n}.",
    "method.winners_total": "Жалпы тізімдегі жеңімпаздар саны: {n}.",
    "method.winners_none": "Жеңімпаздарды анықтау ережесі берілмеген.",
    "method.cut": "Егер балл теңдігі жеңімпаздар шегіне түссе, қазылар алқасы осы "
                  "жобалардың қайсысы жеңімпаз болатынын шешеді және негіздемесін жазады "
                  "(5-бөлім).",
    "method.rounding": "Балдар үтірден кейін екі таңбаға дейін дөңгелектеліп көрсетілген; "
                       "рейтинг дөңгелектенбеген мәндер бойынша құрылады.",
    "method.verified": "Екі рет енгізіліп, сәйкес келген (салыстырылған) бағалау "
                       "парақтары: {total} парақтың {verified}.",
    # 3. the ranking
    "ranking.heading": "3. Жобалардың рейтингі",
    "ranking.group": "{label}: {group}",
    "ranking.all": "Барлық жобалар",
    "ranking.col.place": "Орны",
    "ranking.overall": "Жеңімпаздар барлық жобалардың жалпы тізімі бойынша анықталады, "
                       "сондықтан барлық жобалар арасындағы орны көрсетілген.",
    "ranking.col.code": "Код",
    "ranking.col.title": "Жоба",
    "ranking.col.organization": "Ұйым",
    "ranking.col.score": "Балл",
    "ranking.col.notes": "Ескертпелер",
    "ranking.none": "Жобалар көрсетілмеген.",
    "note.winner": "жеңімпаз",
    "note.winner_decided": "алқа шешімімен жеңімпаз",
    "note.refused_decided": "алқа шешімімен жеңімпаз емес",
    "note.tie": "балл теңдігі",
    "note.decision_needed": "алқа шешімі қажет",
    "note.decision_stale": "жазылған шешім енді күшінде емес",
    "note.recused": "өздігінен бас тарту: {jurors}",
    "note.absent": "қатыспады: {jurors}",
    "note.incomplete": "жетпейтін бағалар: {count}",
    "note.unscored": "бағаланбаған",
    "note.withdrawn": "байқаудан шығарылды",
    "note.join": "; ",
    # 4. the winners
    "winners.heading": "4. Жеңімпаздар",
    "winners.none": "Жеңімпаздар жоқ.",
    "winners.open": "Әлі шешілмеген: балы тең ({score}) {codes} жобалары арасында {places}.",
    # 5. decisions
    "decisions.heading": "5. Жеңімпаздар шегіндегі балл теңдігі бойынша қазылар алқасының "
                         "шешімдері",
    "decisions.none": "Жеңімпаздар шегінде балл теңдігі болған жоқ.",
    "decisions.tie_group": "{label}: {group}. Балдары тең ({score}); {places} үшін "
                           "үміткерлер: {tied}.",
    "decisions.tie_total": "Балдары тең ({score}); {places} үшін үміткерлер: {tied}.",
    "count.place.other": "{n} орын",
    "count.point.other": "{n} балл",
    "decisions.col.code": "Код",
    "decisions.col.project": "Жоба",
    "decisions.col.decision": "Шешім",
    "decisions.col.reason": "Негіздеме",
    "decisions.winner": "жеңімпаз",
    "decisions.not_winner": "жеңімпаз емес",
    "decisions.undecided": "әлі шешілмеген",
    "decisions.pending_winner": "жеңімпаз (күтуде)",
    "decisions.pending_not_winner": "жеңімпаз емес (күтуде)",
    "decisions.open": "Бұл балл теңдігі бойынша шешім барлық жобаға қабылданған жоқ: жазылған "
                      "шешімдер әр жобаға шешім қабылданғанда күшіне енеді.",
    "decisions.stale": "Бұрын жазылған, бірақ енді күшінде емес шешімдер, өйткені олар "
                       "қабылданған балл теңдігі өзгерді:",
    # 6. recusals and absences
    "absence.heading": "6. Өздігінен бас тартулар және қатыспаулар",
    "absence.none": "Алқа мүшелерінің өздігінен бас тартуы және қатыспауы болған жоқ.",
    "absence.col.juror": "Алқа мүшесі",
    "absence.col.project": "Жоба",
    "absence.col.kind": "Мәртебесі",
    "absence.recused": "өздігінен бас тарту (мүдделер қақтығысы)",
    "absence.absent": "қатыспады",
    # signatures
    "sign.heading": "Қолдар",
    "sign.intro": "Қазылар алқасының мүшелері осы хаттаманы өз қолдарымен растайды.",
    "sign.line": "қолы",
    "sign.name": "аты-жөні",
    # annex: the consolidated statement of marks
    "statement.heading": "Қосымша. Бағалардың жиынтық ведомосі",
    "statement.intro": "Әр жоба бойынша, әр топтың ішінде таныстыру кезегімен: әр алқа "
                       "мүшесінің әр критерий бойынша бағасы (бағандар — 2-бөлімдегі "
                       "критерийлердің нөмірлері, ең жоғары бағасы ≤ және салмағы ×), алқа "
                       "мүшесінің жиынтығы Σ салмақ × баға, содан кейін 2-бөлімде "
                       "айтылғандай балдың қадам-қадаммен есебі, түзету, қорытынды балл мен "
                       "орындар, сондай-ақ алқа мүшелерінің түсініктемелері. Ведомость "
                       "бойынша кез келген адам әр балл мен әр орынды қайта есептей алады.",
    "statement.legend": "{recused}: өздігінен бас тарту; {absent}: қатыспады; {missing}: "
                        "баға жоқ; {partial}: барлық критерий әлі бағаланбаған (жиынтықта "
                        "қойылған бағалар ескерілген).",
    "statement.left_out": "[Жақшадағы] мән 2-бөлімдегі тәсіл бойынша есепке алынбайды.",
    "statement.zscore": "Алқа мүшелерінің жиынтықтары орташа есептелмес бұрын нормаланады "
                        "(z-баға, 2-бөлім): нормаланған жиынтықтар соңғы бағанда.",
    "statement.method": "Алқа балы: 2-бөлімде айтылғандай, {method}.",
    "statement.of_totals.mean": "алқа мүшелері жиынтықтарының арифметикалық ортасы",
    "statement.of_totals.trimmed_mean": "ең жоғары {trim} және ең төменгі {trim} жиынтықты "
                                        "алып тастағандағы жиынтықтардың ортасы",
    "statement.of_totals.median": "алқа мүшелері жиынтықтарының медианасы",
    "statement.of_marks.mean": "критерий бойынша бағалардың арифметикалық ортасы",
    "statement.of_marks.trimmed_mean": "ең жоғары {trim} және ең төменгі {trim} бағаны алып"
                                       " тастағандағы критерий бойынша бағалардың ортасы",
    "statement.of_marks.median": "критерий бойынша бағалардың медианасы",
    "statement.part": "{parts} бөліктің {part}-бөлігі",
    "statement.col.juror": "Алқа мүшесі",
    "statement.col.total": "Жиынтық",
    "statement.col.rounded": "Дөңгелек.",
    "statement.col.normalised": "Нормал.",
    "statement.panel_totals": "Алқа балы",
    "statement.panel": "Алқа балы",
    "statement.rounded": "{to} дөңгелектенді",
    "statement.weighted": "× салмақ; қосынды",
    "statement.weighted_rounded": "× салмақ, {to} дөңгелектенді; қосынды",
    "statement.score_rounded": "{to} дөңгелектенген балл",
    "statement.adjustment": "Түзету",
    "statement.score": "Қорытынды балл",
    "statement.place_group": "Топтағы орны",
    "statement.place_total": "Жалпы тізімдегі орны",
    "statement.comments": "Түсініктемелер:",
    "method.statement": "Қосымшада (бағалардың жиынтық ведомосі) әр алқа мүшесінің әр "
                        "критерий бойынша бағасы және әр балдың есебінің әр қадамы берілген.",
    # annex
    "annex.recused": "Б",
    "annex.absent": "Қ",
    "annex.missing": "–",
    "annex.partial": "*",
    # the jury's meeting (issue 17)
    "doc.group": "Топ",
    "doc.data_id": "Деректер идентификаторы: {id}",
    "doc.place": "Отырыс өткен орын: {place}",
    "doc.opened": "Отырыстың басталуы: {when}",
    "doc.closed": "Отырыстың аяқталуы: {when}",
    "doc.chaired": "Төрағалық еткен: {name}",
    "jury.col.attendance": "Қатысуы",
    "attendance.present": "тікелей",
    "attendance.remote": "қашықтан",
    "attendance.absent": "қатыспады",
    "jury.quorum": "Отырысқа дауыс беру құқығы бар {scoring} алқа мүшесінің {taking} қатысты "
                   "(тікелей — {present}, қашықтан — {remote}). Кворум ({share}, кемінде {needed}) "
                   "бар, отырыс шешім қабылдауға құқылы.",
    "jury.no_quorum": "Отырысқа дауыс беру құқығы бар {scoring} алқа мүшесінің {taking} қатысты "
                      "(тікелей — {present}, қашықтан — {remote}). Кворум ({share}, кемінде {needed}) "
                      "ЖОҚ: отырыс шешім қабылдауға құқылы емес.",
    "jury.quorum_none": "Отырысқа дауыс беру құқығы бар {scoring} алқа мүшесінің {taking} қатысты "
                        "(тікелей — {present}, қашықтан — {remote}); кворум белгіленбеген.",
    "winners.resolved": "ШЕШІМ ҚАБЫЛДАДЫ: төмендегі жобалар байқаудың жеңімпаздары деп танылсын.",
    "decisions.col.votes": "Дауыс беру",
    "decisions.votes": "жақтап — {yes}, қарсы — {no}, қалыс қалды — {abstain}",
    "decisions.casting": "дауыстар тең болғанда төрағаның шешуші дауысы",
    "decisions.no_votes": "жазылмаған",
    "opinions.heading": "7. Алқа мүшелерінің ерекше пікірлері",
    "opinions.none": "Алқа мүшелері ерекше пікір білдірмеді.",
    "opinions.intro": "Шешіммен келіспейтін алқа мүшесі ерекше пікір білдіреді, ол осы хаттаманың "
                      "бөлігі болып табылады.",
    "sign.date": "күні",
    "sign.remote": "қашықтан қатысты",
    "provisional.no_quorum": "отырыста кворум жоқ",
    # a place the tie-break decided, with the values it compared
    "note.tiebreak_ahead": "«{criterion}» бойынша жоғары {mine} : {theirs}",
    "note.tiebreak_behind": "«{criterion}» бойынша төмен {mine} : {theirs}",
    "influence.heading": "Бір қазы жеңімпаздарды өзгерте ме?",
    "influence.none": "Бірде-бір қазының бағалары жеңімпаздарды өзгертпейді.",
    "influence.or": " немесе ",
    "influence.instead": "{jurors} бағаларынсыз: {lost} орнына {gained} жеңімпаз болар еді.",
    "influence.lose": "{jurors} бағаларынсыз: {lost} орны даусыз болмас еді.",
    "influence.also": "{jurors} бағаларынсыз: {gained} да жеңімпаз болар еді.",
    "influence.tie": "{jurors} бағаларынсыз: шектегі балдар теңдігі қазылар шешімін қажет етер еді.",
    "public.heading": "Жария көшірме",
    "public.note": "Бұл № {number} хаттаманың жария көшірмесі: қазылар J1…J{n} деп белгіленген, қолдар жоқ. Дәл сол нөмірі мен {short} таңбасы бар қол қойылған хаттама ұйымдастырушыларда сақталады.",
}
