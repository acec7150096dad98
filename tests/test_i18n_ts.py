"""The interface translations: every text of ui/ is translated into Russian and Kazakh,
the .ts sources are up to date with the code, and the shipped .qm files are compiled
from them. Fails when a tr() text is added without its translations."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_build

LANGS = i18n_build.TRANSLATED
PLACEHOLDER = re.compile(r"{\w*}|%n")
TAG = re.compile(r"</?\w+")
# literal arguments lupdate reads: self.tr("..."), QCoreApplication.translate("ctx", "...")
TR_CALLS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}
# helpers that translate a text marked with QT_TRANSLATE_NOOP where it is written
NOOP_HELPERS = {"_title", "_translated"}


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), m) for ctx in root.iter("context") for m in ctx.iter("message")]


def translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source")) for ctx, m in messages(ts)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    """No message is unfinished or empty, numerus forms included: a new tr() text
    without its Russian and Kazakh translation fails here."""
    found = messages(i18n_build.ts_file(lang))
    assert len(found) > 250
    missing = [(ctx, m.findtext("source")) for ctx, m in found
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not all(t.strip() for t in translations(m))]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_mnemonics_tags_and_spaces(lang):
    """A translation has the source's {placeholders} and %n, at most one & like the
    source, the same HTML tags and the same leading/trailing spaces, and is not the
    English source left as it was."""
    for ctx, m in messages(i18n_build.ts_file(lang)):
        source = m.findtext("source")
        for text in translations(m):
            where = (lang, ctx, source, text)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert text.count("&") == source.count("&"), where
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
            assert text[:1].isspace() == source[:1].isspace(), where
            assert text[-1:].isspace() == source[-1:].isspace(), where
            words = PLACEHOLDER.sub("", source)
            if re.search(r"[a-z]{4,}", words) and "Jury Room" not in source:
                assert re.search(r"[а-яёәғқңөұүһі]", text.lower()), where


def test_the_ts_files_are_up_to_date_with_the_code(tmp_path):
    """lupdate run afresh over ui/ finds exactly the texts the committed .ts files hold:
    no text in the code is missing from them and none is left over."""
    fresh = tmp_path / "jury_room_ru.ts"
    i18n_build.lupdate([fresh])
    found = sources(fresh)
    assert len(found) > 250
    for lang in LANGS:
        assert sources(i18n_build.ts_file(lang)) == found, lang


def test_every_tr_call_has_a_literal_text():
    """lupdate only sees literal strings: tr(variable) would be shown untranslated. Every
    tr / translate / QT_TRANSLATE_NOOP call in ui/ passes its text as a literal."""
    offenders = []
    for path in i18n_build.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        exempt = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                  and f.name in NOOP_HELPERS for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in exempt:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name not in TR_CALLS or name == "translate" and not node.args:
                continue
            if name == "translate" and getattr(node.func.value, "id", "") != "QCoreApplication":
                continue
            args = node.args[:TR_CALLS[name] + 1]
            if len(args) <= TR_CALLS[name] or not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_qm_is_compiled_from_the_ts(lang, tmp_path):
    """The committed .qm is what lrelease makes of the committed .ts (run
    `python -m ui.i18n_build` after editing a translation)."""
    qm = tmp_path / f"{lang}.qm"
    i18n_build.lrelease(i18n_build.ts_file(lang), qm)
    assert qm.read_bytes() == i18n_build.ts_file(lang).with_suffix(".qm").read_bytes()
