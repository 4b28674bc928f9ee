"""Writes the demo shop (resources/demo/*.csv): a made-up Dutch coffee roaster with two years of data.

Deterministic (fixed seed), so the files in the repository are exactly what this script writes; a
test checks that. Run: .venv/bin/python build/make_demo.py
"""

from __future__ import annotations

import csv
import math
import random
import sys
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo"
SHOP = "Koffiebranderij De Boon"
FIRST_DAY, LAST_DAY = date(2024, 11, 1), date(2026, 10, 31)

FIRST_NAMES = (
    "Anna Bram Charlotte Daan Emma Femke Gijs Hanna Iris Jasper Julia Kees Lotte Maarten Noor Olivier Pien "
    "Ruben Sanne Thijs Ilse Vera Wouter Yara Sem Lieke Joost Marloes Niels Esther Bas Fleur Hugo Ingrid Jeroen "
    "Karin Lars Mirjam Nienke Ouassima Priya Rik Saskia Tom Ufuk Vincent Willemijn Zoë Fatima Mohammed Sophie "
    "Luuk Tessa Milan Eva Jan Petra Henk Marieke Dirk Anouk"
).split()
LAST_NAMES = (
    "Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|"
    "van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|"
    "de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|Schouten|van Beek|Willems|"
    "van Vliet|Hoekstra|Maas|Verhoeven|Koster|Prins|Yilmaz|El Amrani|Kaya|Postma|Kuipers|Wolters"
).split("|")
SOURCES = (
    ("Via een vriend(in)", 0.24), ("Aanbevolen door mijn buurvrouw", 0.05), ("Tip van een collega", 0.04),
    ("Google", 0.18), ("Instagram", 0.12), ("Facebook", 0.05), ("Langsgelopen", 0.12),
    ("Advertentie in de krant", 0.04), ("Markt", 0.04), ("", 0.12),
)


def _pick(rng: random.Random, table) -> str:
    x, acc = rng.random(), 0.0
    for value, weight in table:
        acc += weight
        if x < acc:
            return value
    return table[-1][0]


def _money(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _dmy(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def generate(seed: int = 20241101):
    """The demo shop as three lists of rows (customers, orders, survey answers)."""
    rng = random.Random(seed)
    customers, orders, answers = [], [], []
    order_no = 10001
    n_customers = 430
    for i in range(n_customers):
        cid = f"K{i + 1:04d}"
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower().replace(' ', '')}{rng.randint(1, 99)}@example.nl".replace("ë", "e")
        phone = f"06-{rng.randint(10000000, 99999999)}"
        # About 120 customers were already there when the data starts; the rest join over two years.
        if i < 120:
            since = FIRST_DAY - timedelta(days=rng.randint(30, 700))
        else:
            since = FIRST_DAY + timedelta(days=int(rng.random() ** 0.9 * 720))
        source = _pick(rng, SOURCES)
        consent = rng.random() < 0.78
        cafe = rng.random() < 0.04  # a few cafés and offices buy a lot: the top of the 80/20 split
        interval = rng.uniform(10, 25) if cafe else rng.lognormvariate(math.log(45), 0.5)
        stays = rng.expovariate(1 / (34 if cafe else 22))  # months they keep buying
        stop = since + timedelta(days=int(stays * 30.4))
        loyal = rng.random()
        day = max(since, FIRST_DAY - timedelta(days=60)) if i < 120 else since
        while day <= min(stop, LAST_DAY):
            if day >= FIRST_DAY or i < 120:
                amount = rng.uniform(90, 260) if cafe else rng.lognormvariate(math.log(24), 0.45)
                if day >= FIRST_DAY:
                    orders.append([f"{order_no}", cid, _dmy(day), _money(round(amount, 2))])
                    order_no += 1
                    if rng.random() < 0.015:
                        orders.append([f"{order_no}", cid, _dmy(day + timedelta(days=rng.randint(2, 12))),
                                       _money(-round(amount, 2))])
                        order_no += 1
            day += timedelta(days=max(3, int(rng.gauss(interval, interval * 0.35))))
        if rng.random() < 0.45:
            when = min(since + timedelta(days=rng.randint(10, 400)), LAST_DAY)
            if when >= FIRST_DAY:
                base = 6 + loyal * 5 + (1 if cafe else 0)
                score = max(0, min(10, round(rng.gauss(base, 1.6))))
                answers.append([when.strftime("%d-%m-%Y") + f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
                                cid, str(score)])
        customers.append([cid, name, email, phone, _dmy(since), source, "ja" if consent else "nee"])
    orders.sort(key=lambda r: (r[2][6:] + r[2][3:5] + r[2][:2], int(r[0])))
    answers.sort(key=lambda r: (r[0][6:10] + r[0][3:5] + r[0][:2] + r[0][10:]))
    return customers, orders, answers


def write(folder: Path = OUT) -> list[Path]:
    """Write the three demo files (Dutch CSV: ';' and decimal comma, UTF-8) and return their paths."""
    customers, orders, answers = generate()
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "klanten.csv": (["Klantnummer", "Naam", "E-mail", "Telefoon", "Klant sinds", "Hoe heeft u ons gevonden?",
                         "Nieuwsbrief"], customers),
        "bestellingen.csv": (["Ordernummer", "Klantnummer", "Orderdatum", "Bedrag"], orders),
        "enquete.csv": (["Tijdstempel", "Klantnummer",
                         "Hoe waarschijnlijk is het dat je De Boon aanbeveelt aan een vriend? (0-10)"], answers),
    }
    paths = []
    for name, (header, rows) in files.items():
        path = folder / name
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for p in write(target):
        print(p)
