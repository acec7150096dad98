"""The protocol of the jury: a signed, verifiable PDF of the ranking and the winners.

`write_protocol(competition, path)` writes it (the GUI's print button and the `protocol`
command); `verify(path, competition)` checks a printed one against the data.
"""

from app.protocol.document import Printed, protocol_number, render_protocol, write_protocol
from app.protocol.texts import LANGUAGES
from app.protocol.verify import Verdict, compare, read_stamp, verify

__all__ = ["LANGUAGES", "Printed", "Verdict", "compare", "protocol_number", "read_stamp",
           "render_protocol", "verify", "write_protocol"]
