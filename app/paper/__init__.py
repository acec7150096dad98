"""The paper loop: score sheets printed for the jurors, their return checked in, every
sheet keyed twice (blind, on this laptop or on a second one) and the differences settled.

`state` is the one rule for a sheet's state (the Progress board and `jury-room progress`
both use it); `records` reads and writes the loop's own tables through the store's one
audited write gate; `codes` names a printed sheet; `sheets_pdf` prints them; `copies`
hands a keying copy over and merges it back.
"""
