"""Fast: a keyed mark's snapshot shares the marks that did not change
(app.fast.keyed_marks); plain twin: a new dict of every mark. Each snapshot equals a fresh
load of its moment."""

from app.service import JuryService


def test_snapshots_of_keyed_marks_share_what_did_not_change(demo_store):
    """After the marks were read, each keyed or cleared mark gives a snapshot that holds
    the marks of its moment, whatever is keyed later, and compares equal to a fresh load."""
    service = JuryService(demo_store)
    dict(service.competition().marks)  # read them: from now on they are kept up to date
    moments = []
    for juror, project, criterion, text in (("J5", "RU-05", "relevance", "9"),
                                            ("J1", "RU-01", "impact", ""),
                                            ("J2", "KZ-01", "quality", "3")):
        service.enter_mark(juror, project, criterion, text)
        moments.append((service.competition(), dict(demo_store.load().marks)))
    for snapshot, expected in moments:
        assert dict(snapshot.marks) == expected and len(snapshot.marks) == len(expected)
        assert snapshot.marks == expected
    assert ("J1", "RU-01", "impact") not in moments[-1][0].marks
    assert moments[-1][0].marks.get(("J2", "KZ-01", "quality")) == 3.0
