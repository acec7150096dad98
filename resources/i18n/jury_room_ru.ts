<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdjustmentsModel</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>Основание (правило)</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <source>Adjustments: points added after rounding, each with its rule</source>
        <translation>Корректировки: баллы, добавленные после округления, каждая со своим основанием</translation>
    </message>
    <message>
        <source>Ad&amp;justments:</source>
        <translation>&amp;Корректировки:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Проек&amp;т:</translation>
    </message>
    <message>
        <source>Poin&amp;ts:</source>
        <translation>&amp;Баллы:</translation>
    </message>
    <message>
        <source>+1 or -0.5</source>
        <translation>+1 или -0,5</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Основ&amp;ание:</translation>
    </message>
    <message>
        <source>the rule it applies, printed in the protocol</source>
        <translation>правило, которое применяется; печатается в протоколе</translation>
    </message>
    <message>
        <source>Sa&amp;ve adjustment</source>
        <translation>Со&amp;хранить корректировку</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Adjustment of {points} for {code} saved.</source>
        <translation>Корректировка {points} для {code} сохранена.</translation>
    </message>
    <message>
        <source>Select the adjustment to remove.</source>
        <translation>Выберите корректировку, которую нужно удалить.</translation>
    </message>
    <message>
        <source>Adjustment for {code} removed.</source>
        <translation>Корректировка для {code} удалена.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Juror</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проектов</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>|Deviation|</source>
        <translation>|Отклонение|</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Отмечено</translation>
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
        <translation>Каждый квадрат — один член жюри: точка на проект, его итог по вертикали, среднее жюри по горизонтали. Точки выше пунктирной диагонали — щедрее жюри, ниже — строже.</translation>
    </message>
    <message>
        <source>Too few projects were scored by every juror to say how far the jury agreed ({n} compared).</source>
        <translation>Слишком мало проектов оценены всеми членами жюри, чтобы судить о согласии жюри (сравнено: {n}).</translation>
    </message>
    <message>
        <source>The jury agreed {w_words} on the order of the projects (Kendall&apos;s W = {w}); agreement on the totals themselves was {icc_words} (ICC(2,1) = {icc}, over {n} projects).</source>
        <translation>Жюри {w_words} в порядке проектов (W Кендалла = {w}); согласие в самих итогах — {icc_words} (ICC(2,1) = {icc}, по {n} проектам).</translation>
    </message>
    <message>
        <source>strongly</source>
        <translation>полностью согласно</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>в основном согласно</translation>
    </message>
    <message>
        <source>weakly</source>
        <translation>слабо согласно</translation>
    </message>
    <message>
        <source>hardly</source>
        <translation>почти не согласно</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>отличное</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошее</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренное</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>слабое</translation>
    </message>
    <message>
        <source>No single juror&apos;s marks change the winners.</source>
        <translation>Оценки ни одного члена жюри в отдельности не меняют победителей.</translation>
    </message>
    <message>
        <source>Would one juror change the winners? {detail}</source>
        <translation>Меняет ли один член жюри победителей? {detail}</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>remote (video link)</source>
        <translation>дистанционно (видеосвязь)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>absent</source>
        <translation>отсутствие</translation>
    </message>
    <message>
        <source>recused (conflict of interest)</source>
        <translation>самоотвод (конфликт интересов)</translation>
    </message>
    <message>
        <source>Ticked: not in the room for this project (not a recusal).</source>
        <translation>Отмечено: член жюри не присутствовал на защите этого проекта (это не самоотвод).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of this competition</source>
        <translation>Резервные копии этого конкурса</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Jury Room backs the file up when it is opened, every few minutes while marks change, and before every import, finalize, reopen and restore; the last 20 are kept in the backups folder beside the file. Restoring keeps a backup of what it replaces.</source>
        <translation>Jury Room создаёт резервную копию файла при открытии, каждые несколько минут, пока меняются оценки, и перед каждым импортом, утверждением, повторным открытием и восстановлением; последние 20 копий хранятся в папке backups рядом с файлом. При восстановлении сначала сохраняется копия того, что заменяется.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Создать копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>when the file was opened</source>
        <translation>при открытии файла</translation>
    </message>
    <message>
        <source>while marks were keyed</source>
        <translation>во время ввода оценок</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before finalizing</source>
        <translation>перед утверждением</translation>
    </message>
    <message>
        <source>before reopening</source>
        <translation>перед повторным открытием</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <source>before a program update</source>
        <translation>перед обновлением программы</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} КБ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Put the competition back as it was at {when}? Everything changed since then is replaced; a backup of it is kept first.</source>
        <translation>Вернуть конкурс в состояние на {when}? Всё, что изменилось с тех пор, будет заменено; сначала сохраняется его резервная копия.</translation>
    </message>
    <message>
        <source>This is a backup of another competition, “{title}” (begun {begun}), not of this one. Restoring it replaces this competition with that one. Restore it anyway?</source>
        <translation>Это резервная копия другого конкурса, «{title}» (начат {begun}), а не этого. Восстановление заменит этот конкурс тем. Всё равно восстановить?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a printed protocol</source>
        <translation>Проверка напечатанного протокола</translation>
    </message>
    <message>
        <source>every page</source>
        <translation>каждая страница</translation>
    </message>
    <message>
        <source>the QR code of this photo or scan</source>
        <translation>QR-код этого фото или скана</translation>
    </message>
    <message>
        <source>Matches the data ({what} checked).</source>
        <translation>Совпадает с данными (проверено: {what}).</translation>
    </message>
    <message>
        <source>Does NOT match the data.</source>
        <translation>НЕ совпадает с данными.</translation>
    </message>
    <message>
        <source>The data was changed outside Jury Room ({problem}): nothing vouches for it.</source>
        <translation>Данные изменены в обход Jury Room ({problem}): за них ничто не ручается.</translation>
    </message>
    <message>
        <source>Fingerprint in the file: {file}
Fingerprint of the data: {data}</source>
        <translation>Контрольная сумма в файле: {file}
