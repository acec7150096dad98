<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AdjustmentsModel</name>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>Негіз (ереже)</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <source>Adjustments: points added after rounding, each with its rule</source>
        <translation>Түзетулер: дөңгелектеуден кейін қосылған ұпайлар, әрқайсысы өз негізімен</translation>
    </message>
    <message>
        <source>Ad&amp;justments:</source>
        <translation>Тү&amp;зетулер:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Жоба:</translation>
    </message>
    <message>
        <source>Poin&amp;ts:</source>
        <translation>&amp;Ұпай:</translation>
    </message>
    <message>
        <source>+1 or -0.5</source>
        <translation>+1 немесе -0,5</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>&amp;Негіз:</translation>
    </message>
    <message>
        <source>the rule it applies, printed in the protocol</source>
        <translation>қолданылатын ереже; хаттамада басылады</translation>
    </message>
    <message>
        <source>Sa&amp;ve adjustment</source>
        <translation>Түзетуді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Жаң&amp;а</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Өші&amp;ру</translation>
    </message>
    <message>
        <source>Adjustment of {points} for {code} saved.</source>
        <translation>{code} үшін {points} түзетуі сақталды.</translation>
    </message>
    <message>
        <source>Select the adjustment to remove.</source>
        <translation>Өшірілетін түзетуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Adjustment for {code} removed.</source>
        <translation>{code} үшін түзету өшірілді.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Juror</source>
        <translation>Қазы</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Шашырау</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Ауытқу</translation>
    </message>
    <message>
        <source>|Deviation|</source>
        <translation>|Ауытқу|</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>Rank corr.</source>
        <translation>Ранг. корр.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Each box is one juror: a dot per project, the juror&apos;s total upwards and the panel&apos;s mean across. Dots above the dashed diagonal: more generous than the panel; below: stricter.</source>
        <translation>Әр шаршы — бір қазы: әр жобаға бір нүкте, қазының қорытындысы тігінен, алқаның орташасы көлденеңінен. Пунктир диагональдан жоғары нүктелер — алқадан жомартырақ, төмен — қатаңырақ.</translation>
    </message>
    <message>
        <source>Too few projects were scored by every juror to say how far the jury agreed ({n} compared).</source>
        <translation>Қазылар келісімін бағалау үшін барлық қазылар бағалаған жобалар тым аз (салыстырылды: {n}).</translation>
    </message>
    <message>
        <source>The jury agreed {w_words} on the order of the projects (Kendall&apos;s W = {w}); agreement on the totals themselves was {icc_words} (ICC(2,1) = {icc}, over {n} projects).</source>
        <translation>Қазылар жобалардың ретінде {w_words} (Кендалл W = {w}); қорытындылардың өзіндегі келісім — {icc_words} (ICC(2,1) = {icc}, {n} жоба бойынша).</translation>
    </message>
    <message>
        <source>strongly</source>
        <translation>толық келісті</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>негізінен келісті</translation>
    </message>
    <message>
        <source>weakly</source>
        <translation>әлсіз келісті</translation>
    </message>
    <message>
        <source>hardly</source>
        <translation>іс жүзінде келіспеді</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>өте жақсы</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>No single juror&apos;s marks change the winners.</source>
        <translation>Бірде-бір қазының бағалары жеңімпаздарды өзгертпейді.</translation>
    </message>
    <message>
        <source>Would one juror change the winners? {detail}</source>
        <translation>Бір қазы жеңімпаздарды өзгерте ме? {detail}</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation>тікелей</translation>
    </message>
    <message>
        <source>remote (video link)</source>
        <translation>қашықтан (бейнебайланыс)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
    <message>
        <source>recused (conflict of interest)</source>
        <translation>өздігінен бас тарту (мүдделер қақтығысы)</translation>
    </message>
    <message>
        <source>Ticked: not in the room for this project (not a recusal).</source>
        <translation>Белгіленген: алқа мүшесі осы жобаны таныстыру кезінде болмады (бұл өздігінен бас тарту емес).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of this competition</source>
        <translation>Осы байқаудың сақтық көшірмелері</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Jury Room backs the file up when it is opened, every few minutes while marks change, and before every import, finalize, reopen and restore; the last 20 are kept in the backups folder beside the file. Restoring keeps a backup of what it replaces.</source>
        <translation>Jury Room файлдың сақтық көшірмесін ашқанда, бағалар өзгеріп жатқанда бірнеше минут сайын және әр импорт, бекіту, қайта ашу мен қалпына келтіру алдында жасайды; соңғы 20 көшірме файлдың жанындағы backups бумасында сақталады. Қалпына келтірер алдында ауыстырылатын нұсқаның көшірмесі сақталады.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Қазір &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Таңдалған көшірмені қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>when the file was opened</source>
        <translation>файл ашылғанда</translation>
    </message>
    <message>
        <source>while marks were keyed</source>
        <translation>бағалар енгізіліп жатқанда</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <source>before finalizing</source>
        <translation>бекіту алдында</translation>
    </message>
    <message>
        <source>before reopening</source>
        <translation>қайта ашу алдында</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <source>before a program update</source>
        <translation>бағдарлама жаңартылар алдында</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} КБ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Put the competition back as it was at {when}? Everything changed since then is replaced; a backup of it is kept first.</source>
        <translation>Байқауды {when} кезіндегі күйіне қайтару керек пе? Содан бергі өзгерістердің бәрі ауыстырылады; алдымен олардың сақтық көшірмесі сақталады.</translation>
    </message>
    <message>
        <source>This is a backup of another competition, “{title}” (begun {begun}), not of this one. Restoring it replaces this competition with that one. Restore it anyway?</source>
        <translation>Бұл осы байқаудың емес, басқа байқаудың, «{title}» ({begun} басталған), сақтық көшірмесі. Қалпына келтіру осы байқауды соның орнына қояды. Бәрібір қалпына келтіру керек пе?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a printed protocol</source>
        <translation>Басылған хаттаманы тексеру</translation>
    </message>
    <message>
        <source>every page</source>
        <translation>әр бет</translation>
    </message>
    <message>
        <source>the QR code of this photo or scan</source>
        <translation>осы фотоның немесе сканның QR-коды</translation>
    </message>
    <message>
        <source>Matches the data ({what} checked).</source>
        <translation>Деректермен сәйкес келеді (тексерілді: {what}).</translation>
    </message>
    <message>
        <source>Does NOT match the data.</source>
        <translation>Деректермен сәйкес КЕЛМЕЙДІ.</translation>
    </message>
    <message>
        <source>The data was changed outside Jury Room ({problem}): nothing vouches for it.</source>
        <translation>Деректер Jury Room-нан тыс өзгертілген ({problem}): оларға ештеңе кепіл бола алмайды.</translation>
    </message>
    <message>
        <source>Fingerprint in the file: {file}
Fingerprint of the data: {data}</source>
        <translation>Файлдағы бақылау сомасы: {file}
