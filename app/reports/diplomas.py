"""Diplomas: one landscape A4 PDF per winner (and, if asked, a certificate of
participation for every other project), from a template the organisers can change.

The template (resources/diploma.toml is the default, and documents every key) gives the
heading and the wording in each language and the signatures at the foot. Titles,
organisations and names are printed exactly as entered. A template that cannot be used
(unknown field, missing key, bad TOML) is refused with one line naming the file and key.
"""

from __future__ import annotations

import io
import re
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer
from xml.sax.saxutils import escape

from app.errors import InputError
from app.files import write_atomic
from app.model import Competition
from app.paths import resource
from app.protocol import fonts
from app.protocol.archival import ArchivalCanvas
from app.protocol.texts import Language, split_languages
from app.reports.ceremony import awards, require_final
from app.scoring import Results, compute

FIELDS = {"title", "organization", "code", "group", "place", "competition", "subtitle",
          "venue", "dates"}
PAGE = landscape(A4)
INK = HexColor("#1F2A44")


@dataclass(frozen=True)
class Template:
    languages: tuple[str, ...]
    texts: dict[str, dict[str, str]]          # language -> key -> text
    signatures: tuple[tuple[str, dict[str, str]], ...]   # (name, role per language)
    source: str


def load_template(path: str | Path | None = None, lang: str | None = None) -> Template:
    """Read and check a diploma template; None: the bundled default. `lang` ("en",
    "ru+kk") overrides the template's own `languages`; each must have its wording."""
    raw, source = _template_text(path)
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not a valid TOML file: {exc}", file=source) from None
    try:
        langs = split_languages(lang or str(doc.get("languages", "ru+kk")))
    except InputError as exc:
        raise InputError(exc.message, file=None if lang else source,
                         field="--lang" if lang else "languages") from None
    texts = {one: _wording(doc, one, source) for one in langs}
    return Template(languages=langs, texts=texts, signatures=_signatures(doc, source),
                    source=source)


def _template_text(path: str | Path | None) -> tuple[str, str]:
    """The template's text and how errors name it (the bundled one when `path` is None)."""
    if path is None:
        return resource("diploma.toml").read_text(encoding="utf-8"), "diploma.toml"
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except UnicodeDecodeError:
        raise InputError("the template is not UTF-8 text", file=str(path)) from None


def _wording(doc: dict, lang: str, source: str) -> dict[str, str]:
    """The [lang] table's texts: the four a diploma needs must be there, naming only
    fields a diploma fills in."""
    table = doc.get(lang)
    if not isinstance(table, dict):
        raise InputError(f"no [{lang}] table with the wording in that language",
                         file=source, field=lang)
    for key in ("heading", "participation_heading", "winner", "participant"):
        value = table.get(key)
        if not isinstance(value, str):
            raise InputError(f"[{lang}] needs a text `{key}`", file=source,
                             field=f"{lang}.{key}")
        _check_fields(value, source, f"{lang}.{key}")
    return {k: v for k, v in table.items() if isinstance(v, str)}


def _check_fields(value: str, source: str, where: str) -> None:
    """Refuse a {field} in a text that a diploma does not fill in."""
    for _, name, _, _ in string.Formatter().parse(value):
        if name is not None and name not in FIELDS:
            raise InputError(f"unknown field {{{name}}}; known: "
                             f"{', '.join(sorted(FIELDS))}", file=source, field=where)


def _signatures(doc: dict, source: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """(name, role per language) of each [[signature]]."""
    signatures = []
    for i, sig in enumerate(doc.get("signature", []), start=1):
        if not isinstance(sig, dict) or not isinstance(sig.get("role", {}), dict):
            raise InputError("each [[signature]] needs `name` and a `role` table",
                             file=source, field=f"signature {i}")
        signatures.append((str(sig.get("name", "")), {k: str(v) for k, v in
                                                       sig.get("role", {}).items()}))
    return tuple(signatures)


def _signatory(competition: Competition, name: str) -> str:
    if name in ("chair", "secretary"):
        return next((j.name for j in competition.jurors if j.role == name), "")
    return name


def _styles():
    fonts.register()
    return {
        "heading": ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=40, leading=46,
                                  alignment=TA_CENTER, textColor=INK),
        "heading2": ParagraphStyle("heading2", fontName=fonts.BOLD, fontSize=22, leading=28,
                                   alignment=TA_CENTER, textColor=INK),
        "competition": ParagraphStyle("competition", fontName=fonts.REGULAR, fontSize=13,
                                      leading=17, alignment=TA_CENTER, textColor=INK),
        "body": ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=16, leading=21,
                               alignment=TA_CENTER),
        "second": ParagraphStyle("second", fontName=fonts.REGULAR, fontSize=12, leading=16,
                                 alignment=TA_CENTER, textColor=HexColor("#333333")),
    }


def _paragraph_text(text: str) -> str:
    lines = [escape(line) for line in text.split("\n") if line.strip()]
    return "<br/>".join(lines)


