"""Which page of a printed protocol is which page of the protocol the data gives.

Comparing page N with page N would report every page after a removed one as different;
so the two lists are walked side by side, and where a page does not match, a few pages
ahead on either side are tried: a match there means pages were removed (missing) or
added (extra) in between. A page that matches none of them is a page that differs: a
changed digit, an overlay, or a page spliced in from another protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from app.protocol.pixels import Area

# how many pages ahead a removed or added run of pages is looked for: an annex of a few
# pages taken out, or one page slipped in; further than that is reported page by page
LOOKAHEAD = 4


@dataclass(frozen=True)
class PageFinding:
    """One page that is not as the data gives it.

    what: "differs" (file page `page` against the data's page `expected`, at `area`),
    "missing" (the data's page `expected` is not in the file) or "extra" (the file's
    page `page` is not in the data's protocol). Pages count from 1."""

    what: str
    page: int | None
    expected: int | None
    area: Area | None = None

    def words(self) -> str:
        if self.what == "missing":
            return f"page {self.expected} of the protocol the data gives is missing"
        if self.what == "extra":
            return f"page {self.page} is not in the protocol the data gives (an extra page)"
        if self.area is not None and self.area.tiles < 0:
            return f"page {self.page} has another page size"
        where = (f" at about {self.area.x_mm} mm from the left, {self.area.y_mm} mm from "
                 "the top") if self.area else ""
        other = "" if self.page == self.expected else f" (compared with its page {self.expected})"
        return f"page {self.page} differs from the data's{other}{where}"


def match_pages(n_file: int, n_data: int,
                difference: Callable[[int, int], Area | None]) -> list[PageFinding]:
    """The pages that do not match; `difference(i, j)` compares file page i with data
    page j (0-based) and is None when they show the same."""
    known: dict[tuple[int, int], Area | None] = {}

    def diff(i: int, j: int) -> Area | None:
        if (i, j) not in known:
            known[(i, j)] = difference(i, j)
        return known[(i, j)]

    def same(i: int, j: int) -> bool:
        return i < n_file and j < n_data and diff(i, j) is None

    findings: list[PageFinding] = []
    i = j = 0
    while i < n_file and j < n_data:
        if same(i, j):
            i, j = i + 1, j + 1
            continue
        step = _skip(i, j, same)
        if step > 0:            # the data's pages j .. j+step-1 are not in the file
            findings += [PageFinding("missing", None, k + 1) for k in range(j, j + step)]
            j += step
        elif step < 0:          # the file's pages i .. i-step-1 are not in the data's
            findings += [PageFinding("extra", k + 1, None) for k in range(i, i - step)]
            i -= step
        else:
            findings.append(PageFinding("differs", i + 1, j + 1, diff(i, j)))
            i, j = i + 1, j + 1
    findings += [PageFinding("extra", k + 1, None) for k in range(i, n_file)]
    findings += [PageFinding("missing", None, k + 1) for k in range(j, n_data)]
    return findings


def _skip(i: int, j: int, same: Callable[[int, int], bool]) -> int:
    """+k: the file's page i is the data's page j+k (k pages missing before it);
    -k: the data's page j is the file's page i+k (k extra pages); 0: neither."""
    for k in range(1, LOOKAHEAD + 1):
        if same(i, j + k):
            return k
        if same(i + k, j):
            return -k
    return 0