Деректердің бақылау сомасы: {data}</translation>
    </message>
    <message>
        <source>the competition&apos;s settings</source>
        <translation>байқау баптаулары</translation>
    </message>
    <message>
        <source>the projects</source>
        <translation>жобалар</translation>
    </message>
    <message>
        <source>the jurors</source>
        <translation>алқа мүшелері</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>критерийлер</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>бағалар</translation>
    </message>
    <message>
        <source>the recusals</source>
        <translation>өздігінен бас тартулар</translation>
    </message>
    <message>
        <source>the absences</source>
        <translation>қатыспаулар</translation>
    </message>
    <message>
        <source>the jury&apos;s decisions</source>
        <translation>алқа шешімдері</translation>
    </message>
    <message>
        <source>the adjustments</source>
        <translation>түзетулер</translation>
    </message>
    <message>
        <source>the comments</source>
        <translation>түсініктемелер</translation>
    </message>
    <message>
        <source>the dissenting opinions</source>
        <translation>ерекше пікірлер</translation>
    </message>
    <message>
        <source>Page {page} of the protocol the data gives is missing.</source>
        <translation>Деректер беретін хаттаманың {page}-беті жоқ.</translation>
    </message>
    <message>
        <source>Page {page} is not in the protocol the data gives (an extra page).</source>
        <translation>{page}-бет деректер беретін хаттамада жоқ (артық бет).</translation>
    </message>
    <message>
        <source>Page {page} differs.</source>
        <translation>{page}-бет өзгеше.</translation>
    </message>
    <message>
        <source>Page {page} has another page size.</source>
        <translation>{page}-беттің өлшемі басқа.</translation>
    </message>
    <message>
        <source>Page {page} differs, at about {x} mm from the left and {y} mm from the top.</source>
        <translation>{page}-бет өзгеше: шамамен сол жиектен {x} мм, жоғарғы жиектен {y} мм жерде.</translation>
    </message>
    <message>
        <source>The fingerprint printed on page 1 is not the one in the file&apos;s metadata: the file was altered after it was printed.</source>
        <translation>1-беттегі бақылау сомасы файлдың метадеректеріндегімен бірдей емес: файл басылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The image shows the QR codes of {n} different protocols.</source>
        <translation>Суретте {n} түрлі хаттаманың QR-кодтары бар.</translation>
    </message>
    <message>
        <source>The date and time it says it was printed ({at}) is no moment of the data&apos;s history.</source>
        <translation>Файлда көрсетілген басылған күні мен уақыты ({at}) деректер тарихындағы ешбір өзгеріске сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The competition has been finalized since it was printed.</source>
        <translation>Басылғаннан кейін байқау қорытындысы бекітілді.</translation>
    </message>
    <message>
        <source>The competition has been reopened since it was printed.</source>
        <translation>Басылғаннан кейін байқау қайта ашылды.</translation>
    </message>
    <message>
        <source>Printed from other data: {what} differ.</source>
        <translation>Басқа деректерден басылған: {what} өзгеше.</translation>
    </message>
    <message>
        <source>Printed from other data, or the data changed since.</source>
        <translation>Басқа деректерден басылған, не деректер содан бері өзгерген.</translation>
    </message>
    <message>
        <source>The date and time it says it was printed ({at}) comes before this file&apos;s history begins: if this file is a later copy of the data (an import of the exported folder), check the protocol against the original file, which alone can vouch for that date.</source>
        <translation>Хаттамада көрсетілген басып шығару күні мен уақыты ({at}) осы файл тарихының басталуынан ертерек: егер бұл файл деректердің кейінгі көшірмесі болса (шығарылған қалтаны импорттау), хаттаманы бастапқы файл бойынша тексеріңіз: бұл күнді тек сол ғана растай алады.</translation>
    </message>
    <message>
        <source>Changes were appended to the file after it was printed (an incremental update).</source>
        <translation>Басылғаннан кейін файлға өзгерістер жазылған (инкременттік жаңарту).</translation>
    </message>
    <message>
        <source>The file has {files} pages; the protocol the data gives has {data}.</source>
        <translation>Файлда {files} бет; деректер беретін хаттамада {data} бет.</translation>
    </message>
    <message>
        <source>Note: changes were appended to the file after it was printed (an incremental update, as a digital signature makes); they change nothing on its pages.</source>
        <translation>Ескерту: басылғаннан кейін файлға өзгерістер жазылған (электрондық қолтаңбадағыдай инкременттік жаңарту); олар беттерде ештеңе өзгертпейді.</translation>
    </message>
    <message>
        <source>All {n} pages show what the data gives.</source>
        <translation>Барлық {n} бет деректерге сәйкес келеді.</translation>
    </message>
    <message>
        <source>Note: a photo or scan proves which data the paper was printed from, not that its text is untouched: its text is not compared (check the PDF for that).</source>
        <translation>Ескерту: фото немесе скан қағаздың қай деректерден басылғанын дәлелдейді, бірақ мәтіні өзгертілмегенін дәлелдемейді: мәтін салыстырылмайды (ол үшін PDF-ті тексеріңіз).</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>кесілген орташа</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>if scored per criterion</source>
        <translation>критерийлер бойынша есептесе</translation>
    </message>
    <message>
        <source>if scored per juror</source>
        <translation>мүшелердің қосындылары бойынша есептесе</translation>
    </message>
    <message>
        <source>if nothing were rounded</source>
        <translation>ештеңе дөңгелектемесе</translation>
    </message>
    <message>
        <source>if only the final score were rounded</source>
        <translation>тек қорытынды ұпайды дөңгелектесе</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-баға</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>таңдалған тәсіл</translation>
    </message>
    <message>
        <source>same winners</source>
        <translation>жеңімпаздар сол күйі</translation>
    </message>
    <message>
        <source>also wins: {codes}</source>
        <translation>сондай-ақ жеңеді: {codes}</translation>
    </message>
    <message>
        <source>drops out: {codes}</source>
        <translation>шығып қалады: {codes}</translation>
    </message>
    <message>
        <source>decision needed: {codes}</source>
        <translation>шешім қажет: {codes}</translation>
    </message>
    <message>
        <source>other ties to decide</source>
        <translation>шешілетін басқа балл теңдігі</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Нормалау</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Жеңімпаздар</translation>
    </message>
    <message>
        <source>Against the configured way</source>
        <translation>Таңдалған тәсілмен салыстырғанда</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Jury decision on a tie at the winners&apos; cut</source>
        <translation>Жеңімпаздар шегіндегі балл теңдігі бойынша алқа шешімі</translation>
    </message>
    <message>
        <source>&amp;Winners: tick the projects that take the places (arrow keys move, Space ticks)</source>
        <translation>&amp;Жеңімпаздар: орындарды алатын жобаларды белгілеңіз (көрсеткілер — жылжыту, бос орын — белгілеу)</translation>
    </message>
    <message>
        <source>&amp;Reason (printed in the protocol):</source>
        <translation>&amp;Негіздеме (хаттамада басылады):</translation>
    </message>
    <message>
        <source>Record  (Ctrl+Enter)</source>
        <translation>Жазу  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The jury&apos;s vote, when it was taken (leave the three empty when it was not recorded):</source>
        <translation>Алқаның дауыс беруі, егер өткізілсе (дауыстар жазылмаса, үш өрісті де бос қалдырыңыз):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Жақ&amp;тап:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Қарсы:</translation>
    </message>
    <message>
        <source>A&amp;bstaining:</source>
        <translation>Қа&amp;лыс қалды:</translation>
    </message>
    <message>
        <source>The &amp;chair&apos;s casting vote settled a tied vote</source>
        <translation>Дауыстар тең болғанда төрағаның &amp;шешуші дауысы шешті</translation>
    </message>
    <message>
        <source>Places left: {places}. Ticked: {n}.</source>
        <translation>Қалған орын: {places}. Белгіленді: {n}.</translation>
    </message>
    <message>
        <source>Tick exactly as many projects as there are places left ({places}); {n} are ticked.</source>
        <translation>Қалған орын санындай ({places}) жоба белгілеңіз; белгіленгені: {n}.</translation>
    </message>
    <message>
        <source>Write the jury&apos;s reason first.</source>
        <translation>Алдымен алқа шешімінің негіздемесін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New competition file</source>
        <translation>Жаңа байқау файлы</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix})</source>
        <translation>Jury Room файлдары (*{suffix})</translation>
    </message>
    <message>
        <source>{path} already exists: a new competition needs a new file name.</source>
        <translation>{path} бұрыннан бар: жаңа байқауға жаңа файл атауы керек.</translation>
    </message>
    <message>
        <source>Open a competition</source>
        <translation>Байқауды ашу</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix});;All files (*)</source>
        <translation>Jury Room файлдары (*{suffix});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save a copy of this competition</source>
        <translation>Осы байқаудың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Copy saved to {path}; you keep working in the original.</source>
        <translation>Көшірме {path} ішіне сақталды; жұмыс бастапқы файлда жалғасады.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>{when} кезіндегі сақтық көшірме қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}. Your marks are saved; check the disk.</source>
        <translation>Автоматты сақтық көшірме жасалмады: {reason}. Бағалар сақталды; дискіні тексеріңіз.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(әзірге жоқ)</translation>
    </message>
</context>
<context>
    <name>FinalizeScreen</name>
    <message>
        <source>Finalize</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қайта &amp;ашу…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Тарихы:</translation>
    </message>
    <message>
        <source>some sheets are still missing</source>
        <translation>бағалау парақтарының бәрі әлі енгізілген жоқ</translation>
    </message>
    <message>
        <source>a tie at the cut waits for the jury&apos;s decision</source>
        <translation>жеңімпаздар шегіндегі балл теңдігі алқа шешімін күтуде</translation>
    </message>
    <message>
        <source>the meeting has no quorum: {taking} of {scoring} scoring jurors took part, {needed} needed (mark attendance on the Set up screen)</source>
        <translation>отырыста кворум жоқ: дауыс беру құқығы бар {scoring} мүшенің {taking} қатысады, {needed} қажет (қатысуды «Дайындық» экранында белгілеңіз)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Before finalizing:&lt;/b&gt; {todo}.</source>
        <translation>&lt;br&gt;&lt;b&gt;Бекітпес бұрын:&lt;/b&gt; {todo}.</translation>
    </message>
    <message>
        <source>Not finalized so far.</source>
        <translation>Қорытынды әлі бекітілген жоқ.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>бекітілді</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>қайта ашылды</translation>
    </message>
    <message>
        <source>Lock the marks, then print the protocol the jurors sign; reopening needs a reason.</source>
        <translation>Бағаларды бекітіңіз, содан кейін қазылар алқасы қол қоятын хаттаманы басып шығарыңыз; қайта ашу үшін себеп керек.</translation>
    </message>
    <message>
        <source>Finali&amp;ze and print the protocol for signature…</source>
        <translation>&amp;Бекіту және қол қоюға арналған хаттаманы басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol for signature…  (Ctrl+P)</source>
        <translation>Қол қоюға арналған хаттаманы &amp;басып шығару…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finalized&lt;/h3&gt;Marks, recusals, absences and decisions are locked. The protocol printed now is the one to sign: &lt;i&gt;jury-room verify&lt;/i&gt; matches it for as long as the competition stays final. Reopening needs a reason, which is kept in the log; after a change, print and sign again.</source>
        <translation>&lt;h3&gt;Бекітілді&lt;/h3&gt;Бағалар, өздігінен бас тартулар, қатыспаулар мен шешімдер бекітілді. Қазір басып шығарылған хаттамаға қол қойылады: байқау бекітілген күйде тұрғанда &lt;i&gt;jury-room verify&lt;/i&gt; оны растайды. Қайта ашу үшін себеп керек, ол журналда сақталады; өзгерістен кейін хаттаманы қайта басып шығарып, қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open&lt;/h3&gt;Marks can still be keyed and changed. A protocol printed now is a draft, not for signature.</source>
        <translation>&lt;h3&gt;Ашық&lt;/h3&gt;Бағаларды әлі енгізуге және өзгертуге болады. Қазір басып шығарылған хаттама — қаралама, қол қоюға арналмаған.</translation>
    </message>
    <message>
        <source>Lock all marks, recusals, absences and decisions, and print the protocol for signature?</source>
        <translation>Барлық бағаларды, өздігінен бас тартуларды, қатыспауларды және шешімдерді бекітіп, қол қоюға арналған хаттаманы басып шығару керек пе?</translation>
    </message>
    <message>
        <source>Not everything is in yet (see above); you can still finalize, and reopen later with a reason.</source>
        <translation>Әлі бәрі енгізілген жоқ (жоғарыда қараңыз); бәрібір бекітуге болады, кейін себебін көрсетіп, қайта ашуға болады.</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>Бекітілді.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Why are the marks being reopened? (kept in the log)</source>
        <translation>Бағалар неге қайта ашылады? (журналда сақталады)</translation>
    </message>
    <message>
        <source>Reopened: marks can be changed again.</source>
        <translation>Қайта ашылды: бағаларды қайта өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of a mark</source>
        <translation>Баға тарихы</translation>
    </message>
    <message>
        <source>keyed</source>
        <translation>енгізілді</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>қалпына келтірілді</translation>
    </message>
    <message>
        <source>deleted with its project</source>
        <translation>жобасымен бірге жойылды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>{what}: no change recorded yet.</source>
        <translation>{what}: әзірге өзгеріс жазылмаған.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview — {source}</source>
        <translation>Импортты алдын ала қарау — {source}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %n problem(s) to fix in the file(s) first. Marks are checked against the jurors, projects and criteria once those files read cleanly.</source>
        <translation>
            <numerusform>&lt;b&gt;Ештеңе импортталған жоқ.&lt;/b&gt; Алдымен файлдардағы %n қатені түзетіңіз. Бағалар алқа мүшелеріне, жобаларға және критерийлерге қарай сол файлдар қатесіз оқылғаннан кейін тексеріледі.</numerusform>
            <numerusform>&lt;b&gt;Ештеңе импортталған жоқ.&lt;/b&gt; Алдымен файлдардағы %n қатені түзетіңіз. Бағалар алқа мүшелеріне, жобаларға және критерийлерге қарай сол файлдар қатесіз оқылғаннан кейін тексеріледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Алқа мүшелері</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <source>{a} new, {c} changed</source>
        <translation>жаңа: {a}, өзгерген: {c}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>replaced by the file&apos;s</source>
        <translation>файлдағы параметрлермен ауыстырылады</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>Өздігінен бас тартулар</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Қатыспаулар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>The file(s) are valid. Nothing has been written yet: &lt;b&gt;Import&lt;/b&gt; writes all of this at once; Cancel leaves the competition as it is.</source>
        <translation>Файлдар дұрыс. Әзірге ештеңе жазылған жоқ: &lt;b&gt;Импорттау&lt;/b&gt; мұның бәрін бірден жазады; «Бас тарту» байқауды өзгеріссіз қалдырады.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>{problem}

