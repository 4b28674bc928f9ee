"""Write translations into a .ts file from a JSON object {source text: translation}.

The .ts files are the translation sources (Qt Linguist opens them too); this helper lets a developer
add a batch of texts at once. English: ``--identity`` marks every text as translated by itself, so the
English file is complete. A text with plural forms (numerus, ``self.tr(text, None, n)``) takes a list of
forms, one and other ("{n} klant", "{n} klanten"); English ones come from ``en_plurals.json``. Usage:
    .venv/bin/python build/ts_fill.py resources/translations/klantbehoud_nl.ts new-texts.json
    .venv/bin/python build/ts_fill.py resources/translations/klantbehoud_en.ts --identity
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN_PLURALS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "en_plurals.json"


def fill(ts: Path, mapping: dict[str, object] | None) -> tuple[int, int]:
    """Fill ``ts``; returns (filled now, still unfinished)."""
    tree = ET.parse(ts)
    filled = missing = 0
    plurals = json.loads(EN_PLURALS.read_text(encoding="utf-8")) if mapping is None and EN_PLURALS.exists() else {}
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes"
        if numerus:
            text = plurals.get(source) if mapping is None else mapping.get(source)
        else:
            text = source if mapping is None else mapping.get(source)
        if text is None or numerus != isinstance(text, list):
            if translation.get("type") == "unfinished":
                missing += 1
            continue
        if numerus:
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    # lupdate's own layout (each <context> at the line start, its messages indented), so that a fill after lupdate
    # changes only the lines it fills, not the indentation of the whole file.
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    # Quotes in texts as lupdate writes them (&apos;, &quot;); ElementTree leaves them bare.
    body = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<", body)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled, missing


def main(argv: list[str]) -> int:
    """Command line entry."""
    ts = Path(argv[0])
    mapping = None if argv[1] == "--identity" else json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    filled, missing = fill(ts, mapping)
    print(f"{ts.name}: {filled} filled, {missing} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