def render_diploma(competition: Competition, template: Template, award, *,
                   participant: bool = False) -> bytes:
    """One diploma (or certificate) as PDF bytes; the same data gives the same bytes."""
    s = competition.settings
    buffer = io.BytesIO()
    canvas = ArchivalCanvas(buffer, pagesize=PAGE, invariant=1)   # PDF/A-2b, as the protocol
    canvas.setTitle(f"{s.title} — {award.code}")
    canvas.setAuthor("Jury Room")
    width, height = PAGE
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)

    story = _story(competition, template, award, participant, _styles())
    top, bottom = height - 28 * mm, 52 * mm
    frame = Frame(28 * mm, bottom, width - 56 * mm, top - bottom, showBoundary=0)
    frame.addFromList([KeepInFrame(width - 56 * mm, top - bottom, story, mode="shrink")],
                      canvas)
    _draw_signatures(canvas, competition, template)
    first = template.languages[0]
    place = ", ".join(part for part in (s.venue, Language(first).dates(s.dates)) if part)
    _centered(canvas, place, width / 2, 40 * mm, width - 60 * mm, fonts.REGULAR, 10)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _story(competition: Competition, template: Template, award, participant: bool,
           styles: dict) -> list:
    """The heading, the competition, and the wording in each language (the first one
    large; another's heading only when it reads differently)."""
    s = competition.settings
    first = template.languages[0]
    heading_key = "participation_heading" if participant else "heading"
    story = [Paragraph(escape(template.texts[first][heading_key]), styles["heading"]),
             Spacer(1, 4 * mm), Paragraph(escape(s.title), styles["competition"])]
    if s.subtitle:
        story.append(Paragraph(escape(s.subtitle), styles["competition"]))
    story.append(Spacer(1, 8 * mm))
    wording = "participant" if participant else "winner"
    for i, lang in enumerate(template.languages):
        text = _wording_of(template.texts[lang][wording], competition, award, lang)
        if i:
            story.append(Spacer(1, 5 * mm))
            other_heading = template.texts[lang][heading_key]
            if other_heading != template.texts[first][heading_key]:
                story.append(Paragraph(escape(other_heading), styles["heading2"]))
        story.append(Paragraph(_paragraph_text(text), styles["body" if i == 0 else "second"]))
    return story


def _wording_of(wording: str, competition: Competition, award, lang: str) -> str:
    """A template's wording with the award's and the competition's fields filled in."""
    s = competition.settings
    values = {"title": award.title, "organization": award.organization, "code": award.code,
              "group": award.group or "", "place": award.place or "",
              "competition": s.title, "subtitle": s.subtitle, "venue": s.venue,
              "dates": Language(lang).dates(s.dates)}
    if not values["group"]:
        # winners from one list (`total`): no group to name, so no empty "()"
        wording = re.sub(r"\s*\(\{group\}\)", "", wording)
    return wording.format(**values)


def _draw_signatures(canvas, competition: Competition, template: Template) -> None:
    """A line per signatory, side by side, with the role (in each language) and name."""
    signatures = [(_signatory(competition, name), roles) for name, roles in template.signatures]
    if not signatures:
        return
    width = PAGE[0]
    slot = (width - 56 * mm) / len(signatures)
    for i, (name, roles) in enumerate(signatures):
        x = 28 * mm + i * slot + 10 * mm
        line_w = slot - 20 * mm
        canvas.setLineWidth(0.6)
        canvas.line(x, 34 * mm, x + line_w, 34 * mm)
        role = " / ".join(dict.fromkeys(roles[l] for l in template.languages if l in roles))
        _centered(canvas, role, x + line_w / 2, 29 * mm, line_w, fonts.REGULAR, 9)
        _centered(canvas, name, x + line_w / 2, 24 * mm, line_w, fonts.BOLD, 10)


def _centered(canvas, text: str, x: float, y: float, width: float, font: str,
              size: float) -> None:
    """Centred text shrunk to fit its width: a long name is never cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.5
    canvas.setFont(font, size)
    canvas.drawCentredString(x, y, text)


def safe_name(code: str) -> str:
    """A file name made from a project code: letters, digits, - and _ kept."""
    name = re.sub(r"[^\w-]+", "_", code, flags=re.UNICODE).strip("_")
    return name or "project"


def write_diplomas(competition: Competition, folder: str | Path, *,
                   template: Template | None = None, participants: bool = False,
                   results: Results | None = None, script_lang: str = "ru+kk") -> list[Path]:
    """Every winner's diploma (and with `participants` every other project's certificate)
    into `folder`, which is created if needed, and last the award script in
    `script_lang`. Refused before the competition is final."""
    from app.reports.award_script import render_award_script

    require_final(competition, "diplomas are printed")
    template = load_template() if template is None else template
    results = compute(competition) if results is None else results
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    winners = awards(competition, results)
    for award in winners:
        written.append(write_atomic(folder / f"diploma-{safe_name(award.code)}.pdf",
                                    render_diploma(competition, template, award)))
    if participants:
        from app.reports.ceremony import Award

        won = {a.code for a in winners}
        for p in competition.running_order:
            if p.withdrawn or p.code in won:
                continue
            award = Award(group=p.group, place=0, code=p.code, title=p.title,
                          organization=p.organization, score=None)
            written.append(write_atomic(folder / f"certificate-{safe_name(p.code)}.pdf",
                                        render_diploma(competition, template, award,
                                                       participant=True)))
    written.append(write_atomic(folder / "award-script.pdf",
                                render_award_script(competition, script_lang, results)))
    return written
