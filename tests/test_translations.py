"""Both languages are complete, and no translation drops or invents a {placeholder}."""

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def _messages(lang):
    root = ET.parse(TS / f"klantbehoud_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m.findtext("source"), m.find("translation")


def _texts(translation):
    """The translated text, or each plural form of a text with plural forms."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _fields(text):
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_text_is_translated(lang):
    unfinished = [(c, s) for c, s, t in _messages(lang) if t.get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(text.strip() for text in _texts(t))]
    assert unfinished == []


def test_dutch_keeps_every_placeholder_and_says_je_not_u():
    count = 0
    for ctx, source, t in _messages("nl"):
        texts = _texts(t)
        # A singular form may leave a placeholder out ("in de laatste maand"), never invent one; the plural keeps all.
        assert _fields(source) == _fields(texts[-1]), (ctx, source, texts[-1])
        for text in texts:
            assert set(_fields(text)) <= set(_fields(source)), (ctx, source, text)
            assert not re.search(r"\b(u|uw)\b", text), f"use 'je' in: {text}"
        count += 1
    assert count > 150


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_counts_have_a_singular_and_a_plural(lang):
    """Texts that count something have both forms in both languages ("1 klant", "2 klanten")."""
    plural = [(s, _texts(t)) for _c, s, t in _messages(lang) if t.findall("numerusform")]
    assert len(plural) >= 10
    for source, forms in plural:
        assert len(forms) == 2 and forms[0] != forms[1], (source, forms)


def test_compiled_translations_exist_and_are_fresh():
    for lang in ("nl", "en"):
        qm = TS / f"klantbehoud_{lang}.qm"
        assert qm.exists(), "run 'make translations'"
        assert qm.stat().st_mtime >= (TS / f"klantbehoud_{lang}.ts").stat().st_mtime - 1


def test_every_marked_string_in_the_code_is_in_the_ts(tmp_path):
    """lupdate run on the code finds nothing that the committed .ts does not already hold."""
    import subprocess
    import sys

    sys.path.insert(0, str(TS.parents[1] / "build"))
    import lupdate

    tool = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "check.ts"
    subprocess.run([str(tool), "-no-obsolete", "-locations", "none", *lupdate.sources(), "-ts", str(out)],
                   cwd=TS.parents[1], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in _parse(out)}
    committed = {(c, s) for c, s, _ in _messages("nl")}
    assert in_code - committed == set(), "run 'make lupdate' and translate the new texts"


def _parse(path):
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m.findtext("source"), m.find("translation")