Restore the newest good backup, {backup}? A copy of the damaged file is kept.</source>
        <translation>{problem}

Ең соңғы жарамды сақтық көшірмені, {backup}, қалпына келтіру керек пе? Зақымданған файлдың көшірмесі сақталады.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file was changed outside Jury Room: {problem}. Its data does not follow from its history; check it against a backup (File &gt; Backups) or the paper sheets before relying on it.</source>
        <translation>Бұл файл Jury Room-нан тыс өзгертілген: {problem}. Оның деректері өзгерістер тарихынан шықпайды; оларға сенбес бұрын сақтық көшірмемен (Файл &gt; Сақтық көшірмелер) немесе қағаз парақтармен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Таныстыру кезегі</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Таныстыру</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Бағаларды енгізу</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Бағалау барысы</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Go on without it?</source>
        <translation>Онсыз жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Cannot undo: {reason}</source>
        <translation>Болдырмау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Quit without it?</source>
        <translation>Онсыз шығу керек пе?</translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation>Болдырмайтын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Жаңа байқау</translation>
    </message>
    <message>
        <source> [finalized]</source>
        <translation> [бекітілді]</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(жадта)</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Dissenting &amp;opinions…</source>
        <translation>&amp;Ерекше пікірлер…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New competition…</source>
        <translation>&amp;Жаңа байқау…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғылар</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Буманы &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/XLSX)…</source>
        <translation>Кестені импо&amp;рттау (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Export folder…</source>
        <translation>Буманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Сақ&amp;тық көшірмелер…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol…</source>
        <translation>Хаттаманы &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Соңғы өзгерісті &amp;болдырмау</translation>
    </message>
    <message>
        <source>&amp;History of this mark…</source>
        <translation>Баға &amp;тарихы…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>Open the &amp;projector window</source>
        <translation>&amp;Проектор терезесін ашу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Undone: clearing mark {mark} of {juror} on {project}, {criterion}</source>
        <translation>Болдырылмады: {mark} бағасын өшіру ({juror}, {project}, {criterion})</translation>
    </message>
    <message>
        <source>Undone: mark {mark} of {juror} on {project}, {criterion}</source>
        <translation>Болдырылмады: {mark} бағасы ({juror}, {project}, {criterion})</translation>
    </message>
    <message>
        <source> (back to {mark})</source>
        <translation> (қайтадан {mark})</translation>
    </message>
    <message>
        <source>Undone: recusal of {juror} from {project}</source>
        <translation>Болдырылмады: {juror} алқа мүшесінің {project} жобасы бойынша өздігінен бас тартуы</translation>
    </message>
    <message>
        <source>Undone: lifting the recusal of {juror} from {project}</source>
        <translation>Болдырылмады: {juror} алқа мүшесінің {project} жобасы бойынша өздігінен бас тартуын алып тастау</translation>
    </message>
    <message>
        <source>Undone: {juror} absent for {project}</source>
        <translation>Болдырылмады: {juror} алқа мүшесі {project} жобасына қатыспады</translation>
    </message>
    <message>
        <source>Undone: {juror} back in the room for {project}</source>
        <translation>Болдырылмады: {juror} алқа мүшесінің {project} жобасына қайта қатысуы</translation>
    </message>
    <message>
        <source>Undone: withdrawal of {project}</source>
        <translation>Болдырылмады: {project} жобасын байқаудан шығару</translation>
    </message>
    <message>
        <source>Undone: reinstating {project}</source>
        <translation>Болдырылмады: {project} жобасын байқауға қайтару</translation>
    </message>
    <message>
        <source>Undone: the last change ({n} records).</source>
        <translation>Соңғы өзгеріс болдырылмады (жазбалар саны: {n}).</translation>
    </message>
    <message>
        <source>“{text}” is not a number (or R for a recusal)</source>
        <translation>«{text}» — сан емес (өздігінен бас тарту үшін R)</translation>
    </message>
    <message>
        <source>{text} is out of range: marks go from 0 to {max}</source>
        <translation>{text} — ауқымнан тыс: бағалар 0 мен {max} аралығында</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in whole points</source>
        <translation>{text} — шкалаға сай емес: бағалар тек бүтін балмен қойылады</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in whole and half points</source>
        <translation>{text} — шкалаға сай емес: бағалар бүтін және жарты балмен қойылады</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in steps of {step}</source>
        <translation>{text} — шкалаға сай емес: бағалар {step} қадаммен қойылады</translation>
    </message>
    <message>
        <source>{juror} is recused from {project}: press R to lift the recusal first</source>
        <translation>{juror} алқа мүшесі {project} жобасы бойынша өздігінен бас тартқан: алдымен R пернесімен өздігінен бас тартуды алып тастаңыз</translation>
    </message>
    <message>
        <source>{name} is the secretary, who does not score</source>
        <translation>{name} — қазылар алқасының хатшысы, баға қоймайды</translation>
    </message>
    <message>
        <source>the competition is finalized: reopen it on the Finalize screen, with a reason, to change anything</source>
        <translation>байқау бекітілді: бірдеңені өзгерту үшін «Бекіту» экранында себебін көрсетіп, оны қайта ашыңыз</translation>
    </message>
    <message>
        <source>the competition is not finalized yet: the winners can still change. Finalize it on the Finalize screen first</source>
        <translation>байқау әлі бекітілмеген: жеңімпаздар әлі өзгеруі мүмкін. Алдымен оны «Бекіту» экранында бекітіңіз</translation>
    </message>
    <message>
        <source>no quorum: {taking} of {scoring} scoring jurors took part in the meeting, and {share} needs {needed}. Mark who attended (present or remote) in the jurors table on the Set up screen before finalizing</source>
        <translation>кворум жоқ: отырысқа дауыс беру құқығы бар {scoring} мүшенің {taking} қатысады, ал {share} үшін {needed} қажет. Бекітпес бұрын «Дайындық» экранындағы алқа кестесінде қатысуды (тікелей немесе қашықтан) белгілеңіз</translation>
    </message>
    <message>
        <source>the disk is full. Everything saved before is safe; free some space, then try again</source>
        <translation>диск толы. Бұрын сақталғанның бәрі аман; орын босатып, қайта көріңіз</translation>
    </message>
    <message>
        <source>the file or its folder is read-only. Everything saved before is safe; copy the file to a folder you can write to and open it there</source>
        <translation>файл немесе оның бумасы тек оқуға арналған. Бұрын сақталғанның бәрі аман; файлды жазуға болатын бумаға көшіріп, сол жерде ашыңыз</translation>
    </message>
    <message>
        <source>another program is writing to the file. Everything saved before is safe; close that program and try again</source>
        <translation>файлға басқа бағдарлама жазып жатыр. Бұрын сақталғанның бәрі аман; оны жауып, қайта көріңіз</translation>
    </message>
    <message>
        <source>the disk could not be written. Everything saved before is safe; check the disk or memory stick, then try again</source>
        <translation>дискіге жазу мүмкін болмады. Бұрын сақталғанның бәрі аман; дискіні немесе флешканы тексеріп, қайта көріңіз</translation>
    </message>
    <message>
        <source>the file is damaged. Close Jury Room and open the file again to be offered its newest good backup</source>
        <translation>файл бүлінген. Jury Room-ды жауып, файлды қайта ашыңыз: оның ең соңғы жарамды сақтық көшірмесі ұсынылады</translation>
    </message>
    <message>
        <source>“{code}” is not a sheet code (like J1-7F3A-C2D9)</source>
        <translation>«{code}» — парақ коды емес (код мынадай: J1-7F3A-C2D9)</translation>
    </message>
    <message>
        <source>sheet {code} is from another competition</source>
        <translation>{code} парағы — басқа байқаудікі</translation>
    </message>
    <message>
        <source>sheet {code} was printed for an older set-up or running order: print the sheets again</source>
        <translation>{code} парағы бұрынғы дайындыққа не бұрынғы таныстыру кезегіне басылған: парақтарды қайта басып шығарыңыз</translation>
    </message>
    <message>
        <source>sheet {code} names no juror of this competition</source>
        <translation>{code} парағында бұл байқаудың алқа мүшесі көрсетілмеген</translation>
    </message>
    <message>
        <source>sheet {code} is not {juror}&apos;s</source>
        <translation>{code} парағы {juror} парағы емес</translation>
    </message>
    <message>
        <source>sheet {code} is an older issue; issue {issue} is the one in use</source>
        <translation>{code} парағы — бұрынғы шығарылым; қолданыстағысы — {issue}-шығарылым</translation>
    </message>
    <message>
        <source>sheet {code} was voided: reissue it first</source>
        <translation>{code} парағы жойылған: алдымен оны қайта беріңіз</translation>
    </message>
    <message>
        <source>{juror}&apos;s sheet was voided: reissue it first</source>
        <translation>{juror} парағы жойылған: алдымен оны қайта беріңіз</translation>
    </message>
    <message>
        <source>type the mark as the sheet shows it (or R)</source>
        <translation>бағаны парақта тұрғандай енгізіңіз (не R)</translation>
    </message>
    <message>
        <source>the two keyings agree there: nothing to settle</source>
        <translation>мұнда екі енгізу бірдей: шешетін ештеңе жоқ</translation>
    </message>
    <message>
        <source>cannot finalize yet: {reason}</source>
        <translation>әзірге бекітуге болмайды: {reason}</translation>
    </message>
    <message>
        <source>{yes} for and {no} against is a tied vote: the decision stands only with the chair&apos;s casting vote</source>
        <translation>жақтап — {yes}, қарсы — {no}: дауыстар тең бөлінді, шешім тек төрағаның шешуші дауысымен қабылданады</translation>
    </message>
    <message>
        <source>{yes} for and {no} against: the jury voted this decision down, so it cannot be recorded as taken</source>
        <translation>жақтап — {yes}, қарсы — {no}: қазылар алқасы бұл шешімді қабылдамады, оны қабылданған деп жазуға болмайды</translation>
    </message>
    <message>
        <source>this file is a copy of another competition</source>
        <translation>бұл файл — басқа байқаудың көшірмесі</translation>
    </message>
    <message>
        <source>this copy was made for another set-up (jurors, criteria, score step or running order changed since): hand over a new copy</source>
        <translation>бұл көшірме басқа дайындыққа жасалған (содан бері алқа мүшелері, критерийлер, баға қадамы не таныстыру кезегі өзгерді): жаңа көшірме беріңіз</translation>
    </message>
    <message>
        <source>{votes} votes, but only {voters} scoring jurors took part in the meeting</source>
        <translation>дауыс саны: {votes}, ал отырысқа бағалайтын алқа мүшелерінің тек {voters} қатысты</translation>
    </message>
    <message>
        <source>a casting vote settles a tied vote; {yes} for and {no} against is not tied</source>
        <translation>төрағаның шешуші дауысы тек дауыстар тең болғанда керек; жақтап — {yes}, қарсы — {no}: теңдік жоқ</translation>
    </message>
    <message>
        <source>a casting vote needs the votes it settled: for, against, abstaining</source>
        <translation>төрағаның шешуші дауысы үшін дауыс беруді көрсетіңіз: жақтап, қарсы, қалыс қалды</translation>
    </message>
    <message>
        <source>{juror} is the secretary, who does not vote: only a juror can dissent</source>
        <translation>{juror} — хатшы, ол дауыс бермейді: ерекше пікірді тек алқа мүшесі білдіре алады</translation>
    </message>
</context>
<context>
    <name>OpinionsDialog</name>
    <message>
        <source>Dissenting opinions</source>
        <translation>Ерекше пікірлер</translation>
    </message>
    <message>
        <source>A juror who disagrees with the jury&apos;s decision may state a dissenting opinion; it is printed in the protocol, in a section of its own, as the juror wrote it.</source>
        <translation>Алқа шешімімен келіспейтін алқа мүшесі ерекше пікір білдіре алады; ол хаттаманың жеке бөлімінде алқа мүшесі жазғандай басылады.</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Алқа мүшесі:</translation>
    </message>
    <message>
        <source>&amp;Opinion, as the juror wrote it (Enter: a new line):</source>
        <translation>&amp;Ерекше пікір, алқа мүшесі жазғандай (Enter — жаңа жол):</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Сақтау  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw this opinion…</source>
        <translation>Бұл пікірді &amp;қайтарып алу…</translation>
    </message>
    <message>
        <source>{code} — {name}  ✎ has an opinion</source>
        <translation>{code} — {name}  ✎ ерекше пікірі бар</translation>
    </message>
    <message>
        <source>Opinions on record: {codes}.</source>
        <translation>Жазылған ерекше пікірлер: {codes}.</translation>
    </message>
    <message>
        <source>No opinion is on record yet.</source>
        <translation>Әзірге ерекше пікір жазылған жоқ.</translation>
    </message>
    <message>
        <source>The competition is finalized: reopen it on the Finalize screen, with a reason, to change an opinion.</source>
        <translation>Байқау бекітілген: ерекше пікірді өзгерту үшін оны «Бекіту» экранында себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Type the opinion first (to remove one, withdraw it).</source>
        <translation>Алдымен пікір мәтінін енгізіңіз (пікірді жою үшін оны қайтарып алыңыз).</translation>
    </message>
    <message>
        <source>Saved the dissenting opinion of {code}.</source>
        <translation>{code} ерекше пікірі сақталды.</translation>
    </message>
    <message>
        <source>Withdraw the opinion</source>
        <translation>Пікірді қайтарып алу</translation>
    </message>
    <message>
        <source>Withdraw the dissenting opinion of {code}? It will no longer be printed (the history keeps it).</source>
        <translation>{code} ерекше пікірін қайтарып аласыз ба? Ол енді басылмайды (өзгерістер тарихында сақталады).</translation>
    </message>
    <message>
        <source>Withdrew the dissenting opinion of {code}.</source>
        <translation>{code} ерекше пікірі қайтарып алынды.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Print &amp;score sheets…</source>
        <translation>Бағалау &amp;парақтарын басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Hand over a keying copy…</source>
        <translation>Е&amp;нгізуге көшірме беру…</translation>
    </message>
    <message>
        <source>&amp;Merge a keying copy…</source>
        <translation>Енгізу көшірмесін бір&amp;іктіру…</translation>
    </message>
    <message>
        <source>&amp;Verify a sheet (second keying)…</source>
        <translation>Парақты &amp;салыстыру (екінші енгізу)…</translation>
    </message>
    <message>
        <source>Print the score sheets to</source>
        <translation>Бағалау парақтарын қайда басып шығару</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>{count} score sheet(s) printed to {path}</source>
        <translation>Бағалау парақтары: {count}, {path} ішіне басып шығарылды</translation>
    </message>
    <message>
        <source>Hand over a keying copy to</source>
        <translation>Енгізуге арналған көшірмені қайда сақтау</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix})</source>
        <translation>Jury Room файлдары (*{suffix})</translation>
    </message>
    <message>
        <source>Keying copy written to {path}: key sheets into it on the second laptop, then merge it here.</source>
        <translation>Енгізуге арналған көшірме {path} ішіне жазылды: екінші ноутбукта оған парақтарды енгізіп, содан кейін осында біріктіріңіз.</translation>
    </message>
    <message>
        <source>Merge a keying copy</source>
        <translation>Енгізу көшірмесін біріктіру</translation>
    </message>
    <message>
        <source>{added} mark(s), recusal(s) or absence(s) to add; {verified} sheet(s) verified; {conflicts} difference(s), listed below, not applied until settled.</source>
        <translation>Қосылатын бағалар, өздігінен бас тартулар және қатыспаулар: {added}; салыстырылған парақтар: {verified}; айырмашылықтар: {conflicts} (төменде көрсетілген, шешілгенше қолданылмайды).</translation>
    </message>
    <message>
        <source>Merged: {summary}</source>
        <translation>Біріктірілді: {summary}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Jury Room — presentation</source>
        <translation>Jury Room — таныстыру</translation>
    </message>
    <message>
        <source>No project in the running order</source>
        <translation>Таныстыру кезегінде жоба жоқ</translation>
    </message>
    <message>
        <source>Next up: {title}</source>
        <translation>Келесі: {title}</translation>
    </message>
    <message>
        <source>Last presentation</source>
        <translation>Соңғы таныстыру</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Уақыт бітті</translation>
    </message>
