"""The protocol's fixed texts in English (the language the ids are named after)."""

EN: dict[str, str] = {
    # document and page furniture
    "doc.title": "Protocol of the jury",
    "doc.heading": "PROTOCOL OF THE JURY",
    "doc.number": "Protocol No. {number}",
    "doc.venue": "Venue: {venue}",
    "doc.dates": "Dates: {dates}",
    "doc.printed": "Date and time: {when}",
    "doc.printed_note": "the time of the last recorded change to the data",
    "doc.fingerprint": "Data fingerprint (SHA-256): {fingerprint}",
    "doc.fingerprint_note": "The fingerprint identifies the data this protocol was made from. "
                            "The QR code carries it; the footer of every page repeats its "
                            "first digits.",
    "page.footer": "Page {page} of {pages}",
    "page.footer_fp": "Protocol No. {number} · fingerprint {short}",
    "provisional.mark": "PROVISIONAL",
    "provisional.banner": "PROVISIONAL RESULT: {reasons}",
    "provisional.missing": "marks are missing",
    "provisional.not_final": "the competition is not finalized",
    "provisional.undecided": "a tie at the winners' cut awaits the jury's decision",
    "provisional.conflict": "score sheets keyed twice differ",
    "provisional.unverified": "not every score sheet is verified",
    "provisional.join": "; ",
    # before finalize: a draft, not for signature
    "draft.mark": "DRAFT",
    "draft.banner": "DRAFT — NOT FOR SIGNATURE: {reasons}",
    "draft.heading": "DRAFT — NOT FOR SIGNATURE",
    "draft.heading_note": "This draft is for checking the data. The protocol to sign is printed "
                          "once the competition is finalized, and has another number.",
    "draft.sign_heading": "No signatures: this is a draft",
    "draft.sign_note": "Finalize the competition, then print the protocol for signature: it has a "
                       "line for every member of the jury and the secretary to sign.",
    # dates
    "date.full": "{day} {month} {year}",
    "date.same_month": "{day1}–{day2} {month} {year}",
    "date.same_year": "{day1} {month1} – {day2} {month2} {year}",
    "date.range": "{first} – {last}",
    "datetime": "{date}, {time} {zone}",
    "month.1": "January", "month.2": "February", "month.3": "March", "month.4": "April",
    "month.5": "May", "month.6": "June", "month.7": "July", "month.8": "August",
    "month.9": "September", "month.10": "October", "month.11": "November",
    "month.12": "December",
    "number.decimal": ".",
    "item": "{code} — {name}",
    # 1. the jury
    "jury.heading": "1. The jury",
    "jury.col.no": "No.",
    "jury.col.code": "Code",
    "jury.col.name": "Name",
    "jury.col.position": "Position",
    "jury.col.role": "Role",
    "role.chair": "Chair of the jury",
    "role.member": "Member of the jury",
    "role.secretary": "Secretary of the jury",
    "role.short.chair": "Chair",
    "role.short.member": "Member",
    "role.short.secretary": "Secretary",
    "jury.none": "No jurors are recorded.",
    # 2. the method
    "method.heading": "2. How the result was computed",
    "method.criteria": "Each juror marks each project on the criteria below, in steps of "
                       "{step}. A juror's total for a project is the sum over the "
                       "criteria of weight × mark, at most {max_total}.",
    "method.col.no": "No.",
    "method.col.criterion": "Criterion",
    "method.col.max": "Max.",
    "method.col.weight": "Weight",
    "method.col.weighted": "Max. × weight",
    "method.col.total": "Largest total",
    "method.mean": "A project's score is the arithmetic mean of the totals of the jurors "
                   "who marked it; recused and absent jurors do not count.",
    "method.trimmed_mean": "A project's score is the mean of the totals of the jurors who "
                           "marked it after dropping the {trim} highest and the {trim} "
                           "lowest (when it has at least {least} totals; otherwise the plain "
                           "mean); recused and absent jurors do not count.",
    "method.median": "A project's score is the median of the totals of the jurors who "
                     "marked it; recused and absent jurors do not count.",
    "method.zscore": "Before that, each juror's totals are normalised (z-score): a total t "
                     "becomes (t − m_j) / s_j × s + m, where m_j and s_j are the mean and "
                     "standard deviation of that juror's totals and m and s those of all "
                     "totals, so that a strict and a lenient juror weigh the same.",
    "method.ties": "Projects with equal scores are ordered by the mean weighted mark on "
                   "{criteria}, in that order. A tie that survives these is a tie: the "
                   "projects share the place and are never separated by name or code.",
    "method.ties_none": "No tie-break criteria are set: projects with equal scores share "
                        "the place.",
    "method.winners_group": "Winners: the {n} best projects in each group "
                            "(by the column “{label}”).",
    "method.winners_total": "Winners: the {n} best projects overall.",
    "method.winners_none": "No winners' rule is set.",
    "method.cut": "When a tie straddles the winners' cut, the jury decides which of the "
                  "tied projects win and records its reason (section 5).",
    "method.rounding": "Scores are shown rounded to two decimals; the ranking uses the "
                       "unrounded values.",
    "method.verified": "Score sheets keyed twice and found the same (verified): {verified} of "
                       "{total}.",
    # 3. the ranking
    "ranking.heading": "3. Ranking of the projects",
    "ranking.group": "{label}: {group}",
    "ranking.all": "All projects",
    "ranking.col.place": "Place",
    "ranking.overall": "Winners are chosen from one list of all projects, so the place "
                       "shown is the place among all projects.",
    "ranking.col.code": "Code",
    "ranking.col.title": "Project",
    "ranking.col.organization": "Organisation",
    "ranking.col.score": "Score",
    "ranking.col.notes": "Notes",
    "ranking.none": "No projects are recorded.",
    "note.winner": "winner",
    "note.winner_decided": "winner by jury decision",
    "note.refused_decided": "not a winner by jury decision",
    "note.tie": "tie",
    "note.decision_needed": "jury decision needed",
    "note.decision_stale": "recorded decision no longer applies",
    "note.recused": "recused: {jurors}",
    "note.absent": "absent: {jurors}",
    "note.incomplete": "marks missing: {count}",
    "note.unscored": "not scored",
    "note.withdrawn": "withdrawn",
    "note.join": "; ",
    # 4. the winners
    "winners.heading": "4. The winners",
    "winners.none": "No winners.",
    "winners.open": "Not yet decided: {places} between {codes}, tied at {score}.",
    # 5. decisions
    "decisions.heading": "5. The jury's decisions on ties at the cut",
    "decisions.none": "There was no tie at the winners' cut.",
    "decisions.tie_group": "{label}: {group}. Tied at {score} for {places}: {tied}.",
    "decisions.tie_total": "Tied at {score} for {places}: {tied}.",
    # counted nouns: `Texts.count` picks the form by the language's rule (PLURAL_FORMS)
    "count.place.one": "{n} place",
    "count.place.other": "{n} places",
    "count.point.one": "{n} point",
    "count.point.other": "{n} points",
    "decisions.col.code": "Code",
    "decisions.col.project": "Project",
    "decisions.col.decision": "Decision",
    "decisions.col.reason": "Reason",
    "decisions.winner": "winner",
    "decisions.not_winner": "not a winner",
    "decisions.undecided": "not decided yet",
    "decisions.pending_winner": "winner (pending)",
    "decisions.pending_not_winner": "not a winner (pending)",
    "decisions.open": "This tie is not decided whole yet: the decisions recorded so far take "
                      "effect once every project in it has one.",
    "decisions.stale": "Decisions recorded earlier that no longer apply, because the tie "
                       "they were taken on has changed:",
    # 6. recusals and absences
    "absence.heading": "6. Recusals and absences",
    "absence.none": "No juror was recused or absent.",
    "absence.col.juror": "Juror",
    "absence.col.project": "Project",
    "absence.col.kind": "Status",
    "absence.recused": "recused (conflict of interest)",
    "absence.absent": "absent",
    # signatures
    "sign.heading": "Signatures",
    "sign.intro": "The members of the jury confirm this protocol with their signatures.",
    "sign.line": "signature",
    "sign.name": "name",
    # annex: the consolidated statement of marks
    "statement.heading": "Annex. Consolidated statement of marks",
    "statement.intro": "For each project, in running order within each group: every "
                       "juror's mark on every criterion (the columns are the criteria of "
                       "section 2 by number, each with its maximum ≤ and weight ×), the "
                       "juror's total Σ weight × mark, then the score worked out step by "
                       "step as section 2 says, the adjustment, the score and the places, "
                       "and the jurors' comments. From it anyone can recompute every score "
                       "and every place.",
    "statement.legend": "{recused}: recused; {absent}: absent; {missing}: no mark; "
                        "{partial}: not every criterion marked yet (the total counts the "
                        "marks given).",
    "statement.left_out": "In [brackets]: a value the method of section 2 leaves out.",
    "statement.zscore": "The jurors' totals are normalised (z-scores, section 2) before "
                        "the mean is taken: the normalised totals are in the last column.",
    "statement.method": "Panel score: the {method}, as section 2 says.",
    "statement.of_totals.mean": "mean of the jurors' totals",
    "statement.of_totals.trimmed_mean": "mean of the jurors' totals without the {trim} "
                                        "highest and the {trim} lowest",
    "statement.of_totals.median": "median of the jurors' totals",
    "statement.of_marks.mean": "mean of the marks on the criterion",
    "statement.of_marks.trimmed_mean": "mean of the marks on the criterion without the "
                                       "{trim} highest and the {trim} lowest",
    "statement.of_marks.median": "median of the marks on the criterion",
    "statement.part": "part {part} of {parts}",
    "statement.col.juror": "Juror",
    "statement.col.total": "Total",
    "statement.col.rounded": "Rounded",
    "statement.col.normalised": "Normalised",
    "statement.panel_totals": "Panel score",
    "statement.panel": "Panel score",
    "statement.rounded": "Rounded {to}",
    "statement.weighted": "× weight; sum",
    "statement.weighted_rounded": "× weight, rounded {to}; sum",
    "statement.score_rounded": "Score rounded {to}",
    "statement.adjustment": "Adjustment",
    "statement.score": "Score",
    "statement.place_group": "Place in the group",
    "statement.place_total": "Place overall",
    "statement.comments": "Comments:",
    "method.statement": "The annex (consolidated statement of marks) gives every juror's "
                        "mark on every criterion and every step of every score.",
    # annex
    "annex.recused": "R",
    "annex.absent": "A",
    "annex.missing": "–",
    "annex.partial": "*",
    # the jury's meeting (issue 17)
    "doc.group": "Group",
    "doc.data_id": "Data ID: {id}",
    "doc.place": "Place of the meeting: {place}",
    "doc.opened": "The meeting opened: {when}",
    "doc.closed": "The meeting closed: {when}",
    "doc.chaired": "Chaired by: {name}",
    "jury.col.attendance": "Attendance",
    "attendance.present": "present",
    "attendance.remote": "by video link",
    "attendance.absent": "absent",
    "jury.quorum": "{taking} of the {scoring} voting members of the jury took part in the meeting "
                   "({present} in the room, {remote} by video link). The quorum of {share} (at "
                   "least {needed}) is present: the meeting may decide.",
    "jury.no_quorum": "{taking} of the {scoring} voting members of the jury took part in the meeting "
                      "({present} in the room, {remote} by video link). The quorum of {share} (at "
                      "least {needed}) is NOT present: the meeting may not decide.",
    "jury.quorum_none": "{taking} of the {scoring} voting members of the jury took part in the meeting "
                        "({present} in the room, {remote} by video link); no quorum is set.",
    "winners.resolved": "RESOLVED: to declare the following projects the winners of the competition.",
    "decisions.col.votes": "Vote",
    "decisions.votes": "for {yes}, against {no}, abstained {abstain}",
    "decisions.casting": "votes equal: the chair's casting vote decided",
    "decisions.no_votes": "not recorded",
    "opinions.heading": "7. Dissenting opinions",
    "opinions.none": "No member of the jury stated a dissenting opinion.",
    "opinions.intro": "A member of the jury who disagrees with the decision states a dissenting "
                      "opinion, which is part of this protocol.",
    "sign.date": "date",
    "sign.remote": "took part by video link",
    "provisional.no_quorum": "the meeting had no quorum",
    # a place the tie-break decided, with the values it compared
    "note.tiebreak_ahead": "ahead on {criterion} {mine} : {theirs}",
    "note.tiebreak_behind": "behind on {criterion} {mine} : {theirs}",
    "influence.heading": "Would one juror change the winners?",
    "influence.none": "No single juror's marks change the winners.",
    "influence.or": " or ",
    "influence.instead": "Without the marks of {jurors}: {gained} would win instead of {lost}.",
    "influence.lose": "Without the marks of {jurors}: {lost} would not be sure of a place.",
    "influence.also": "Without the marks of {jurors}: {gained} would win too.",
    "influence.tie": "Without the marks of {jurors}: a tie at the cut would need the jury's decision.",
    "public.heading": "Public copy",
    "public.note": "This is the public copy of protocol № {number}: jurors are shown as J1…J{n} and it carries no signatures. The signed protocol, with the same number and fingerprint {short}, is kept by the organisers.",
}