Контрольная сумма данных: {data}</translation>
    </message>
    <message>
        <source>the competition&apos;s settings</source>
        <translation>настройки конкурса</translation>
    </message>
    <message>
        <source>the projects</source>
        <translation>проекты</translation>
    </message>
    <message>
        <source>the jurors</source>
        <translation>члены жюри</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>критерии</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>оценки</translation>
    </message>
    <message>
        <source>the recusals</source>
        <translation>самоотводы</translation>
    </message>
    <message>
        <source>the absences</source>
        <translation>отсутствия</translation>
    </message>
    <message>
        <source>the jury&apos;s decisions</source>
        <translation>решения жюри</translation>
    </message>
    <message>
        <source>the adjustments</source>
        <translation>корректировки</translation>
    </message>
    <message>
        <source>the comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <source>the dissenting opinions</source>
        <translation>особые мнения</translation>
    </message>
    <message>
        <source>Page {page} of the protocol the data gives is missing.</source>
        <translation>Нет страницы {page} протокола, который дают данные.</translation>
    </message>
    <message>
        <source>Page {page} is not in the protocol the data gives (an extra page).</source>
        <translation>Страницы {page} нет в протоколе, который дают данные (лишняя страница).</translation>
    </message>
    <message>
        <source>Page {page} differs.</source>
        <translation>Страница {page} отличается.</translation>
    </message>
    <message>
        <source>Page {page} has another page size.</source>
        <translation>У страницы {page} другой размер.</translation>
    </message>
    <message>
        <source>Page {page} differs, at about {x} mm from the left and {y} mm from the top.</source>
        <translation>Страница {page} отличается: примерно в {x} мм от левого края и {y} мм от верхнего.</translation>
    </message>
    <message>
        <source>The fingerprint printed on page 1 is not the one in the file&apos;s metadata: the file was altered after it was printed.</source>
        <translation>Контрольная сумма на странице 1 не та, что в метаданных файла: файл изменён после печати.</translation>
    </message>
    <message>
        <source>The image shows the QR codes of {n} different protocols.</source>
        <translation>На изображении QR-коды {n} разных протоколов.</translation>
    </message>
    <message>
        <source>The date and time it says it was printed ({at}) is no moment of the data&apos;s history.</source>
        <translation>Дата и время печати, указанные в файле ({at}), не совпадают ни с одним изменением в истории данных.</translation>
    </message>
    <message>
        <source>The competition has been finalized since it was printed.</source>
        <translation>После печати итоги конкурса утверждены.</translation>
    </message>
    <message>
        <source>The competition has been reopened since it was printed.</source>
        <translation>После печати конкурс открыт снова.</translation>
    </message>
    <message>
        <source>Printed from other data: {what} differ.</source>
        <translation>Напечатан по другим данным: отличаются {what}.</translation>
    </message>
    <message>
        <source>Printed from other data, or the data changed since.</source>
        <translation>Напечатан по другим данным, или данные с тех пор изменились.</translation>
    </message>
    <message>
        <source>The date and time it says it was printed ({at}) comes before this file&apos;s history begins: if this file is a later copy of the data (an import of the exported folder), check the protocol against the original file, which alone can vouch for that date.</source>
        <translation>Указанные в протоколе дата и время печати ({at}) раньше начала истории этого файла: если этот файл — более поздняя копия данных (импорт выгруженной папки), проверьте протокол по исходному файлу: только он может подтвердить эту дату.</translation>
    </message>
    <message>
        <source>Changes were appended to the file after it was printed (an incremental update).</source>
        <translation>После печати к файлу дописаны изменения (инкрементальное обновление).</translation>
    </message>
    <message>
        <source>The file has {files} pages; the protocol the data gives has {data}.</source>
        <translation>В файле страниц: {files}; в протоколе, который дают данные: {data}.</translation>
    </message>
    <message>
        <source>Note: changes were appended to the file after it was printed (an incremental update, as a digital signature makes); they change nothing on its pages.</source>
        <translation>Примечание: после печати к файлу дописаны изменения (инкрементальное обновление, как при электронной подписи); на его страницах они ничего не меняют.</translation>
    </message>
    <message>
        <source>All {n} pages show what the data gives.</source>
        <translation>Все страницы ({n}) совпадают с тем, что дают данные.</translation>
    </message>
    <message>
        <source>Note: a photo or scan proves which data the paper was printed from, not that its text is untouched: its text is not compared (check the PDF for that).</source>
        <translation>Примечание: фото или скан доказывает, по каким данным напечатан лист, но не то, что его текст не изменён: текст не сравнивается (для этого проверьте PDF).</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>усечённое среднее</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>if scored per criterion</source>
        <translation>если считать по критериям</translation>
    </message>
    <message>
        <source>if scored per juror</source>
        <translation>если считать по суммам членов жюри</translation>
    </message>
    <message>
        <source>if nothing were rounded</source>
        <translation>если ничего не округлять</translation>
    </message>
    <message>
        <source>if only the final score were rounded</source>
        <translation>если округлять только итоговый балл</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-оценка</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>выбранный способ</translation>
    </message>
    <message>
        <source>same winners</source>
        <translation>те же победители</translation>
    </message>
    <message>
        <source>also wins: {codes}</source>
        <translation>побеждает также: {codes}</translation>
    </message>
    <message>
        <source>drops out: {codes}</source>
        <translation>выбывает: {codes}</translation>
    </message>
    <message>
        <source>decision needed: {codes}</source>
        <translation>нужно решение: {codes}</translation>
    </message>
    <message>
        <source>other ties to decide</source>
        <translation>другое равенство баллов для решения</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Нормализация</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Победители</translation>
    </message>
    <message>
        <source>Against the configured way</source>
        <translation>По сравнению с выбранным способом</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Jury decision on a tie at the winners&apos; cut</source>
        <translation>Решение жюри по равенству баллов на границе победителей</translation>
    </message>
    <message>
        <source>&amp;Winners: tick the projects that take the places (arrow keys move, Space ticks)</source>
        <translation>&amp;Победители: отметьте проекты, которые занимают места (стрелки — перемещение, пробел — отметка)</translation>
    </message>
    <message>
        <source>&amp;Reason (printed in the protocol):</source>
        <translation>&amp;Обоснование (печатается в протоколе):</translation>
    </message>
    <message>
        <source>Record  (Ctrl+Enter)</source>
        <translation>Записать  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The jury&apos;s vote, when it was taken (leave the three empty when it was not recorded):</source>
        <translation>Голосование жюри, если оно проводилось (оставьте все три поля пустыми, если голоса не записаны):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>Про&amp;тив:</translation>
    </message>
    <message>
        <source>A&amp;bstaining:</source>
        <translation>&amp;Воздержались:</translation>
    </message>
    <message>
        <source>The &amp;chair&apos;s casting vote settled a tied vote</source>
        <translation>При равенстве голосов решил &amp;голос председателя</translation>
    </message>
    <message>
        <source>Places left: {places}. Ticked: {n}.</source>
        <translation>Осталось мест: {places}. Отмечено: {n}.</translation>
    </message>
    <message>
        <source>Tick exactly as many projects as there are places left ({places}); {n} are ticked.</source>
        <translation>Отметьте ровно столько проектов, сколько осталось мест ({places}); отмечено: {n}.</translation>
    </message>
    <message>
        <source>Write the jury&apos;s reason first.</source>
        <translation>Сначала впишите обоснование решения жюри.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New competition file</source>
        <translation>Файл нового конкурса</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix})</source>
        <translation>Файлы Jury Room (*{suffix})</translation>
    </message>
    <message>
        <source>{path} already exists: a new competition needs a new file name.</source>
        <translation>{path} уже существует: для нового конкурса нужно новое имя файла.</translation>
    </message>
    <message>
        <source>Open a competition</source>
        <translation>Открыть конкурс</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix});;All files (*)</source>
        <translation>Файлы Jury Room (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save a copy of this competition</source>
        <translation>Сохранить копию этого конкурса</translation>
    </message>
    <message>
        <source>Copy saved to {path}; you keep working in the original.</source>
        <translation>Копия сохранена в {path}; работа продолжается в исходном файле.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Восстановлена резервная копия от {when}.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}. Your marks are saved; check the disk.</source>
        <translation>Автоматическая резервная копия не создана: {reason}. Оценки сохранены; проверьте диск.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
</context>
<context>
    <name>FinalizeScreen</name>
    <message>
        <source>Finalize</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть снова…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>some sheets are still missing</source>
        <translation>ещё не все оценочные листы введены</translation>
    </message>
    <message>
        <source>a tie at the cut waits for the jury&apos;s decision</source>
        <translation>равенство баллов на границе победителей ждёт решения жюри</translation>
    </message>
    <message>
        <source>the meeting has no quorum: {taking} of {scoring} scoring jurors took part, {needed} needed (mark attendance on the Set up screen)</source>
        <translation>на заседании нет кворума: участвуют {taking} из {scoring} членов жюри с правом голоса, нужно {needed} (отметьте участие на экране «Подготовка»)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Before finalizing:&lt;/b&gt; {todo}.</source>
        <translation>&lt;br&gt;&lt;b&gt;Перед утверждением:&lt;/b&gt; {todo}.</translation>
    </message>
    <message>
        <source>Not finalized so far.</source>
        <translation>Итоги ещё не утверждались.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>открыто снова</translation>
    </message>
    <message>
        <source>Lock the marks, then print the protocol the jurors sign; reopening needs a reason.</source>
        <translation>Закрепите оценки, затем напечатайте протокол, который подписывает жюри; чтобы открыть снова, нужна причина.</translation>
    </message>
    <message>
        <source>Finali&amp;ze and print the protocol for signature…</source>
        <translation>&amp;Утвердить и напечатать протокол для подписи…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol for signature…  (Ctrl+P)</source>
        <translation>Пе&amp;чать протокола для подписи…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finalized&lt;/h3&gt;Marks, recusals, absences and decisions are locked. The protocol printed now is the one to sign: &lt;i&gt;jury-room verify&lt;/i&gt; matches it for as long as the competition stays final. Reopening needs a reason, which is kept in the log; after a change, print and sign again.</source>
        <translation>&lt;h3&gt;Утверждено&lt;/h3&gt;Оценки, самоотводы, отсутствие и решения закреплены. Протокол, напечатанный сейчас, — тот, который подписывают: &lt;i&gt;jury-room verify&lt;/i&gt; подтверждает его, пока итоги остаются утверждёнными. Чтобы открыть снова, нужна причина, она сохраняется в журнале; после изменений напечатайте и подпишите протокол заново.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open&lt;/h3&gt;Marks can still be keyed and changed. A protocol printed now is a draft, not for signature.</source>
        <translation>&lt;h3&gt;Открыто&lt;/h3&gt;Оценки ещё можно вводить и изменять. Протокол, напечатанный сейчас, — черновик, не для подписи.</translation>
    </message>
    <message>
        <source>Lock all marks, recusals, absences and decisions, and print the protocol for signature?</source>
        <translation>Закрепить все оценки, самоотводы, отсутствие и решения и напечатать протокол для подписи?</translation>
    </message>
    <message>
        <source>Not everything is in yet (see above); you can still finalize, and reopen later with a reason.</source>
        <translation>Ещё не всё введено (см. выше); утвердить всё равно можно, а позже открыть снова, указав причину.</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>Утверждено.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Why are the marks being reopened? (kept in the log)</source>
        <translation>Почему оценки открываются снова? (сохраняется в журнале)</translation>
    </message>
    <message>
        <source>Reopened: marks can be changed again.</source>
        <translation>Открыто снова: оценки можно изменять.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of a mark</source>
        <translation>История оценки</translation>
    </message>
    <message>
        <source>keyed</source>
        <translation>введена</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлена</translation>
    </message>
    <message>
        <source>deleted with its project</source>
        <translation>удалена вместе с проектом</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>{what}: no change recorded yet.</source>
        <translation>{what}: изменений пока не записано.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview — {source}</source>
        <translation>Предпросмотр импорта — {source}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %n problem(s) to fix in the file(s) first. Marks are checked against the jurors, projects and criteria once those files read cleanly.</source>
        <translation>
            <numerusform>&lt;b&gt;Ничего не импортировано.&lt;/b&gt; Сначала исправьте в файлах %n ошибку. Оценки проверяются по членам жюри, проектам и критериям, когда эти файлы прочитаны без ошибок.</numerusform>
            <numerusform>&lt;b&gt;Ничего не импортировано.&lt;/b&gt; Сначала исправьте в файлах %n ошибки. Оценки проверяются по членам жюри, проектам и критериям, когда эти файлы прочитаны без ошибок.</numerusform>
            <numerusform>&lt;b&gt;Ничего не импортировано.&lt;/b&gt; Сначала исправьте в файлах %n ошибок. Оценки проверяются по членам жюри, проектам и критериям, когда эти файлы прочитаны без ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Члены жюри</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>{a} new, {c} changed</source>
        <translation>новых: {a}, изменено: {c}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>replaced by the file&apos;s</source>
        <translation>заменяются параметрами из файла</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>Самоотводы</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>The file(s) are valid. Nothing has been written yet: &lt;b&gt;Import&lt;/b&gt; writes all of this at once; Cancel leaves the competition as it is.</source>
        <translation>Файлы в порядке. Пока ничего не записано: &lt;b&gt;Импортировать&lt;/b&gt; запишет всё это сразу; «Отмена» оставит конкурс без изменений.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>{problem}

