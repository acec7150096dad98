"""What the organisers take away after the verdict: the results workbook, diplomas, a
feedback page per project and the award script. Pure functions from a `Competition` to
bytes or files; no Qt."""