</context>
<context>
    <name>PresentingScreen</name>
    <message>
        <source>Presenting</source>
        <translation>Таныстыру</translation>
    </message>
    <message>
        <source>What the audience sees on the projector: the project on stage, its countdown and who is next.</source>
        <translation>Залдың проектордан көретіні: сахнадағы жоба, кері санақ және келесі кім екені.</translation>
    </message>
    <message>
        <source>&amp;Open the projector window  (F5)</source>
        <translation>Проектор терезесін &amp;ашу  (F5)</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ Ал&amp;дыңғы</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Келесі ▶</translation>
    </message>
    <message>
        <source>&amp;Reset clock</source>
        <translation>Уақытты &amp;нөлдеу</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Time per project:</source>
        <translation>Жобаға &amp;уақыт:</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Проекторда</translation>
    </message>
    <message>
        <source>Running order (Enter: put this project on stage)</source>
        <translation>Таныстыру кезегі (Enter: осы жобаны сахнаға шығару)</translation>
    </message>
    <message>
        <source>Award ceremony (after finalize)</source>
        <translation>Марапаттау рәсімі (бекітілгеннен кейін)</translation>
    </message>
    <message>
        <source>Language on the pro&amp;jector:</source>
        <translation>Проекторда&amp;ғы тіл:</translation>
    </message>
    <message>
        <source>◀ Step &amp;back</source>
        <translation>◀ Арт&amp;қа</translation>
    </message>
    <message>
        <source>Re&amp;veal next  (→)</source>
        <translation>Келесісін көр&amp;сету  (→)</translation>
    </message>
    <message>
        <source>Ceremony: reveal the next step</source>
        <translation>Рәсім: келесі қадамды көрсету</translation>
    </message>
    <message>
        <source>Ceremony: step back</source>
        <translation>Рәсім: бір қадам артқа</translation>
    </message>
    <message>
        <source>Ceremony: end it, the projector shows the clock</source>
        <translation>Рәсім: аяқтау, проекторда қайтадан сағат</translation>
    </message>
    <message>
        <source>The keyboard stays in this window while the projector shows: Space starts or pauses the clock, the Previous and Next buttons move on, Enter on a project in the list puts it on stage. The projector never shows marks, scores or ranks; only the award ceremony, after finalize, reveals the winners and their places.</source>
        <translation>Проектор жұмыс істеп тұрғанда пернетақта осы терезеде қалады: бос орын уақыт санауын бастайды немесе тоқтатады, «Алдыңғы» және «Келесі» батырмалары басқа жобаға өтеді, тізімдегі жобада Enter оны сахнаға шығарады. Проектор ешқашан бағаларды, балдарды және орындарды көрсетпейді; тек бекітілгеннен кейінгі марапаттау рәсімі жеңімпаздар мен олардың орындарын жариялайды.</translation>
    </message>
    <message>
        <source>Keys: → (or Space) reveals the next step, ← steps back, Esc ends the ceremony.</source>
        <translation>Пернелер: → (немесе Бос орын) келесі қадамды көрсетеді, ← артқа қайтарады, Esc рәсімді аяқтайды.</translation>
    </message>
    <message>
        <source>End the &amp;ceremony  (Esc)</source>
        <translation>Рәсімді а&amp;яқтау  (Esc)</translation>
    </message>
    <message>
        <source>Start the award &amp;ceremony</source>
        <translation>Марапаттау &amp;рәсімін бастау</translation>
    </message>
    <message>
        <source>On the projector ({done} of {total} steps): {what}</source>
        <translation>Проекторда ({total} қадамның {done}-і): {what}</translation>
    </message>
    <message>
        <source>Next (not shown yet): {what}</source>
        <translation>Келесі (әлі көрсетілмеген): {what}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>әзірге ештеңе</translation>
    </message>
    <message>
        <source>No project in the running order.</source>
        <translation>Таныстыру кезегінде жоба жоқ.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16pt&apos;&gt;{title}&lt;/b&gt;&lt;br&gt;{org}&lt;br&gt;{label}: {group}&lt;br&gt;&lt;i&gt;Next up: {next}&lt;/i&gt;</source>
        <translation>&lt;b style=&apos;font-size:16pt&apos;&gt;{title}&lt;/b&gt;&lt;br&gt;{org}&lt;br&gt;{label}: {group}&lt;br&gt;&lt;i&gt;Келесі: {next}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— (last)</source>
        <translation>— (соңғы)</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Уақыт бітті</translation>
    </message>
    <message>
        <source>Pau&amp;se  (Space)</source>
        <translation>&amp;Үзіліс  (бос орын)</translation>
    </message>
    <message>
        <source>&amp;Start  (Space)</source>
        <translation>&amp;Бастау  (бос орын)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>keyed once</source>
        <translation>бір рет енгізілді</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>салыстырылды</translation>
    </message>
    <message>
        <source>keyings differ</source>
        <translation>енгізулер сәйкес емес</translation>
    </message>
    <message>
        <source>partly keyed</source>
        <translation>ішінара енгізілді</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>өздігінен бас тарту</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
    <message>
        <source>project withdrawn</source>
        <translation>жоба шығарылды</translation>
    </message>
    <message>
        <source>sheet back</source>
        <translation>парақ тапсырылды</translation>
    </message>
    <message>
        <source>sheet voided</source>
        <translation>парақ жойылды</translation>
    </message>
    <message>
        <source>A</source>
        <comment>symbol: absent</comment>
        <translation>Қ</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>{juror} · {project}: {state}. Double-click or Enter to open the sheet.</source>
        <translation>{juror} · {project}: {state}. Парақты ашу үшін екі рет шертіңіз немесе Enter басыңыз.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress</source>
        <translation>Бағалау барысы</translation>
    </message>
    <message>
        <source>Which sheets are in. Double-click a cell (or press Enter) to key that sheet.</source>
        <translation>Қай бағалау парақтары енгізілді. Парақты енгізу үшін ұяшықты екі рет шертіңіз (немесе Enter басыңыз).</translation>
    </message>
    <message>
        <source>Sheet back / out (Space)</source>
        <translation>Парақ тапсырылды / берілді (бос орын)</translation>
    </message>
    <message>
        <source>Void sheet…</source>
        <translation>Парақты жою…</translation>
    </message>
    <message>
        <source>Reissue sheet</source>
        <translation>Парақты қайта беру</translation>
    </message>
    <message>
        <source>Print this juror&apos;s score sheet…</source>
        <translation>Осы алқа мүшесінің бағалау парағын басып шығару…</translation>
    </message>
    <message>
        <source>Void sheet</source>
        <translation>Парақты жою</translation>
    </message>
    <message>
        <source>Why is {juror}&apos;s sheet voided (spoiled, lost…)?</source>
        <translation>{juror} парағы неге жойылды (бүлінді, жоғалды…)?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to key yet&lt;/b&gt;: a sheet needs a project, a juror who scores and a criterion (step 1, Set up).</source>
        <translation>&lt;b&gt;Әзірге енгізетін ештеңе жоқ&lt;/b&gt;: бағалау парағы үшін жоба, бағалайтын алқа мүшесі және критерий керек (1-қадам, «Дайындық»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{todo}&lt;/b&gt; of {total} sheets still to key ({missing} missing, {partial} partly keyed); {keyed} keyed once, {verified} verified, {conflict} with keyings that differ, {recused} recused, {absent} absent.</source>
        <translation>{total} парақтың &lt;b&gt;{todo}&lt;/b&gt; әлі енгізілмеген (жоқ: {missing}, ішінара: {partial}); бір рет енгізілді: {keyed}, салыстырылды: {verified}, енгізулер сәйкес емес: {conflict}, өздігінен бас тарту: {recused}, қатыспағандар: {absent}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All sheets are in&lt;/b&gt;: {keyed} keyed once, {verified} verified, {conflict} with keyings that differ, {recused} recused, {absent} absent.</source>
        <translation>&lt;b&gt;Барлық парақтар енгізілді&lt;/b&gt;: бір рет: {keyed}, салыстырылды: {verified}, енгізулер сәйкес емес: {conflict}, өздігінен бас тарту: {recused}, қатыспағандар: {absent}.</translation>
    </message>
</context>
<context>
    <name>ProtocolScreen</name>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>&amp;Open the last PDF</source>
        <translation>Соңғы PDF-ті &amp;ашу</translation>
    </message>
    <message>
        <source>Language of the pro&amp;tocol:</source>
        <translation>Хатта&amp;ма тілі:</translation>
    </message>
    <message>
        <source>Two languages: every fixed text of the protocol is printed in both; names stay as entered.</source>
        <translation>Екі тіл: хаттаманың барлық тұрақты мәтіндері екі тілде басылады; аттар мен атаулар енгізілгендей қалады.</translation>
    </message>
    <message>
        <source>All sheets are in.</source>
        <translation>Барлық бағалау парақтары енгізілді.</translation>
    </message>
    <message>
        <source>Some sheets are still missing: the ranking is provisional.</source>
        <translation>Кейбір парақтар әлі енгізілген жоқ: рейтинг алдын ала.</translation>
    </message>
    <message>
        <source>Jury decision still needed for {codes}.</source>
        <translation>{codes} бойынша алқа шешімі әлі қажет.</translation>
    </message>
    <message>
        <source>No tie at the cut waits for a decision.</source>
        <translation>Жеңімпаздар шегінде шешім күтетін балл теңдігі жоқ.</translation>
    </message>
    <message>
        <source>Before finalizing, print a draft to check; once finalized (step 8), the protocol the jurors sign.</source>
        <translation>Бекітуге дейін тексеру үшін қаралама басып шығарыңыз; бекітілгеннен кейін (8-қадам) — қазылар алқасы қол қоятын хаттама.</translation>
    </message>
    <message>
        <source>Pu&amp;blic copy (jurors as J1…Jn, no signatures)</source>
        <translation>Жария &amp;көшірме (қазылар есімсіз, қолсыз)</translation>
    </message>
    <message>
        <source>&amp;Dissenting opinions…  (Ctrl+Shift+O)</source>
        <translation>&amp;Ерекше пікірлер…  (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Print the protocol for signature…  (Ctrl+P)</source>
        <translation>Қол қоюға арналған хаттаманы &amp;басып шығару…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print a draft (not for signature)…  (Ctrl+P)</source>
        <translation>Қаралама &amp;басып шығару (қол қоюға емес)…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The protocol of the jury&lt;/h3&gt;&lt;p&gt;The PDF lists the winners, the ranking and the jury&apos;s decisions; once the competition is finalized, it has a line for every juror to sign.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Қазылар алқасының хаттамасы&lt;/h3&gt;&lt;p&gt;PDF-те жеңімпаздар, рейтинг және алқа шешімдері бар; байқау бекітілгеннен кейін онда алқаның әр мүшесінің қолына арналған жол болады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finalized: Ctrl+P prints the protocol for signature. It verifies against the data for as long as the competition stays final.</source>
        <translation>Бекітілді: Ctrl+P қол қоюға арналған хаттаманы басып шығарады. Байқау бекітілген күйде тұрғанда ол деректерге сәйкес келеді.</translation>
    </message>
    <message>
        <source>Not finalized: Ctrl+P prints a DRAFT to check, with no signature lines. Finalize (step 8) to print the protocol for signature.</source>
        <translation>Бекітілмеген: Ctrl+P тексеруге арналған ҚАРАЛАМАНЫ қол қоятын жолдарсыз басып шығарады. Қол қоюға арналған хаттаманы басып шығару үшін байқауды бекітіңіз (8-қадам).</translation>
    </message>
    <message>
        <source>Dissenting opinions, printed as written: {codes}.</source>
        <translation>Ерекше пікірлер (жазылғандай басылады): {codes}.</translation>
    </message>
    <message>
        <source>No juror has stated a dissenting opinion.</source>
        <translation>Алқа мүшелері ерекше пікір білдірмеді.</translation>
    </message>
    <message>
        <source>Print the protocol to</source>
        <translation>Хаттаманы мына файлға басу</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Building the protocol…</source>
        <translation>Хаттама жасалуда…</translation>
    </message>
    <message>
        <source>protocol.pdf</source>
        <translation>хаттама.pdf</translation>
    </message>
    <message>
        <source>protocol-draft.pdf</source>
        <translation>хаттама-қаралама.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Protocol No. {number} (%n page(s)) written to {path}</source>
        <translation>
            <numerusform>№ {number} хаттама (%n бет) {path} ішіне жазылды</numerusform>
            <numerusform>№ {number} хаттама (%n бет) {path} ішіне жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>A DRAFT, not for signature: finalize (step 8), then print the protocol to sign.</source>
        <translation>ҚАРАЛАМА, қол қоюға арналмаған: байқауды бекітіңіз (8-қадам), содан кейін қол қоюға арналған хаттаманы басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Printed as PROVISIONAL: {why}</source>
        <translation>АЛДЫН АЛА ретінде басылды: {why}</translation>
    </message>
    <message>
        <source>The protocol for signature.</source>
        <translation>Қол қоюға арналған хаттама.</translation>
    </message>
    <message>
        <source>No PDF viewer could be started: open the file yourself.</source>
        <translation>PDF қарау бағдарламасы ашылмады: файлды өзіңіз ашыңыз.</translation>
    </message>
    <message>
        <source>The protocol was not written: {reason}</source>
        <translation>Хаттама жазылмады: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Write the reason: it is kept in the log.</source>
        <translation>Себебін жазыңыз: ол журналда сақталады.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>The code is fixed once created: marks refer to it.</source>
        <translation>Код жасалғаннан кейін өзгермейді: бағалар соған сілтейді.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a valid value</source>
        <translation>{field}: «{value}» — жарамсыз мән</translation>
    </message>
    <message>
        <source>Saved {field} of {code}.</source>
        <translation>Сақталды: {code}, {field}.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>New {what}</source>
        <translation>Қосу: {what}</translation>
    </message>
    <message>
        <source>Code (one word; it cannot be changed later):</source>
        <translation>Код (бір сөз; кейін өзгерту мүмкін емес):</translation>
    </message>
    <message>
        <source>Added {code}: now type its name.</source>
        <translation>{code} қосылды: енді атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Алдымен жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Delete {code}?</source>
        <translation>{code} жойылсын ба?</translation>
    </message>
    <message>
        <source>Deleted {code}.</source>
        <translation>{code} жойылды.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>withdrawn</source>
        <translation>байқаудан шығарылды</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>әлі бағаланбаған</translation>
    </message>
    <message>
        <source>★ winner</source>
        <translation>★ жеңімпаз</translation>
    </message>
    <message>
        <source>⚠ jury decision needed</source>
        <translation>⚠ алқа шешімі қажет</translation>
    </message>
    <message>
        <source>= tie</source>
        <translation>= балл теңдігі</translation>
    </message>
    <message>
        <source>same score, placed by the tie-break</source>
        <translation>балл бірдей, орны қосымша критерий бойынша</translation>
    </message>
    <message>
        <source>below the least score that can win ({floor})</source>
        <translation>өту ұпайынан төмен ({floor})</translation>
    </message>
    <message>
        <source>adjusted {points}</source>
        <translation>түзету {points}</translation>
    </message>
    <message>
        <source>comment missing</source>
        <translation>түсініктеме жоқ</translation>
    </message>
    <message>
        <source>sheets missing</source>
        <translation>парақтар толық емес</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>жеңімпаз</translation>
    </message>
    <message>
        <source>not a winner</source>
        <translation>жеңімпаз емес</translation>
    </message>
    <message>
        <source> (no longer applies: the tie changed)</source>
        <translation> (енді күшінде емес: теңдік өзгерді)</translation>
    </message>
    <message>
        <source>{juror} {total} (median {median})</source>
        <translation>{juror} {total} (медиана {median})</translation>
    </message>
    <message>
        <source>▲ winners above · winners&apos; cut · not winners below ▼</source>
        <translation>▲ жоғарыда — жеңімпаздар · жеңімпаздар шегі · төменде — жеңімпаз емес ▼</translation>
    </message>
    <message>
        <source>Tie-break values: {values}</source>
        <translation>Қосымша критерий мәндері: {values}</translation>
    </message>
    <message>
        <source>A juror&apos;s total far from the median of this project&apos;s totals (more than a quarter of the largest possible total).</source>
        <translation>Алқа мүшесінің жиынтық балы осы жобаның жиынтық балдарының медианасынан алыс (ең жоғары мүмкін жиынтықтың төрттен бірінен көп).</translation>
    </message>
    <message>
        <source>Place in group</source>
        <translation>Топтағы орны</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>Жалпы орны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation>Алқа шешімі</translation>
    </message>
    <message>
        <source>Outlier totals</source>
        <translation>Ауытқулар</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>The ranking of each group and the winners&apos; cut, as the scoring rules give it.</source>
        <translation>Әр топтың рейтингі және есептеу ережелері бойынша жеңімпаздар шегі.</translation>
    </message>
    <message>
        <source>Record jury &amp;decision…  (Ctrl+D)</source>
        <translation>Алқа &amp;шешімін жазу…  (Ctrl+D)</translation>
    </message>
    <message>
        <source>For a project in a tie at the winners&apos; cut</source>
        <translation>Жеңімпаздар шегінде балы тең жоба үшін</translation>
    </message>
    <message>
        <source>&amp;Withdraw the decision</source>
        <translation>Шешімді &amp;кері алу</translation>
    </message>
    <message>
        <source>Other methods: would the winners change?</source>
        <translation>Басқа әдістер: жеңімпаздар өзгерер ме еді?</translation>
    </message>
    <message>
        <source>&amp;Other methods</source>
        <translation>&amp;Басқа әдістер</translation>
    </message>
    <message>
        <source>How far the jury &amp;agreed</source>
        <translation>&amp;Қазылар келісімі</translation>
    </message>
    <message>
        <source>Select a project in a tie at the winners&apos; cut: only such a tie is decided by the jury.</source>
        <translation>Жеңімпаздар шегінде балы тең жобаны таңдаңыз: алқа тек осындай теңдікті шешеді.</translation>
    </message>
    <message>
        <source>the overall list</source>
        <translation>жалпы тізім</translation>
    </message>
    <message numerus="yes">
        <source>{codes} are tied at {score} for %n winner place(s) left in {where}. The tie-break criteria did not separate them.</source>
        <translation>
            <numerusform>{codes} балдары тең: {score}; қалған жеңімпаз орны: %n ({where}). Қосымша критерийлер оларды ажыратпады.</numerusform>
            <numerusform>{codes} балдары тең: {score}; қалған жеңімпаз орны: %n ({where}). Қосымша критерийлер оларды ажыратпады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Жазылмады: {reason}</translation>
    </message>
    <message>
        <source>Decision on the tie {codes} recorded: {winners} take(s) the place(s).</source>
        <translation>{codes} балл теңдігі бойынша шешім жазылды: орындарды {winners} алады.</translation>
    </message>
    <message>
        <source>Decision on {code} withdrawn (for its whole tie).</source>
        <translation>{code} бойынша шешім кері алынды (бүкіл балл теңдігі үшін).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provisional:&lt;/b&gt; some sheets are still missing (see Progress).</source>
        <translation>&lt;b&gt;Алдын ала:&lt;/b&gt; кейбір парақтар әлі енгізілген жоқ («Бағалау барысы» бөлімін қараңыз).</translation>
    </message>
    <message>
        <source>All sheets are in.</source>
        <translation>Барлық парақтар енгізілді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jury decision needed&lt;/b&gt; for {codes}: select one and press Ctrl+D.</source>
        <translation>{codes} бойынша &lt;b&gt;алқа шешімі қажет&lt;/b&gt;: жобаны таңдап, Ctrl+D басыңыз.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>member</source>
        <translation>алқа мүшесі</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>хатшы</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>байқаудан шығарылды</translation>
    </message>
</context>
<context>
    <name>RunningOrderScreen</name>
    <message>
        <source>Running order</source>
        <translation>Таныстыру кезегі</translation>
    </message>
    <message>
        <source>The order projects present in. Withdraw a project, or mark a juror absent for one.</source>
        <translation>Жобалардың таныстыру реті. Мұнда жобаны байқаудан шығаруға немесе алқа мүшесінің қатыспағанын белгілеуге болады.</translation>
    </message>
    <message>
        <source>Drag a row, or select it and press Alt+↑ / Alt+↓, to change the running order.</source>
        <translation>Кезекті өзгерту үшін жолды сүйреңіз немесе таңдап, Alt+↑ / Alt+↓ басыңыз.</translation>
    </message>
    <message>
        <source>Move &amp;up  (Alt+↑)</source>
        <translation>&amp;Жоғары  (Alt+↑)</translation>
    </message>
    <message>
        <source>Move do&amp;wn  (Alt+↓)</source>
        <translation>Тө&amp;мен  (Alt+↓)</translation>
    </message>
    <message>
        <source>Withdraw / &amp;reinstate</source>
        <translation>Шығару / &amp;қайтару</translation>
    </message>
    <message>
        <source>Withdraw {code}</source>
        <translation>{code} жобасын байқаудан шығару</translation>
    </message>
    <message>
        <source>{code} already has marks from {n} juror(s). Withdrawn, it is not scored or ranked; its marks are kept, and reinstating it brings them back. Withdraw it?</source>
        <translation>{code} жобасының алқа мүшелерінен бағалары бар: {n}. Байқаудан шығарылған жоба бағаланбайды және рейтингке кірмейді; оның бағалары сақталады және жобаны қайтарғанда қайта оралады. Шығару керек пе?</translation>
    </message>
    <message>
        <source>&amp;Absent for {code}</source>
        <translation>{code} жобасында қ&amp;атыспағандар</translation>
    </message>
    <message>
        <source>&amp;Absent for this project</source>
        <translation>Осы жобада қ&amp;атыспағандар</translation>
    </message>
    <message>
        <source>Tick a juror who was not in the room (Space). Absent is not recused: a recusal is keyed as R on the scoring sheet.</source>
        <translation>Залда болмаған алқа мүшесін белгілеңіз (бос орын). Қатыспау — өздігінен бас тарту емес: өздігінен бас тарту бағалау парағында R әрпімен енгізіледі.</translation>
    </message>
    <message>
        <source>{code} is withdrawn: it is not scored or ranked.</source>
        <translation>{code} байқаудан шығарылды: ол бағаланбайды және рейтингке кірмейді.</translation>
    </message>
    <message>
        <source>{code} is back in the competition.</source>
        <translation>{code} байқауға қайтарылды.</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <source>Scoring</source>
        <translation>Бағаларды енгізу</translation>
    </message>
    <message>
        <source>Key the marks from the paper sheets. Each mark is saved the moment you press Enter.</source>
        <translation>Бағаларды қағаз парақтардан енгізіңіз. Әр баға Enter басқан сәтте сақталады.</translation>
    </message>
    <message>
        <source>a juror&apos;s sheets (all projects)</source>
        <translation>алқа мүшесінің парақтары (барлық жоба)</translation>
    </message>
    <message>
        <source>a project&apos;s sheets (all jurors)</source>
        <translation>жобаның парақтары (барлық алқа мүшесі)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Енгізу:</translation>
    </message>
    <message>
        <source>&amp;Sheets of:</source>
        <translation>&amp;Парақтар:</translation>
    </message>
    <message>
        <source>Finalized: marks are locked. Reopen the competition on the Finalize screen to change them.</source>
        <translation>Бекітілді: бағалар бұғатталды. Оларды өзгерту үшін «Бекіту» экранында байқауды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Type the mark and press Enter: it is saved at once and the cursor moves on.  R: recused (again: lift) · Delete: clear · Esc: drop typing · Ctrl+Z: undo · Ctrl+PgDown / Ctrl+PgUp: next / previous sheet</source>
        <translation>Бағаны теріп, Enter басыңыз: ол бірден сақталады, курсор әрі қарай өтеді.  R (немесе Р): өздігінен бас тарту (қайта басса — алып тастау) · Delete: тазалау · Esc: теруді тастау · Ctrl+Z: болдырмау · Ctrl+PgDown / Ctrl+PgUp: келесі / алдыңғы парақ</translation>
    </message>
    <message>
        <source>Comment column (after the last criterion): type the juror&apos;s reason and press Enter · F2: edit the saved one · Delete: clear it</source>
        <translation>Түсініктеме бағаны (соңғы критерийден кейін): мүшенің негіздемесін теріп, Enter басыңыз · F2: сақталғанын өзгерту · Delete: өшіру</translation>
    </message>
    <message>
        <source>Put the cursor on a mark to see its history.</source>
        <translation>Тарихын көру үшін курсорды бағаға қойыңыз.</translation>
    </message>
    <message>
        <source>{juror} · {project} · {criterion}</source>
        <translation>{juror} · {project} · {criterion}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {juror} · {project} · {criterion} = {text}: {reason}</source>
        <translation>Сақталмады: {juror} · {project} · {criterion} = {text}: {reason}</translation>
    </message>
    <message>
        <source>Cleared {juror} · {project} · {criterion}.</source>
        <translation>Тазаланды: {juror} · {project} · {criterion}.</translation>
    </message>
    <message>
        <source>Saved {juror} · {project} · {criterion} = {mark}.</source>
        <translation>Сақталды: {juror} · {project} · {criterion} = {mark}.</translation>
    </message>
    <message>
        <source>Comment saved: {juror} · {project}.</source>
        <translation>Түсініктеме сақталды: {juror} · {project}.</translation>
    </message>
    <message>
        <source>Comment cleared: {juror} · {project}.</source>
        <translation>Түсініктеме өшірілді: {juror} · {project}.</translation>
    </message>
    <message>
        <source>{juror} is recused from {project}: their marks for it do not count.</source>
        <translation>{juror}: {project} жобасы бойынша өздігінен бас тарту; оның бұл жобаға қойған бағалары есептелмейді.</translation>
    </message>
    <message>
        <source>Recusal of {juror} from {project} lifted.</source>
        <translation>{juror}: {project} жобасы бойынша өздігінен бас тарту алынып тасталды.</translation>
    </message>
    <message>
        <source>End of these sheets. Ctrl+PgDown opens the next one.</source>
        <translation>Бұл парақтардың соңы. Ctrl+PgDown келесісін ашады.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Тақ&amp;ырыпшасы:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Өтетін &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>К&amp;үндері:</translation>
    </message>
    <message>
        <source>What the group column mea&amp;ns:</source>
        <translation>Топ бағанының ма&amp;ғынасы:</translation>
    </message>
    <message>
        <source>Score met&amp;hod:</source>
        <translation>&amp;Есептеу әдісі:</translation>
    </message>
    <message>
        <source>Tri&amp;m (trimmed mean):</source>
        <translation>&amp;Шеттен алып тастау (кесілген орташа):</translation>
    </message>
    <message>
        <source>Norm&amp;alisation:</source>
        <translation>&amp;Нормалау:</translation>
    </message>
    <message>
        <source>Mar&amp;ks step:</source>
        <translation>Баға &amp;қадамы:</translation>
    </message>
    <message>
        <source>Tie-&amp;break criteria:</source>
        <translation>Қо&amp;сымша критерийлер:</translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation>Же&amp;ңімпаздар:</translation>
    </message>
    <message>
        <source>Second ke&amp;ying of each sheet:</source>
        <translation>Әр парақты екінші енгі&amp;зу:</translation>
    </message>
    <message>
        <source>Least score that can &amp;qualify:</source>
        <translation>Өту &amp;ұпайы:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Бағаларды біріктіру:</translation>
    </message>
    <message>
        <source>Round each criterion&apos;s panel score to:</source>
        <translation>Критерий бойынша алқа бағасын дөңгелектеу:</translation>
    </message>
    <message>
        <source>Round each weighted part or juror total to:</source>
        <translation>Салмақты бөлікті не мүше қосындысын дөңгелектеу:</translation>
    </message>
    <message>
        <source>Round the project&apos;s score to:</source>
        <translation>Жобаның қорытынды ұпайын дөңгелектеу:</translation>
    </message>
    <message>
        <source>Half-way values are rounded:</source>
        <translation>Жартылар дөңгелектенеді:</translation>
    </message>
    <message>
        <source>Juror comments:</source>
        <translation>Мүшелердің түсініктемелері:</translation>
    </message>
    <message>
        <source>Dates as year-month-day, separated by commas</source>
        <translation>Күндер жыл-ай-күн түрінде, үтір арқылы</translation>
    </message>
    <message>
        <source>mean of the jurors&apos; totals</source>
        <translation>алқа мүшелерінің жиынтық балдарының орташасы</translation>
    </message>
    <message>
        <source>trimmed mean (drop highest and lowest)</source>
        <translation>кесілген орташа (ең жоғары және ең төмен алынбайды)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>z-score per juror</source>
        <translation>әр алқа мүшесі бойынша z-баға</translation>
    </message>
    <message>
        <source>whole points (1)</source>
        <translation>бүтін балл (1)</translation>
    </message>
    <message>
        <source>half points (0.5)</source>
        <translation>жарты балл (0,5)</translation>
    </message>
    <message>
        <source>top N of each group</source>
        <translation>әр топтың алғашқы N жобасы</translation>
    </message>
    <message>
        <source>top N overall</source>
        <translation>жалпы тізімнің алғашқы N жобасы</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>қалау бойынша</translation>
    </message>
    <message>
        <source>required before the protocol is final</source>
        <translation>қорытынды хаттамаға дейін міндетті</translation>
    </message>
    <message>
        <source>per juror: the method over the jurors&apos; totals</source>
        <translation>мүшелер бойынша: әдіс мүшелердің қосындыларына</translation>
    </message>
    <message>
        <source>per criterion: the method over each criterion&apos;s marks, then weighted and summed</source>
        <translation>критерийлер бойынша: әдіс әр критерий бағаларына, содан кейін салмақ пен қосынды</translation>
    </message>
    <message>
        <source>up, away from zero (0.125 → 0.13)</source>
        <translation>жоғары, нөлден алыс (0,125 → 0,13)</translation>
    </message>
    <message>
        <source>to the even digit (0.125 → 0.12)</source>
        <translation>жұп цифрға (0,125 → 0,12)</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>жүргізілмейді</translation>
    </message>
    <message>
        <source>required for every sheet</source>
        <translation>әр парақ үшін міндетті</translation>
    </message>
    <message>
        <source>criterion codes in order, e.g. relevance, quality</source>
        <translation>критерий кодтары ретімен, мысалы relevance, quality</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Параметрлерді сақтау</translation>
    </message>
    <message>
        <source>not rounded</source>
        <translation>дөңгелектемеу</translation>
    </message>
    <message>
        <source> decimal place(s)</source>
        <translation> таңба</translation>
    </message>
    <message>
        <source>none: any score can win</source>
        <translation>жоқ: кез келген ұпай жеңе алады</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Параметрлер сақталды.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <source>The competition, its jurors, criteria and projects. Type into a table to change it, or import the organisers&apos; files (a preview comes first).</source>
        <translation>Байқау, алқа мүшелері, критерийлер және жобалар. Деректерді кестеде тікелей өзгертіңіз немесе ұйымдастырушылардың файлдарын импорттаңыз (алдымен алдын ала қарау көрсетіледі).</translation>
    </message>
    <message>
        <source>juror</source>
        <translation>алқа мүшесі</translation>
    </message>
    <message>
        <source>&amp;Add juror</source>
        <translation>Алқа мүшесін &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Delete juror</source>
        <translation>Алқа мүшесін жо&amp;ю</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>Критерий &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Delete criterion</source>
        <translation>Критерийді жо&amp;ю</translation>
    </message>
    <message>
        <source>project</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>Жоба &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation>Жобаны жо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Competition</source>
        <translation>&amp;Байқау</translation>
    </message>
    <message>
        <source>&amp;Jurors</source>
        <translation>Алқа &amp;мүшелері</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>К&amp;ритерийлер</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Жобалар</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Буманы &amp;импорттау…</translation>
    </message>
    <message>
        <source>A competition folder: competition.toml, projects, jurors, criteria, scores</source>
        <translation>Байқау бумасы: competition.toml, projects, jurors, criteria, scores</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/XLSX)…</source>
        <translation>&amp;Кестені импорттау (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>The organisers&apos; project list, or a jurors, criteria or scores table</source>
        <translation>Ұйымдастырушылардың жобалар тізімі немесе алқа мүшелерінің, критерийлердің не бағалардың кестесі</translation>
    </message>
    <message>
        <source>E&amp;xport folder…</source>
        <translation>Буманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Import a competition folder</source>
        <translation>Байқау бумасын импорттау</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Кестені импорттау</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from {source}: %n record(s) changed.</source>
        <translation>
            <numerusform>{source} файлынан импортталды: %n жазба өзгерді.</numerusform>
            <numerusform>{source} файлынан импортталды: %n жазба өзгерді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>Бумаға экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>{folder} бумасына %n файл жазылды.</numerusform>
            <numerusform>{folder} бумасына %n файл жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This also deletes %n mark(s) given so far. Deleting cannot be undone with Ctrl+Z.</source>
        <translation>
            <numerusform>Онымен бірге осы уақытқа дейін қойылған %n баға да жойылады. Жоюды Ctrl+Z арқылы болдырмау мүмкін емес.</numerusform>
            <numerusform>Онымен бірге осы уақытқа дейін қойылған %n баға да жойылады. Жоюды Ctrl+Z арқылы болдырмау мүмкін емес.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTables</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>Отырыста</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Ең жоғары</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>project withdrawn</source>
        <translation>жоба шығарылды</translation>
    </message>
    <message>
        <source>R — recused</source>
        <translation>R — өздігінен бас тарту</translation>
    </message>
    <message>
        <source>absent (not recused)</source>
        <translation>қатыспады (бас тарту емес)</translation>
    </message>
    <message>
        <source>marks in, comment missing</source>
        <translation>бағалар бар, түсініктеме жоқ</translation>
    </message>
    <message>
        <source>✔ complete</source>
        <translation>✔ толық</translation>
    </message>
    <message>
        <source>{done} of {n}</source>
        <translation>{done} / {n}</translation>
    </message>
    <message>
        <source>Type the juror&apos;s comment; F2 edits the saved one</source>
        <translation>Мүшенің түсініктемесін теріңіз; F2 — сақталғанын өзгерту</translation>
    </message>
    <message>
        <source>{name}: 0 to {max}, step {step}</source>
        <translation>{name}: ең төмені 0, ең жоғарысы {max}, қадамы {step}</translation>
    </message>
    <message>
        <source>{name}
max {max} × {weight}</source>
        <translation>{name}
макс. {max} × {weight}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Жиыны</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>In the list of steps: show the step above or below (Enter goes in)</source>
        <translation>Қадамдар тізімінде: жоғарғы не төменгі қадамды көрсету (Enter — оған өту)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+асты сызылған әріп</translation>
    </message>
    <message>
        <source>Press that button, or go to that field or list</source>
        <translation>Сол батырманы басу не сол өріске немесе тізімге өту</translation>
    </message>
    <message>
        <source>Move the project up</source>
        <translation>Жобаны жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the project down</source>
        <translation>Жобаны төмен жылжыту</translation>
    </message>
    <message>
        <source>Leave the table for the list of absent jurors</source>
        <translation>Кестеден қатыспаған алқа мүшелерінің тізіміне өту</translation>
    </message>
    <message>
        <source>In the absent list: tick or clear the juror under the cursor</source>
        <translation>Қатыспағандар тізімінде: курсордағы алқа мүшесін белгілеу не белгіні алу</translation>
    </message>
    <message>
        <source>Start or pause the clock</source>
        <translation>Уақыт санауын бастау немесе тоқтата тұру</translation>
    </message>
    <message>
        <source>In the running order: put that project on stage</source>
        <translation>Таныстыру кезегінде: осы жобаны сахнаға шығару</translation>
    </message>
    <message>
        <source>Save the mark typed and go to the next cell (then the next sheet)</source>
        <translation>Енгізілген бағаны сақтап, келесі ұяшыққа (содан кейін келесі параққа) өту</translation>
    </message>
    <message>
        <source>Recuse the juror from the project; again: lift the recusal (the key marked R, whatever the keyboard layout)</source>
        <translation>Алқа мүшесінің жобадан өздігінен бас тартуы; қайта басса — бас тартуды алып тастау (кез келген пернетақта тілінде R белгісі бар перне)</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Бағаны өшіру</translation>
    </message>
    <message>
        <source>In the comment column: edit the saved comment</source>
        <translation>Түсініктеме бағанында: сақталған түсініктемені өзгерту</translation>
    </message>
    <message>
        <source>Drop what was typed in the cell</source>
        <translation>Ұяшықта терілгенді алып тастау</translation>
    </message>
    <message>
        <source>Next sheet</source>
        <translation>Келесі парақ</translation>
    </message>
    <message>
        <source>Previous sheet</source>
        <translation>Алдыңғы парақ</translation>
    </message>
    <message>
        <source>Open that sheet on Scoring</source>
        <translation>Бұл парақты «Бағаларды енгізу» қадамында ашу</translation>
    </message>
    <message>
        <source>The paper sheet is back, or out again</source>
        <translation>Қағаз парақ қайтарылды немесе қайта берілді</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: record it (Tab leaves the reason)</source>
        <translation>Алқа шешімінде: оны жазу (Tab себеп өрісінен шығарады)</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: tick or clear the project under the cursor (the ticked ones take the places left)</source>
        <translation>Алқа шешімінде: курсордағы жобаны белгілеу немесе белгіні алу (белгіленгендер қалған орындарды алады)</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: type the votes for, against and abstaining (digits; all three empty: no vote recorded)</source>
        <translation>Алқа шешімінде: жақтап, қарсы және қалыс қалған дауыстар (цифрмен; үшеуі де бос — дауыс беру жазылмаған)</translation>
    </message>
    <message>
        <source>In the dissenting opinions: save the opinion (Enter starts a new line, Tab leaves it)</source>
        <translation>Ерекше пікірлерде: пікірді сақтау (Enter — жаңа жол, Tab — өрістен шығу)</translation>
    </message>
    <message>
        <source>In an adjustment&apos;s points or rule: save the adjustment</source>
        <translation>Түзетудің ұпайында не негізінде: түзетуді сақтау</translation>
    </message>
    <message>
        <source>In the list of adjustments: remove the one under the cursor</source>
        <translation>Түзетулер тізімінде: таңдалғанын өшіру</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Барлық жерде</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Не істейді</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Nothing to key yet</source>
        <translation>Әзірге енгізетін ештеңе жоқ</translation>
    </message>
    <message>
        <source>Marks still to key: {n}</source>
        <translation>Енгізілмеген бағалар: {n}</translation>
    </message>
    <message>
        <source>All marks are keyed</source>
        <translation>Барлық бағалар енгізілді</translation>
    </message>
</context>
<context>
    <name>VerdictActions</name>
    <message>
        <source>Export the results &amp;workbook (Excel)…</source>
        <translation>Нәтижелер кітабын &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Diplomas and award script…</source>
        <translation>&amp;Дипломдар мен марапаттау сценарийі…</translation>
    </message>
    <message>
        <source>Feedback pages per pro&amp;ject…</source>
        <translation>Жоба&amp;лар бойынша пікірлер…</translation>
    </message>
    <message>
        <source>Chec&amp;k a printed protocol or a photo of it…</source>
        <translation>Басылған хаттаманы не оның фотосын тексер&amp;у…</translation>
    </message>
    <message>
        <source>Export the results workbook to</source>
        <translation>Нәтижелер кітабын мына жерге шығару</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Results workbook written to {path}</source>
        <translation>Нәтижелер кітабы жазылды: {path}</translation>
    </message>
    <message>
        <source>Write the diplomas into the folder</source>
        <translation>Дипломдарды мына қалтаға жазу</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Дипломдар</translation>
    </message>
    <message>
        <source>Also a certificate of participation for every project that did not win?</source>
        <translation>Жеңімпаз болмаған әр жобаға қатысушы сертификаты да керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}, the award script among them</source>
        <translation>
            <numerusform>{folder} қалтасына %n файл жазылды, марапаттау сценарийі де бар</numerusform>
            <numerusform>{folder} қалтасына %n файл жазылды, марапаттау сценарийі де бар</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the feedback pages into the folder</source>
        <translation>Пікірлерді мына қалтаға жазу</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback page(s) written to {folder}</source>
        <translation>
            <numerusform>{folder} қалтасына %n пікір жазылды</numerusform>
            <numerusform>{folder} қалтасына %n пікір жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a printed protocol</source>
        <translation>Басылған хаттаманы тексеру</translation>
    </message>
    <message>
        <source>Protocols and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Хаттамалар мен фотолар (*.pdf *.png *.jpg *.jpeg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{file}: no Jury Room QR code found in the image. Photograph or scan page 1 of the protocol, where the code is, whole and in focus.</source>
        <translation>{file}: суреттен Jury Room QR-коды табылмады. Хаттаманың код тұрған 1-бетін толық әрі анық суретке түсіріңіз немесе сканерлеңіз.</translation>
    </message>
    <message>
        <source>{file}: the file is damaged and cannot be read.</source>
        <translation>{file}: файл зақымдалған, оқылмайды.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{file}: not a Jury Room protocol (neither a protocol PDF nor a photo of one).</source>
        <translation>{file}: бұл Jury Room хаттамасы емес (хаттаманың PDF-і де, фотосы да емес).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a sheet: second keying</source>
        <translation>Парақты салыстыру: екінші енгізу</translation>
    </message>
    <message>
        <source>&amp;Keyed by:</source>
        <translation>&amp;Енгізуші:</translation>
    </message>
    <message>
        <source>&amp;Sheet code:</source>
        <translation>Парақ &amp;коды:</translation>
    </message>
    <message>
        <source>as printed on the sheet, e.g. J1-7F3A-C2D9</source>
        <translation>парақта басылғандай, мысалы J1-7F3A-C2D9</translation>
    </message>
    <message>
        <source>Type every mark again from the paper; Enter saves it and compares it with the first keying. R: recused. F2 on a difference settles it. The last column takes the juror&apos;s own total.</source>
        <translation>Әр бағаны қағаздан қайта енгізіңіз; Enter оны сақтап, бірінші енгізумен салыстырады. R — өздігінен бас тарту. Айырмашылықта F2 — оны шешу. Соңғы бағанға алқа мүшесінің өз жиынтық балы енгізіледі.</translation>
    </message>
    <message>
        <source>Type who is keying first.</source>
        <translation>Алдымен кім енгізетінін жазыңыз.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>{juror}: the sheet is open; its cells are empty.</source>
        <translation>{juror}: парақ ашық, ұяшықтары бос.</translation>
    </message>
    <message>
        <source>Same as the first keying. Sheet: {state}.</source>
        <translation>Бірінші енгізумен бірдей. Парақ: {state}.</translation>
    </message>
    <message>
        <source>The juror&apos;s total {second} differs from Σ weight × mark = {first}: check the sheet.</source>
        <translation>Алқа мүшесінің жиынтық балы {second} Σ салмақ × баға = {first} мәнінен өзгеше: парақты тексеріңіз.</translation>
    </message>
    <message>
        <source>Differs from the first keying ({first}): F2 settles it.</source>
        <translation>Бірінші енгізуден өзгеше ({first}): F2 — шешу.</translation>
    </message>
    <message>
        <source>Nothing to settle here.</source>
        <translation>Мұнда шешетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Settle a difference</source>
        <translation>Айырмашылықты шешу</translation>
    </message>
    <message>
        <source>First keying: {first}; second keying: {second} (keyed by {by}). The right value:</source>
        <translation>Бірінші енгізу: {first}; екінші енгізу: {second} (енгізген {by}). Дұрыс мәні:</translation>
    </message>
    <message>
        <source>Settled. Sheet: {state}.</source>
        <translation>Шешілді. Парақ: {state}.</translation>
    </message>
</context>
</TS>