Restore the newest good backup, {backup}? A copy of the damaged file is kept.</source>
        <translation>{problem}

Восстановить последнюю исправную резервную копию, {backup}? Копия повреждённого файла сохранится.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file was changed outside Jury Room: {problem}. Its data does not follow from its history; check it against a backup (File &gt; Backups) or the paper sheets before relying on it.</source>
        <translation>Этот файл изменён в обход Jury Room: {problem}. Его данные не следуют из истории изменений; сверьте их с резервной копией (Файл &gt; Резервные копии) или с бумажными листами, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Ввод оценок</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход оценки</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Go on without it?</source>
        <translation>Продолжить без неё?</translation>
    </message>
    <message>
        <source>Cannot undo: {reason}</source>
        <translation>Отменить нельзя: {reason}</translation>
    </message>
    <message>
        <source>Quit without it?</source>
        <translation>Выйти без неё?</translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation>Отменять больше нечего.</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source> [finalized]</source>
        <translation> [утверждено]</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(в памяти)</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Dissenting &amp;opinions…</source>
        <translation>Особые &amp;мнения…</translation>
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
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Импорт папки…</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/XLSX)…</source>
        <translation>Импорт &amp;таблицы (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Export folder…</source>
        <translation>&amp;Экспорт папки…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Ре&amp;зервные копии…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol…</source>
        <translation>&amp;Печать протокола…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Отменить последнее изменение</translation>
    </message>
    <message>
        <source>&amp;History of this mark…</source>
        <translation>&amp;История оценки…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Open the &amp;projector window</source>
        <translation>Открыть окно &amp;проектора</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Undone: clearing mark {mark} of {juror} on {project}, {criterion}</source>
        <translation>Отменено: удаление оценки {mark} ({juror}, {project}, {criterion})</translation>
    </message>
    <message>
        <source>Undone: mark {mark} of {juror} on {project}, {criterion}</source>
        <translation>Отменено: оценка {mark} ({juror}, {project}, {criterion})</translation>
    </message>
    <message>
        <source> (back to {mark})</source>
        <translation> (снова {mark})</translation>
    </message>
    <message>
        <source>Undone: recusal of {juror} from {project}</source>
        <translation>Отменено: самоотвод {juror} по проекту {project}</translation>
    </message>
    <message>
        <source>Undone: lifting the recusal of {juror} from {project}</source>
        <translation>Отменено: снятие самоотвода {juror} по проекту {project}</translation>
    </message>
    <message>
        <source>Undone: {juror} absent for {project}</source>
        <translation>Отменено: отсутствие {juror} на проекте {project}</translation>
    </message>
    <message>
        <source>Undone: {juror} back in the room for {project}</source>
        <translation>Отменено: возвращение {juror} на проект {project}</translation>
    </message>
    <message>
        <source>Undone: withdrawal of {project}</source>
        <translation>Отменено: снятие проекта {project} с конкурса</translation>
    </message>
    <message>
        <source>Undone: reinstating {project}</source>
        <translation>Отменено: возвращение проекта {project} в конкурс</translation>
    </message>
    <message>
        <source>Undone: the last change ({n} records).</source>
        <translation>Отменено последнее изменение (записей: {n}).</translation>
    </message>
    <message>
        <source>“{text}” is not a number (or R for a recusal)</source>
        <translation>«{text}» — не число (или R для самоотвода)</translation>
    </message>
    <message>
        <source>{text} is out of range: marks go from 0 to {max}</source>
        <translation>{text} — вне диапазона: оценки от 0 до {max}</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in whole points</source>
        <translation>{text} — не по шкале: оценки ставятся только целыми баллами</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in whole and half points</source>
        <translation>{text} — не по шкале: оценки ставятся целыми и половинными баллами</translation>
    </message>
    <message>
        <source>{text} is off the grid: marks go in steps of {step}</source>
        <translation>{text} — не по шкале: оценки ставятся с шагом {step}</translation>
    </message>
    <message>
        <source>{juror} is recused from {project}: press R to lift the recusal first</source>
        <translation>У члена жюри {juror} самоотвод по проекту {project}: сначала снимите самоотвод клавишей R</translation>
    </message>
    <message>
        <source>{name} is the secretary, who does not score</source>
        <translation>{name} — секретарь жюри и не ставит оценки</translation>
    </message>
    <message>
        <source>the competition is finalized: reopen it on the Finalize screen, with a reason, to change anything</source>
        <translation>конкурс утверждён: чтобы что-либо изменить, откройте его снова на экране «Утверждение», указав причину</translation>
    </message>
    <message>
        <source>the competition is not finalized yet: the winners can still change. Finalize it on the Finalize screen first</source>
        <translation>конкурс ещё не утверждён: победители ещё могут измениться. Сначала утвердите его на экране «Утверждение»</translation>
    </message>
    <message>
        <source>no quorum: {taking} of {scoring} scoring jurors took part in the meeting, and {share} needs {needed}. Mark who attended (present or remote) in the jurors table on the Set up screen before finalizing</source>
        <translation>нет кворума: в заседании участвуют {taking} из {scoring} членов жюри с правом голоса, а для {share} нужно {needed}. Перед утверждением отметьте участие (очно или дистанционно) в таблице жюри на экране «Подготовка»</translation>
    </message>
    <message>
        <source>the disk is full. Everything saved before is safe; free some space, then try again</source>
        <translation>диск заполнен. Всё сохранённое раньше цело; освободите место и попробуйте снова</translation>
    </message>
    <message>
        <source>the file or its folder is read-only. Everything saved before is safe; copy the file to a folder you can write to and open it there</source>
        <translation>файл или его папка доступны только для чтения. Всё сохранённое раньше цело; скопируйте файл в папку, где можно писать, и откройте его там</translation>
    </message>
    <message>
        <source>another program is writing to the file. Everything saved before is safe; close that program and try again</source>
        <translation>в файл пишет другая программа. Всё сохранённое раньше цело; закройте её и попробуйте снова</translation>
    </message>
    <message>
        <source>the disk could not be written. Everything saved before is safe; check the disk or memory stick, then try again</source>
        <translation>на диск не удалось записать. Всё сохранённое раньше цело; проверьте диск или флешку и попробуйте снова</translation>
    </message>
    <message>
        <source>the file is damaged. Close Jury Room and open the file again to be offered its newest good backup</source>
        <translation>файл повреждён. Закройте Jury Room и откройте файл снова: будет предложена его последняя исправная резервная копия</translation>
    </message>
    <message>
        <source>“{code}” is not a sheet code (like J1-7F3A-C2D9)</source>
        <translation>«{code}» — не код листа (код выглядит так: J1-7F3A-C2D9)</translation>
    </message>
    <message>
        <source>sheet {code} is from another competition</source>
        <translation>лист {code} — от другого конкурса</translation>
    </message>
    <message>
        <source>sheet {code} was printed for an older set-up or running order: print the sheets again</source>
        <translation>лист {code} напечатан для прежней подготовки или прежнего порядка выступлений: напечатайте листы заново</translation>
    </message>
    <message>
        <source>sheet {code} names no juror of this competition</source>
        <translation>в листе {code} указан член жюри не этого конкурса</translation>
    </message>
    <message>
        <source>sheet {code} is not {juror}&apos;s</source>
        <translation>лист {code} — не лист {juror}</translation>
    </message>
    <message>
        <source>sheet {code} is an older issue; issue {issue} is the one in use</source>
        <translation>лист {code} — прежний выпуск; действует выпуск {issue}</translation>
    </message>
    <message>
        <source>sheet {code} was voided: reissue it first</source>
        <translation>лист {code} аннулирован: сначала выдайте его заново</translation>
    </message>
    <message>
        <source>{juror}&apos;s sheet was voided: reissue it first</source>
        <translation>лист {juror} аннулирован: сначала выдайте его заново</translation>
    </message>
    <message>
        <source>type the mark as the sheet shows it (or R)</source>
        <translation>введите оценку так, как она стоит в листе (или R)</translation>
    </message>
    <message>
        <source>the two keyings agree there: nothing to settle</source>
        <translation>здесь оба ввода совпадают: решать нечего</translation>
    </message>
    <message>
        <source>cannot finalize yet: {reason}</source>
        <translation>утвердить пока нельзя: {reason}</translation>
    </message>
    <message>
        <source>{yes} for and {no} against is a tied vote: the decision stands only with the chair&apos;s casting vote</source>
        <translation>за — {yes}, против — {no}: голоса разделились поровну, решение принимается только решающим голосом председателя</translation>
    </message>
    <message>
        <source>{yes} for and {no} against: the jury voted this decision down, so it cannot be recorded as taken</source>
        <translation>за — {yes}, против — {no}: жюри отклонило это решение, его нельзя записать как принятое</translation>
    </message>
    <message>
        <source>this file is a copy of another competition</source>
        <translation>этот файл — копия другого конкурса</translation>
    </message>
    <message>
        <source>this copy was made for another set-up (jurors, criteria, score step or running order changed since): hand over a new copy</source>
        <translation>эта копия сделана для другой подготовки (с тех пор изменились члены жюри, критерии, шаг оценок или порядок выступлений): передайте новую копию</translation>
    </message>
    <message>
        <source>{votes} votes, but only {voters} scoring jurors took part in the meeting</source>
        <translation>голосов: {votes}, а в заседании участвовали только {voters} оценивающих членов жюри</translation>
    </message>
    <message>
        <source>a casting vote settles a tied vote; {yes} for and {no} against is not tied</source>
        <translation>решающий голос председателя нужен только при равенстве голосов; за — {yes}, против — {no}: равенства нет</translation>
    </message>
    <message>
        <source>a casting vote needs the votes it settled: for, against, abstaining</source>
        <translation>для решающего голоса председателя укажите голосование: за, против, воздержались</translation>
    </message>
    <message>
        <source>{juror} is the secretary, who does not vote: only a juror can dissent</source>
        <translation>{juror} — секретарь, он не голосует: особое мнение может заявить только член жюри</translation>
    </message>
</context>
<context>
    <name>OpinionsDialog</name>
    <message>
        <source>Dissenting opinions</source>
        <translation>Особые мнения</translation>
    </message>
    <message>
        <source>A juror who disagrees with the jury&apos;s decision may state a dissenting opinion; it is printed in the protocol, in a section of its own, as the juror wrote it.</source>
        <translation>Член жюри, не согласный с решением жюри, может заявить особое мнение; оно печатается в протоколе, в отдельном разделе, так, как его написал член жюри.</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Член жюри:</translation>
    </message>
    <message>
        <source>&amp;Opinion, as the juror wrote it (Enter: a new line):</source>
        <translation>&amp;Особое мнение, как его написал член жюри (Enter — новая строка):</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Сохранить  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw this opinion…</source>
        <translation>Отоз&amp;вать это мнение…</translation>
    </message>
    <message>
        <source>{code} — {name}  ✎ has an opinion</source>
        <translation>{code} — {name}  ✎ есть особое мнение</translation>
    </message>
    <message>
        <source>Opinions on record: {codes}.</source>
        <translation>Записаны особые мнения: {codes}.</translation>
    </message>
    <message>
        <source>No opinion is on record yet.</source>
        <translation>Особых мнений пока не записано.</translation>
    </message>
    <message>
        <source>The competition is finalized: reopen it on the Finalize screen, with a reason, to change an opinion.</source>
        <translation>Итоги утверждены: чтобы изменить особое мнение, откройте их снова на экране «Утверждение», указав причину.</translation>
    </message>
    <message>
        <source>Type the opinion first (to remove one, withdraw it).</source>
        <translation>Сначала введите текст мнения (чтобы удалить мнение, отзовите его).</translation>
    </message>
    <message>
        <source>Saved the dissenting opinion of {code}.</source>
        <translation>Особое мнение {code} сохранено.</translation>
    </message>
    <message>
        <source>Withdraw the opinion</source>
        <translation>Отозвать мнение</translation>
    </message>
    <message>
        <source>Withdraw the dissenting opinion of {code}? It will no longer be printed (the history keeps it).</source>
        <translation>Отозвать особое мнение {code}? Оно больше не будет печататься (история изменений его сохранит).</translation>
    </message>
    <message>
        <source>Withdrew the dissenting opinion of {code}.</source>
        <translation>Особое мнение {code} отозвано.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Print &amp;score sheets…</source>
        <translation>Печать оценочных &amp;листов…</translation>
    </message>
    <message>
        <source>&amp;Hand over a keying copy…</source>
        <translation>Пе&amp;редать копию для ввода…</translation>
    </message>
    <message>
        <source>&amp;Merge a keying copy…</source>
        <translation>&amp;Влить копию для ввода…</translation>
    </message>
    <message>
        <source>&amp;Verify a sheet (second keying)…</source>
        <translation>&amp;Сверить лист (второй ввод)…</translation>
    </message>
    <message>
        <source>Print the score sheets to</source>
        <translation>Куда напечатать оценочные листы</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{count} score sheet(s) printed to {path}</source>
        <translation>Оценочных листов: {count}, напечатаны в {path}</translation>
    </message>
    <message>
        <source>Hand over a keying copy to</source>
        <translation>Куда сохранить копию для ввода</translation>
    </message>
    <message>
        <source>Jury Room files (*{suffix})</source>
        <translation>Файлы Jury Room (*{suffix})</translation>
    </message>
    <message>
        <source>Keying copy written to {path}: key sheets into it on the second laptop, then merge it here.</source>
        <translation>Копия для ввода сохранена в {path}: введите в неё листы на втором ноутбуке, затем влейте её сюда.</translation>
    </message>
    <message>
        <source>Merge a keying copy</source>
        <translation>Влить копию для ввода</translation>
    </message>
    <message>
        <source>{added} mark(s), recusal(s) or absence(s) to add; {verified} sheet(s) verified; {conflicts} difference(s), listed below, not applied until settled.</source>
        <translation>Будет добавлено оценок, самоотводов и отсутствий: {added}; сверено листов: {verified}; расхождений: {conflicts} (перечислены ниже, не применяются, пока не решены).</translation>
    </message>
    <message>
        <source>Merged: {summary}</source>
        <translation>Влито: {summary}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Jury Room — presentation</source>
        <translation>Jury Room — выступления</translation>
    </message>
    <message>
        <source>No project in the running order</source>
        <translation>В порядке выступлений нет проектов</translation>
    </message>
    <message>
        <source>Next up: {title}</source>
        <translation>Следующий: {title}</translation>
    </message>
    <message>
        <source>Last presentation</source>
        <translation>Последнее выступление</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
</context>
<context>
    <name>PresentingScreen</name>
    <message>
        <source>Presenting</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>What the audience sees on the projector: the project on stage, its countdown and who is next.</source>
        <translation>Что видит зал на проекторе: выступающий проект, обратный отсчёт и кто следующий.</translation>
    </message>
    <message>
        <source>&amp;Open the projector window  (F5)</source>
        <translation>&amp;Открыть окно проектора  (F5)</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ Пре&amp;дыдущий</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующий ▶</translation>
    </message>
    <message>
        <source>&amp;Reset clock</source>
        <translation>С&amp;бросить время</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Time per project:</source>
        <translation>&amp;Время на проект:</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>На проекторе</translation>
    </message>
    <message>
        <source>Running order (Enter: put this project on stage)</source>
        <translation>Порядок выступлений (Enter: вывести этот проект на сцену)</translation>
    </message>
    <message>
        <source>Award ceremony (after finalize)</source>
        <translation>Церемония награждения (после утверждения)</translation>
    </message>
    <message>
        <source>Language on the pro&amp;jector:</source>
        <translation>Язык на прое&amp;кторе:</translation>
    </message>
    <message>
        <source>◀ Step &amp;back</source>
        <translation>◀ &amp;Шаг назад</translation>
    </message>
    <message>
        <source>Re&amp;veal next  (→)</source>
        <translation>Показать с&amp;ледующее  (→)</translation>
    </message>
    <message>
        <source>Ceremony: reveal the next step</source>
        <translation>Церемония: показать следующий шаг</translation>
    </message>
    <message>
        <source>Ceremony: step back</source>
        <translation>Церемония: шаг назад</translation>
    </message>
    <message>
        <source>Ceremony: end it, the projector shows the clock</source>
        <translation>Церемония: завершить, на проекторе снова часы</translation>
    </message>
    <message>
        <source>The keyboard stays in this window while the projector shows: Space starts or pauses the clock, the Previous and Next buttons move on, Enter on a project in the list puts it on stage. The projector never shows marks, scores or ranks; only the award ceremony, after finalize, reveals the winners and their places.</source>
        <translation>Пока работает проектор, клавиатура остаётся в этом окне: пробел запускает или ставит на паузу отсчёт, кнопки «Предыдущий» и «Следующий» переходят к другому проекту, Enter на проекте в списке выводит его на сцену. Проектор никогда не показывает оценки, баллы и места; только церемония награждения после утверждения объявляет победителей и их места.</translation>
    </message>
    <message>
        <source>Keys: → (or Space) reveals the next step, ← steps back, Esc ends the ceremony.</source>
        <translation>Клавиши: → (или Пробел) показывает следующий шаг, ← возвращает назад, Esc завершает церемонию.</translation>
    </message>
    <message>
        <source>End the &amp;ceremony  (Esc)</source>
        <translation>&amp;Завершить церемонию  (Esc)</translation>
    </message>
    <message>
        <source>Start the award &amp;ceremony</source>
        <translation>Начать &amp;церемонию награждения</translation>
    </message>
    <message>
        <source>On the projector ({done} of {total} steps): {what}</source>
        <translation>На проекторе (шаг {done} из {total}): {what}</translation>
    </message>
    <message>
        <source>Next (not shown yet): {what}</source>
        <translation>Далее (ещё не показано): {what}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>No project in the running order.</source>
        <translation>В порядке выступлений нет проектов.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16pt&apos;&gt;{title}&lt;/b&gt;&lt;br&gt;{org}&lt;br&gt;{label}: {group}&lt;br&gt;&lt;i&gt;Next up: {next}&lt;/i&gt;</source>
        <translation>&lt;b style=&apos;font-size:16pt&apos;&gt;{title}&lt;/b&gt;&lt;br&gt;{org}&lt;br&gt;{label}: {group}&lt;br&gt;&lt;i&gt;Следующий: {next}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— (last)</source>
        <translation>— (последний)</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Pau&amp;se  (Space)</source>
        <translation>П&amp;ауза  (пробел)</translation>
    </message>
    <message>
        <source>&amp;Start  (Space)</source>
        <translation>П&amp;уск  (пробел)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>keyed once</source>
        <translation>введён один раз</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>сверен</translation>
    </message>
    <message>
        <source>keyings differ</source>
        <translation>вводы расходятся</translation>
    </message>
    <message>
        <source>partly keyed</source>
        <translation>введено частично</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствие</translation>
    </message>
    <message>
        <source>project withdrawn</source>
        <translation>проект снят</translation>
    </message>
    <message>
        <source>sheet back</source>
        <translation>лист сдан</translation>
    </message>
    <message>
        <source>sheet voided</source>
        <translation>лист аннулирован</translation>
    </message>
    <message>
        <source>A</source>
        <comment>symbol: absent</comment>
        <translation>О</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>{juror} · {project}: {state}. Double-click or Enter to open the sheet.</source>
        <translation>{juror} · {project}: {state}. Двойной щелчок или Enter откроет лист.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress</source>
        <translation>Ход оценки</translation>
    </message>
    <message>
        <source>Which sheets are in. Double-click a cell (or press Enter) to key that sheet.</source>
        <translation>Какие оценочные листы введены. Двойной щелчок по ячейке (или Enter) открывает лист для ввода.</translation>
    </message>
    <message>
        <source>Sheet back / out (Space)</source>
        <translation>Лист сдан / выдан (пробел)</translation>
    </message>
    <message>
        <source>Void sheet…</source>
        <translation>Аннулировать лист…</translation>
    </message>
    <message>
        <source>Reissue sheet</source>
        <translation>Выдать лист заново</translation>
    </message>
    <message>
        <source>Print this juror&apos;s score sheet…</source>
        <translation>Печать оценочного листа этого члена жюри…</translation>
    </message>
    <message>
        <source>Void sheet</source>
        <translation>Аннулировать лист</translation>
    </message>
    <message>
        <source>Why is {juror}&apos;s sheet voided (spoiled, lost…)?</source>
        <translation>Почему лист {juror} аннулирован (испорчен, утерян…)?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to key yet&lt;/b&gt;: a sheet needs a project, a juror who scores and a criterion (step 1, Set up).</source>
        <translation>&lt;b&gt;Вводить пока нечего&lt;/b&gt;: для оценочного листа нужны проект, оценивающий член жюри и критерий (шаг 1, «Подготовка»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{todo}&lt;/b&gt; of {total} sheets still to key ({missing} missing, {partial} partly keyed); {keyed} keyed once, {verified} verified, {conflict} with keyings that differ, {recused} recused, {absent} absent.</source>
        <translation>Осталось ввести &lt;b&gt;{todo}&lt;/b&gt; из {total} листов (нет: {missing}, частично: {partial}); введено один раз: {keyed}, сверено: {verified}, вводы расходятся: {conflict}, самоотводов: {recused}, отсутствовали: {absent}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All sheets are in&lt;/b&gt;: {keyed} keyed once, {verified} verified, {conflict} with keyings that differ, {recused} recused, {absent} absent.</source>
        <translation>&lt;b&gt;Все листы введены&lt;/b&gt;: один раз: {keyed}, сверено: {verified}, вводы расходятся: {conflict}, самоотводов: {recused}, отсутствовали: {absent}.</translation>
    </message>
</context>
<context>
    <name>ProtocolScreen</name>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>&amp;Open the last PDF</source>
        <translation>&amp;Открыть последний PDF</translation>
    </message>
    <message>
        <source>Language of the pro&amp;tocol:</source>
        <translation>Язык про&amp;токола:</translation>
    </message>
    <message>
        <source>Two languages: every fixed text of the protocol is printed in both; names stay as entered.</source>
        <translation>Два языка: все постоянные тексты протокола печатаются на обоих; имена и названия — как введены.</translation>
    </message>
    <message>
        <source>All sheets are in.</source>
        <translation>Все оценочные листы введены.</translation>
    </message>
    <message>
        <source>Some sheets are still missing: the ranking is provisional.</source>
        <translation>Ещё не все листы введены: рейтинг предварительный.</translation>
    </message>
    <message>
        <source>Jury decision still needed for {codes}.</source>
        <translation>Нужно решение жюри по {codes}.</translation>
    </message>
    <message>
        <source>No tie at the cut waits for a decision.</source>
        <translation>Равенства баллов на границе победителей, ждущего решения, нет.</translation>
    </message>
    <message>
        <source>Before finalizing, print a draft to check; once finalized (step 8), the protocol the jurors sign.</source>
        <translation>До утверждения печатайте черновик для проверки; после утверждения (шаг 8) — протокол, который подписывает жюри.</translation>
    </message>
    <message>
        <source>Pu&amp;blic copy (jurors as J1…Jn, no signatures)</source>
        <translation>Публичная &amp;копия (члены жюри без имён, без подписей)</translation>
    </message>
    <message>
        <source>&amp;Dissenting opinions…  (Ctrl+Shift+O)</source>
        <translation>Особые м&amp;нения…  (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Print the protocol for signature…  (Ctrl+P)</source>
        <translation>Пе&amp;чать протокола для подписи…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print a draft (not for signature)…  (Ctrl+P)</source>
        <translation>Печать &amp;черновика (не для подписи)…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The protocol of the jury&lt;/h3&gt;&lt;p&gt;The PDF lists the winners, the ranking and the jury&apos;s decisions; once the competition is finalized, it has a line for every juror to sign.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Протокол жюри&lt;/h3&gt;&lt;p&gt;В PDF — победители, рейтинг и решения жюри; после утверждения итогов в нём есть строка для подписи каждого члена жюри.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finalized: Ctrl+P prints the protocol for signature. It verifies against the data for as long as the competition stays final.</source>
        <translation>Утверждено: Ctrl+P печатает протокол для подписи. Он совпадает с данными, пока итоги остаются утверждёнными.</translation>
    </message>
    <message>
        <source>Not finalized: Ctrl+P prints a DRAFT to check, with no signature lines. Finalize (step 8) to print the protocol for signature.</source>
        <translation>Не утверждено: Ctrl+P печатает ЧЕРНОВИК для проверки, без строк для подписей. Утвердите итоги (шаг 8), чтобы напечатать протокол для подписи.</translation>
    </message>
    <message>
        <source>Dissenting opinions, printed as written: {codes}.</source>
        <translation>Особые мнения (печатаются как написаны): {codes}.</translation>
    </message>
    <message>
        <source>No juror has stated a dissenting opinion.</source>
        <translation>Особых мнений членами жюри не заявлено.</translation>
    </message>
    <message>
        <source>Print the protocol to</source>
        <translation>Напечатать протокол в файл</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the protocol…</source>
        <translation>Протокол формируется…</translation>
    </message>
    <message>
        <source>protocol.pdf</source>
        <translation>протокол.pdf</translation>
    </message>
    <message>
        <source>protocol-draft.pdf</source>
        <translation>протокол-черновик.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Protocol No. {number} (%n page(s)) written to {path}</source>
        <translation>
            <numerusform>Протокол № {number} (%n страница) записан в {path}</numerusform>
            <numerusform>Протокол № {number} (%n страницы) записан в {path}</numerusform>
            <numerusform>Протокол № {number} (%n страниц) записан в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>A DRAFT, not for signature: finalize (step 8), then print the protocol to sign.</source>
        <translation>ЧЕРНОВИК, не для подписи: утвердите итоги (шаг 8), затем напечатайте протокол для подписи.</translation>
    </message>
    <message>
        <source>Printed as PROVISIONAL: {why}</source>
        <translation>Напечатан как ПРЕДВАРИТЕЛЬНЫЙ: {why}</translation>
    </message>
    <message>
        <source>The protocol for signature.</source>
        <translation>Протокол для подписи.</translation>
    </message>
    <message>
        <source>No PDF viewer could be started: open the file yourself.</source>
        <translation>Не удалось открыть программу просмотра PDF: откройте файл сами.</translation>
    </message>
    <message>
        <source>The protocol was not written: {reason}</source>
        <translation>Протокол не записан: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Write the reason: it is kept in the log.</source>
        <translation>Напишите причину: она сохраняется в журнале.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>The code is fixed once created: marks refer to it.</source>
        <translation>Код после создания не меняется: на него ссылаются оценки.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a valid value</source>
        <translation>{field}: «{value}» — недопустимое значение</translation>
    </message>
    <message>
        <source>Saved {field} of {code}.</source>
        <translation>Сохранено: {code}, {field}.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>New {what}</source>
        <translation>Добавить: {what}</translation>
    </message>
    <message>
        <source>Code (one word; it cannot be changed later):</source>
        <translation>Код (одно слово; потом его не изменить):</translation>
    </message>
    <message>
        <source>Added {code}: now type its name.</source>
        <translation>Добавлен {code}: теперь введите название.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>Delete {code}?</source>
        <translation>Удалить {code}?</translation>
    </message>
    <message>
        <source>Deleted {code}.</source>
        <translation>{code} удалён.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>withdrawn</source>
        <translation>снят с конкурса</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>ещё нет оценок</translation>
    </message>
    <message>
        <source>★ winner</source>
        <translation>★ победитель</translation>
    </message>
    <message>
        <source>⚠ jury decision needed</source>
        <translation>⚠ нужно решение жюри</translation>
    </message>
    <message>
        <source>= tie</source>
        <translation>= равенство баллов</translation>
    </message>
    <message>
        <source>same score, placed by the tie-break</source>
        <translation>тот же балл, место по доп. критериям</translation>
    </message>
    <message>
        <source>below the least score that can win ({floor})</source>
        <translation>ниже проходного балла ({floor})</translation>
    </message>
    <message>
        <source>adjusted {points}</source>
        <translation>корректировка {points}</translation>
    </message>
    <message>
        <source>comment missing</source>
        <translation>нет комментария</translation>
    </message>
    <message>
        <source>sheets missing</source>
        <translation>не все листы</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <source>not a winner</source>
        <translation>не победитель</translation>
    </message>
    <message>
        <source> (no longer applies: the tie changed)</source>
        <translation> (уже не действует: равенство изменилось)</translation>
    </message>
    <message>
        <source>{juror} {total} (median {median})</source>
        <translation>{juror} {total} (медиана {median})</translation>
    </message>
    <message>
        <source>▲ winners above · winners&apos; cut · not winners below ▼</source>
        <translation>▲ выше — победители · граница победителей · ниже — не победители ▼</translation>
    </message>
    <message>
        <source>Tie-break values: {values}</source>
        <translation>Значения доп. критериев: {values}</translation>
    </message>
    <message>
        <source>A juror&apos;s total far from the median of this project&apos;s totals (more than a quarter of the largest possible total).</source>
        <translation>Сумма баллов члена жюри далека от медианы сумм по этому проекту (больше чем на четверть наибольшей возможной суммы).</translation>
    </message>
    <message>
        <source>Place in group</source>
        <translation>Место в группе</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>Общее место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation>Решение жюри</translation>
    </message>
    <message>
        <source>Outlier totals</source>
        <translation>Выбросы</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>The ranking of each group and the winners&apos; cut, as the scoring rules give it.</source>
        <translation>Рейтинг каждой группы и граница победителей по правилам подсчёта.</translation>
    </message>
    <message>
        <source>Record jury &amp;decision…  (Ctrl+D)</source>
        <translation>Записать &amp;решение жюри…  (Ctrl+D)</translation>
    </message>
    <message>
        <source>For a project in a tie at the winners&apos; cut</source>
        <translation>Для проекта с равенством баллов на границе победителей</translation>
    </message>
    <message>
        <source>&amp;Withdraw the decision</source>
        <translation>&amp;Отозвать решение</translation>
    </message>
    <message>
        <source>Other methods: would the winners change?</source>
        <translation>Другие методы: изменились бы победители?</translation>
    </message>
    <message>
        <source>&amp;Other methods</source>
        <translation>&amp;Другие методы</translation>
    </message>
    <message>
        <source>How far the jury &amp;agreed</source>
        <translation>&amp;Согласие жюри</translation>
    </message>
    <message>
        <source>Select a project in a tie at the winners&apos; cut: only such a tie is decided by the jury.</source>
        <translation>Выберите проект с равенством баллов на границе победителей: только такое равенство решает жюри.</translation>
    </message>
    <message>
        <source>the overall list</source>
        <translation>общий список</translation>
    </message>
    <message numerus="yes">
        <source>{codes} are tied at {score} for %n winner place(s) left in {where}. The tie-break criteria did not separate them.</source>
        <translation>
            <numerusform>У {codes} равный балл {score}; мест победителей осталось: %n ({where}). Дополнительные критерии их не разделили.</numerusform>
            <numerusform>У {codes} равный балл {score}; мест победителей осталось: %n ({where}). Дополнительные критерии их не разделили.</numerusform>
            <numerusform>У {codes} равный балл {score}; мест победителей осталось: %n ({where}). Дополнительные критерии их не разделили.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Не записано: {reason}</translation>
    </message>
    <message>
        <source>Decision on the tie {codes} recorded: {winners} take(s) the place(s).</source>
        <translation>Решение по равенству баллов {codes} записано: места занимают {winners}.</translation>
    </message>
    <message>
        <source>Decision on {code} withdrawn (for its whole tie).</source>
        <translation>Решение по {code} отменено (для всего равенства баллов).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provisional:&lt;/b&gt; some sheets are still missing (see Progress).</source>
        <translation>&lt;b&gt;Предварительно:&lt;/b&gt; ещё не все листы введены (см. «Ход оценки»).</translation>
    </message>
    <message>
        <source>All sheets are in.</source>
        <translation>Все листы введены.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jury decision needed&lt;/b&gt; for {codes}: select one and press Ctrl+D.</source>
        <translation>&lt;b&gt;Нужно решение жюри&lt;/b&gt; по {codes}: выберите проект и нажмите Ctrl+D.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член жюри</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>снят с конкурса</translation>
    </message>
</context>
<context>
    <name>RunningOrderScreen</name>
    <message>
        <source>Running order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>The order projects present in. Withdraw a project, or mark a juror absent for one.</source>
        <translation>Порядок, в котором выступают проекты. Здесь можно снять проект с конкурса или отметить отсутствие члена жюри.</translation>
    </message>
    <message>
        <source>Drag a row, or select it and press Alt+↑ / Alt+↓, to change the running order.</source>
        <translation>Чтобы изменить порядок, перетащите строку или выберите её и нажмите Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
        <source>Move &amp;up  (Alt+↑)</source>
        <translation>&amp;Выше  (Alt+↑)</translation>
    </message>
    <message>
        <source>Move do&amp;wn  (Alt+↓)</source>
        <translation>&amp;Ниже  (Alt+↓)</translation>
    </message>
    <message>
        <source>Withdraw / &amp;reinstate</source>
        <translation>&amp;Снять / вернуть</translation>
    </message>
    <message>
        <source>Withdraw {code}</source>
        <translation>Снять {code} с конкурса</translation>
    </message>
    <message>
        <source>{code} already has marks from {n} juror(s). Withdrawn, it is not scored or ranked; its marks are kept, and reinstating it brings them back. Withdraw it?</source>
        <translation>У проекта {code} уже есть оценки членов жюри: {n}. Снятый с конкурса проект не оценивается и не входит в рейтинг; его оценки сохраняются и вернутся, если вернуть проект. Снять его?</translation>
    </message>
    <message>
        <source>&amp;Absent for {code}</source>
        <translation>&amp;Отсутствие на защите {code}</translation>
    </message>
    <message>
        <source>&amp;Absent for this project</source>
        <translation>&amp;Отсутствие на защите этого проекта</translation>
    </message>
    <message>
        <source>Tick a juror who was not in the room (Space). Absent is not recused: a recusal is keyed as R on the scoring sheet.</source>
        <translation>Отметьте члена жюри, которого не было в зале (пробел). Отсутствие — не самоотвод: самоотвод вводится буквой R в оценочном листе.</translation>
    </message>
    <message>
        <source>{code} is withdrawn: it is not scored or ranked.</source>
        <translation>{code} снят с конкурса: он не оценивается и не входит в рейтинг.</translation>
    </message>
    <message>
        <source>{code} is back in the competition.</source>
        <translation>{code} снова в конкурсе.</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <source>Scoring</source>
        <translation>Ввод оценок</translation>
    </message>
    <message>
        <source>Key the marks from the paper sheets. Each mark is saved the moment you press Enter.</source>
        <translation>Введите оценки с бумажных листов. Каждая оценка сохраняется в момент нажатия Enter.</translation>
    </message>
    <message>
        <source>a juror&apos;s sheets (all projects)</source>
        <translation>листы члена жюри (все проекты)</translation>
    </message>
    <message>
        <source>a project&apos;s sheets (all jurors)</source>
        <translation>листы проекта (все члены жюри)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Вводить:</translation>
    </message>
    <message>
        <source>&amp;Sheets of:</source>
        <translation>&amp;Листы:</translation>
    </message>
    <message>
        <source>Finalized: marks are locked. Reopen the competition on the Finalize screen to change them.</source>
        <translation>Утверждено: оценки заблокированы. Чтобы изменить их, откройте конкурс снова на экране «Утверждение».</translation>
    </message>
    <message>
        <source>Type the mark and press Enter: it is saved at once and the cursor moves on.  R: recused (again: lift) · Delete: clear · Esc: drop typing · Ctrl+Z: undo · Ctrl+PgDown / Ctrl+PgUp: next / previous sheet</source>
        <translation>Введите оценку и нажмите Enter: она сразу сохраняется, курсор переходит дальше.  R (или Р): самоотвод (повторно — снять) · Delete: очистить · Esc: сбросить ввод · Ctrl+Z: отменить · Ctrl+PgDown / Ctrl+PgUp: следующий / предыдущий лист</translation>
    </message>
    <message>
        <source>Comment column (after the last criterion): type the juror&apos;s reason and press Enter · F2: edit the saved one · Delete: clear it</source>
        <translation>Столбец комментария (после последнего критерия): введите обоснование члена жюри и нажмите Enter · F2: изменить сохранённое · Delete: удалить</translation>
    </message>
    <message>
        <source>Put the cursor on a mark to see its history.</source>
        <translation>Поставьте курсор на оценку, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>{juror} · {project} · {criterion}</source>
        <translation>{juror} · {project} · {criterion}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {juror} · {project} · {criterion} = {text}: {reason}</source>
        <translation>Не сохранено: {juror} · {project} · {criterion} = {text}: {reason}</translation>
    </message>
    <message>
        <source>Cleared {juror} · {project} · {criterion}.</source>
        <translation>Очищено: {juror} · {project} · {criterion}.</translation>
    </message>
    <message>
        <source>Saved {juror} · {project} · {criterion} = {mark}.</source>
        <translation>Сохранено: {juror} · {project} · {criterion} = {mark}.</translation>
    </message>
    <message>
        <source>Comment saved: {juror} · {project}.</source>
        <translation>Комментарий сохранён: {juror} · {project}.</translation>
    </message>
    <message>
        <source>Comment cleared: {juror} · {project}.</source>
        <translation>Комментарий удалён: {juror} · {project}.</translation>
    </message>
    <message>
        <source>{juror} is recused from {project}: their marks for it do not count.</source>
        <translation>Самоотвод {juror} по проекту {project}: его оценки за этот проект не учитываются.</translation>
    </message>
    <message>
        <source>Recusal of {juror} from {project} lifted.</source>
        <translation>Самоотвод {juror} по проекту {project} снят.</translation>
    </message>
    <message>
        <source>End of these sheets. Ctrl+PgDown opens the next one.</source>
        <translation>Конец этих листов. Ctrl+PgDown откроет следующие.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Подза&amp;головок:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>What the group column mea&amp;ns:</source>
        <translation>Что означает столбец гр&amp;уппы:</translation>
    </message>
    <message>
        <source>Score met&amp;hod:</source>
        <translation>Метод под&amp;счёта:</translation>
    </message>
    <message>
        <source>Tri&amp;m (trimmed mean):</source>
        <translation>Отбр&amp;асывать (усечённое среднее):</translation>
    </message>
    <message>
        <source>Norm&amp;alisation:</source>
        <translation>Нормали&amp;зация:</translation>
    </message>
    <message>
        <source>Mar&amp;ks step:</source>
        <translation>&amp;Шаг оценок:</translation>
    </message>
    <message>
        <source>Tie-&amp;break criteria:</source>
        <translation>Доп. критерии при равенст&amp;ве:</translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation>Победите&amp;ли:</translation>
    </message>
    <message>
        <source>Second ke&amp;ying of each sheet:</source>
        <translation>Второй ввод ка&amp;ждого листа:</translation>
    </message>
    <message>
        <source>Least score that can &amp;qualify:</source>
        <translation>Проходной &amp;балл:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Сведение оценок:</translation>
    </message>
    <message>
        <source>Round each criterion&apos;s panel score to:</source>
        <translation>Округлять оценку жюри по критерию до:</translation>
    </message>
    <message>
        <source>Round each weighted part or juror total to:</source>
        <translation>Округлять взвешенную часть или сумму члена жюри до:</translation>
    </message>
    <message>
        <source>Round the project&apos;s score to:</source>
        <translation>Округлять итоговый балл проекта до:</translation>
    </message>
    <message>
        <source>Half-way values are rounded:</source>
        <translation>Половины округляются:</translation>
    </message>
    <message>
        <source>Juror comments:</source>
        <translation>Комментарии членов жюри:</translation>
    </message>
    <message>
        <source>Dates as year-month-day, separated by commas</source>
        <translation>Даты в виде год-месяц-день через запятую</translation>
    </message>
    <message>
        <source>mean of the jurors&apos; totals</source>
        <translation>среднее сумм баллов членов жюри</translation>
    </message>
    <message>
        <source>trimmed mean (drop highest and lowest)</source>
        <translation>усечённое среднее (без наибольших и наименьших)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>z-score per juror</source>
        <translation>z-оценка по каждому члену жюри</translation>
    </message>
    <message>
        <source>whole points (1)</source>
        <translation>целые баллы (1)</translation>
    </message>
    <message>
        <source>half points (0.5)</source>
        <translation>полбалла (0,5)</translation>
    </message>
    <message>
        <source>top N of each group</source>
        <translation>первые N в каждой группе</translation>
    </message>
    <message>
        <source>top N overall</source>
        <translation>первые N в общем списке</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>required before the protocol is final</source>
        <translation>обязателен до итогового протокола</translation>
    </message>
    <message>
        <source>per juror: the method over the jurors&apos; totals</source>
        <translation>по членам жюри: метод по суммам членов жюри</translation>
    </message>
    <message>
        <source>per criterion: the method over each criterion&apos;s marks, then weighted and summed</source>
        <translation>по критериям: метод по оценкам каждого критерия, затем веса и сумма</translation>
    </message>
    <message>
        <source>up, away from zero (0.125 → 0.13)</source>
        <translation>вверх, от нуля (0,125 → 0,13)</translation>
    </message>
    <message>
        <source>to the even digit (0.125 → 0.12)</source>
        <translation>к чётной цифре (0,125 → 0,12)</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>не ведутся</translation>
    </message>
    <message>
        <source>required for every sheet</source>
        <translation>обязательны для каждого листа</translation>
    </message>
    <message>
        <source>criterion codes in order, e.g. relevance, quality</source>
        <translation>коды критериев по порядку, например relevance, quality</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Со&amp;хранить параметры</translation>
    </message>
    <message>
        <source>not rounded</source>
        <translation>не округлять</translation>
    </message>
    <message>
        <source> decimal place(s)</source>
        <translation> зн. после запятой</translation>
    </message>
    <message>
        <source>none: any score can win</source>
        <translation>нет: победить может любой балл</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Параметры сохранены.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>The competition, its jurors, criteria and projects. Type into a table to change it, or import the organisers&apos; files (a preview comes first).</source>
        <translation>Конкурс, члены жюри, критерии и проекты. Изменяйте данные прямо в таблицах или импортируйте файлы организаторов (сначала будет предпросмотр).</translation>
    </message>
    <message>
        <source>juror</source>
        <translation>член жюри</translation>
    </message>
    <message>
        <source>&amp;Add juror</source>
        <translation>&amp;Добавить члена жюри</translation>
    </message>
    <message>
        <source>&amp;Delete juror</source>
        <translation>&amp;Удалить члена жюри</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Добавить критерий</translation>
    </message>
    <message>
        <source>&amp;Delete criterion</source>
        <translation>&amp;Удалить критерий</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>&amp;Добавить проект</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation>&amp;Удалить проект</translation>
    </message>
    <message>
        <source>&amp;Competition</source>
        <translation>&amp;Конкурс</translation>
    </message>
    <message>
        <source>&amp;Jurors</source>
        <translation>&amp;Члены жюри</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>К&amp;ритерии</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>Пр&amp;оекты</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>&amp;Импорт папки…</translation>
    </message>
    <message>
        <source>A competition folder: competition.toml, projects, jurors, criteria, scores</source>
        <translation>Папка конкурса: competition.toml, projects, jurors, criteria, scores</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/XLSX)…</source>
        <translation>Импорт &amp;таблицы (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>The organisers&apos; project list, or a jurors, criteria or scores table</source>
        <translation>Список проектов от организаторов или таблица членов жюри, критериев или оценок</translation>
    </message>
    <message>
        <source>E&amp;xport folder…</source>
        <translation>&amp;Экспорт папки…</translation>
    </message>
    <message>
        <source>Import a competition folder</source>
        <translation>Импорт папки конкурса</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from {source}: %n record(s) changed.</source>
        <translation>
            <numerusform>Импорт из {source}: изменена %n запись.</numerusform>
            <numerusform>Импорт из {source}: изменено %n записи.</numerusform>
            <numerusform>Импорт из {source}: изменено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>В папку {folder} записан %n файл.</numerusform>
            <numerusform>В папку {folder} записано %n файла.</numerusform>
            <numerusform>В папку {folder} записано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This also deletes %n mark(s) given so far. Deleting cannot be undone with Ctrl+Z.</source>
        <translation>
            <numerusform>Вместе с ним удаляется %n уже выставленная оценка. Удаление нельзя отменить через Ctrl+Z.</numerusform>
            <numerusform>Вместе с ним удаляются %n уже выставленные оценки. Удаление нельзя отменить через Ctrl+Z.</numerusform>
            <numerusform>Вместе с ним удаляется %n уже выставленных оценок. Удаление нельзя отменить через Ctrl+Z.</numerusform>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>На заседании</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>project withdrawn</source>
        <translation>проект снят</translation>
    </message>
    <message>
        <source>R — recused</source>
        <translation>R — самоотвод</translation>
    </message>
    <message>
        <source>absent (not recused)</source>
        <translation>отсутствие (не самоотвод)</translation>
    </message>
    <message>
        <source>marks in, comment missing</source>
        <translation>оценки есть, нет комментария</translation>
    </message>
    <message>
        <source>✔ complete</source>
        <translation>✔ готово</translation>
    </message>
    <message>
        <source>{done} of {n}</source>
        <translation>{done} из {n}</translation>
    </message>
    <message>
        <source>Type the juror&apos;s comment; F2 edits the saved one</source>
        <translation>Введите комментарий члена жюри; F2 — изменить сохранённый</translation>
    </message>
    <message>
        <source>{name}: 0 to {max}, step {step}</source>
        <translation>{name}: от 0 до {max}, шаг {step}</translation>
    </message>
    <message>
        <source>{name}
max {max} × {weight}</source>
        <translation>{name}
макс. {max} × {weight}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>In the list of steps: show the step above or below (Enter goes in)</source>
        <translation>В списке шагов: показать шаг выше или ниже (Enter — перейти в него)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
        <source>Press that button, or go to that field or list</source>
        <translation>Нажать эту кнопку или перейти к этому полю или списку</translation>
    </message>
    <message>
        <source>Move the project up</source>
        <translation>Переместить проект выше</translation>
    </message>
    <message>
        <source>Move the project down</source>
        <translation>Переместить проект ниже</translation>
    </message>
    <message>
        <source>Leave the table for the list of absent jurors</source>
        <translation>Перейти из таблицы к списку отсутствующих членов жюри</translation>
    </message>
    <message>
        <source>In the absent list: tick or clear the juror under the cursor</source>
        <translation>В списке отсутствующих: отметить члена жюри под курсором или снять отметку</translation>
    </message>
    <message>
        <source>Start or pause the clock</source>
        <translation>Запустить отсчёт времени или поставить его на паузу</translation>
    </message>
    <message>
        <source>In the running order: put that project on stage</source>
        <translation>В порядке выступлений: вывести этот проект на сцену</translation>
    </message>
    <message>
        <source>Save the mark typed and go to the next cell (then the next sheet)</source>
        <translation>Сохранить введённую оценку и перейти к следующей ячейке (затем к следующему листу)</translation>
    </message>
    <message>
        <source>Recuse the juror from the project; again: lift the recusal (the key marked R, whatever the keyboard layout)</source>
        <translation>Самоотвод члена жюри по проекту; повторно — снять самоотвод (клавиша с буквой R при любой раскладке)</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Стереть оценку</translation>
    </message>
    <message>
        <source>In the comment column: edit the saved comment</source>
        <translation>В столбце комментария: изменить сохранённый комментарий</translation>
    </message>
    <message>
        <source>Drop what was typed in the cell</source>
        <translation>Отменить набранное в ячейке</translation>
    </message>
    <message>
        <source>Next sheet</source>
        <translation>Следующий лист</translation>
    </message>
    <message>
        <source>Previous sheet</source>
        <translation>Предыдущий лист</translation>
    </message>
    <message>
        <source>Open that sheet on Scoring</source>
        <translation>Открыть этот лист на шаге «Ввод оценок»</translation>
    </message>
    <message>
        <source>The paper sheet is back, or out again</source>
        <translation>Бумажный лист вернулся или снова выдан</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: record it (Tab leaves the reason)</source>
        <translation>В решении жюри: записать его (Tab — выйти из поля причины)</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: tick or clear the project under the cursor (the ticked ones take the places left)</source>
        <translation>В решении жюри: отметить проект под курсором или снять отметку (отмеченные занимают оставшиеся места)</translation>
    </message>
    <message>
        <source>In the jury&apos;s decision: type the votes for, against and abstaining (digits; all three empty: no vote recorded)</source>
        <translation>В решении жюри: голоса за, против и воздержавшихся (цифрами; все три поля пусты — голосование не записано)</translation>
    </message>
    <message>
        <source>In the dissenting opinions: save the opinion (Enter starts a new line, Tab leaves it)</source>
        <translation>В особых мнениях: сохранить мнение (Enter — новая строка, Tab — выйти из поля)</translation>
    </message>
    <message>
        <source>In an adjustment&apos;s points or rule: save the adjustment</source>
        <translation>В баллах или основании корректировки: сохранить корректировку</translation>
    </message>
    <message>
        <source>In the list of adjustments: remove the one under the cursor</source>
        <translation>В списке корректировок: удалить выбранную</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Nothing to key yet</source>
        <translation>Вводить пока нечего</translation>
    </message>
    <message>
        <source>Marks still to key: {n}</source>
        <translation>Осталось ввести оценок: {n}</translation>
    </message>
    <message>
        <source>All marks are keyed</source>
        <translation>Все оценки введены</translation>
    </message>
</context>
<context>
    <name>VerdictActions</name>
    <message>
        <source>Export the results &amp;workbook (Excel)…</source>
        <translation>Вы&amp;грузить книгу результатов…</translation>
    </message>
    <message>
        <source>&amp;Diplomas and award script…</source>
        <translation>&amp;Дипломы и сценарий награждения…</translation>
    </message>
    <message>
        <source>Feedback pages per pro&amp;ject…</source>
        <translation>Отзывы по проект&amp;ам…</translation>
    </message>
    <message>
        <source>Chec&amp;k a printed protocol or a photo of it…</source>
        <translation>Проверить напе&amp;чатанный протокол или его фото…</translation>
    </message>
    <message>
        <source>Export the results workbook to</source>
        <translation>Выгрузить книгу результатов в</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Results workbook written to {path}</source>
        <translation>Книга результатов записана: {path}</translation>
    </message>
    <message>
        <source>Write the diplomas into the folder</source>
        <translation>Записать дипломы в папку</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Дипломы</translation>
    </message>
    <message>
        <source>Also a certificate of participation for every project that did not win?</source>
        <translation>Также сертификат участника для каждого проекта, не ставшего победителем?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}, the award script among them</source>
        <translation>
            <numerusform>%n файл записан в {folder}, включая сценарий награждения</numerusform>
            <numerusform>%n файла записано в {folder}, включая сценарий награждения</numerusform>
            <numerusform>%n файлов записано в {folder}, включая сценарий награждения</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the feedback pages into the folder</source>
        <translation>Записать отзывы в папку</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback page(s) written to {folder}</source>
        <translation>
            <numerusform>%n отзыв записан в {folder}</numerusform>
            <numerusform>%n отзыва записано в {folder}</numerusform>
            <numerusform>%n отзывов записано в {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a printed protocol</source>
        <translation>Проверка напечатанного протокола</translation>
    </message>
    <message>
        <source>Protocols and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Протоколы и фото (*.pdf *.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{file}: no Jury Room QR code found in the image. Photograph or scan page 1 of the protocol, where the code is, whole and in focus.</source>
        <translation>{file}: на изображении не найден QR-код Jury Room. Сфотографируйте или отсканируйте страницу 1 протокола, где стоит код, целиком и резко.</translation>
    </message>
    <message>
        <source>{file}: the file is damaged and cannot be read.</source>
        <translation>{file}: файл повреждён и не читается.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{file}: not a Jury Room protocol (neither a protocol PDF nor a photo of one).</source>
        <translation>{file}: это не протокол Jury Room (ни PDF протокола, ни его фото).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a sheet: second keying</source>
        <translation>Сверка листа: второй ввод</translation>
    </message>
    <message>
        <source>&amp;Keyed by:</source>
        <translation>&amp;Вводит:</translation>
    </message>
    <message>
        <source>&amp;Sheet code:</source>
        <translation>&amp;Код листа:</translation>
    </message>
    <message>
        <source>as printed on the sheet, e.g. J1-7F3A-C2D9</source>
        <translation>как напечатан на листе, например J1-7F3A-C2D9</translation>
    </message>
    <message>
        <source>Type every mark again from the paper; Enter saves it and compares it with the first keying. R: recused. F2 on a difference settles it. The last column takes the juror&apos;s own total.</source>
        <translation>Введите каждую оценку с бумаги ещё раз; Enter сохраняет её и сравнивает с первым вводом. R — самоотвод. F2 на расхождении — решить его. В последний столбец вводится сумма, подсчитанная членом жюри.</translation>
    </message>
    <message>
        <source>Type who is keying first.</source>
        <translation>Сначала укажите, кто вводит.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>{juror}: the sheet is open; its cells are empty.</source>
        <translation>{juror}: лист открыт, клетки пусты.</translation>
    </message>
    <message>
        <source>Same as the first keying. Sheet: {state}.</source>
        <translation>Совпадает с первым вводом. Лист: {state}.</translation>
    </message>
    <message>
        <source>The juror&apos;s total {second} differs from Σ weight × mark = {first}: check the sheet.</source>
        <translation>Сумма члена жюри {second} не равна Σ вес × оценка = {first}: проверьте лист.</translation>
    </message>
    <message>
        <source>Differs from the first keying ({first}): F2 settles it.</source>
        <translation>Не совпадает с первым вводом ({first}): F2 — решить.</translation>
    </message>
    <message>
        <source>Nothing to settle here.</source>
        <translation>Здесь нечего решать.</translation>
    </message>
    <message>
        <source>Settle a difference</source>
        <translation>Решение расхождения</translation>
    </message>
    <message>
        <source>First keying: {first}; second keying: {second} (keyed by {by}). The right value:</source>
        <translation>Первый ввод: {first}; второй ввод: {second} (вводил(а) {by}). Верное значение:</translation>
    </message>
    <message>
        <source>Settled. Sheet: {state}.</source>
        <translation>Решено. Лист: {state}.</translation>
    </message>
</context>
</TS>
