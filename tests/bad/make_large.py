#!/usr/bin/env python3
"""Writes a large valid data repository over base/: WIJKEN wijken with BUURTEN
buurten each, a begroting line and an inwoners value per area. Used by the
kill -9 case (a build that takes long enough to be interrupted) and by cases
that need a big tree.

usage: make_large.py REPO WIJKEN BUURTEN
"""
import os
import sys

repo, wijken, buurten = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
areas = [("GM9999", "Testdorp", "gemeente", "")]
for w in range(wijken):
    wk = "WK99%04d" % w
    areas.append((wk, "Wijk %d" % w, "wijk", "GM9999"))
    for b in range(buurten):
        areas.append(("BU99%04d%02d" % (w, b), "Buurt %d-%d" % (w, b), "buurt", wk))

def write(path, text):
    full = os.path.join(repo, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)

for p in ("data/geo/wijken.geojson", "data/kompas/dna/WK999901.md"):
    if os.path.exists(os.path.join(repo, p)):
        os.remove(os.path.join(repo, p))
write("data/gebieden.csv", "code,naam,niveau,ouder,soort\n" +
      "".join("%s,%s,%s,%s,\n" % a for a in areas))
lines = ["id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,bron"]
for i, a in enumerate(areas):
    lines.append("l%d,%s,Wijken,6.1,Wijkbudget %s,lasten,%d,,,gemeente,illustratief" % (i, a[0], a[1], 1000 + i))
write("data/begroting/2024.csv", "\n".join(lines) + "\n")
write("data/begroting/2025.csv", "\n".join(lines) + "\n")
write("data/kompas/waarden.csv", "gebied,indicator,jaar,waarde\n" +
      "".join("%s,inwoners,2024,%d\n" % (a[0], 100 + i) for i, a in enumerate(areas)))
