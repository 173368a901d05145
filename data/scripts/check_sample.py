#!/usr/bin/env python3
"""Sanity check of the sample data (python3 standard library only).

Usage (from the repository root): python3 data/scripts/check_sample.py [BRON]
Checks the area tree, the begroting files, the kompas files, and that the yearly lasten
totals equal the real CBS Iv3 totals (reserves 0.10/0.11 left out).
"""
import csv
import json
import os
import re
import sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
# Totals from SOURCES.md, in millions of euros (rounded to one decimal).
VERWACHT = {(2023, "begroot"): 1153.5, (2024, "begroot"): 1293.1, (2025, "begroot"): 1372.4,
            (2023, "realisatie"): 1284.8}


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        f.seek(0)
        delim = ";" if first.count(";") > first.count(",") else ","
        return delim, list(csv.DictReader(f, delimiter=delim))


def bedrag(s, delim, where):
    s = s.strip()
    if not s:
        return None
    if delim == ";":
        assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?|-?\d+(,\d{1,2})?", s), f"{where}: not Dutch notation: {s}"
        s = s.replace(".", "").replace(",", ".")
    else:
        assert re.fullmatch(r"-?\d+(\.\d{1,2})?", s), f"{where}: not standard notation: {s}"
    return round(float(s) * 100)  # cents


def iv3_totaal(src, naam):
    tot = 0
    with open(os.path.join(src, "begroting", naam), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f, delimiter=";"):
            if r["Taakveld"].split()[0] not in ("0.10", "0.11") and r["Lasten"].strip():
                tot += round(float(r["Lasten"]) * 1000 * 100)
    return tot


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data", "groningen")
    site = json.load(open(os.path.join(REPO, "site.json"), encoding="utf-8"))
    _, geb = rows(os.path.join(REPO, "data", "gebieden.csv"))
    codes = [g["code"] for g in geb]
    assert len(codes) == len(set(codes)), "gebied codes unique"
    codes = set(codes)
    roots = [g for g in geb if not g["ouder"]]
    assert len(roots) == 1 and roots[0]["code"] == site["gemeente"] == "GM0014"
    ouder = {g["code"]: g["ouder"] for g in geb}
    for g in geb:
        assert not g["ouder"] or g["ouder"] in codes, f"unknown ouder {g['ouder']}"
        seen, c = set(), g["code"]
        while ouder[c]:
            assert c not in seen, f"cycle at {c}"
            seen.add(c)
            c = ouder[c]
    niveaus = {}
    for g in geb:
        niveaus[g["niveau"]] = niveaus.get(g["niveau"], 0) + 1
    print("gebieden:", niveaus)

    # geo: every feature code is a known area
    props = site["geo"]["code_eigenschap"]
    for fn in sorted(os.listdir(os.path.join(REPO, "data", "geo"))):
        fc = json.load(open(os.path.join(REPO, "data", "geo", fn), encoding="utf-8"))
        for i, ft in enumerate(fc["features"]):
            code = next(ft["properties"][p] for p in props if p in ft["properties"])
            assert code in codes, f"{fn} feature {i}: {code}"
        print(f"geo {fn}: {len(fc['features'])} features ok")

    tv = {}
    _, tvs = rows(os.path.join(REPO, "data", "iv3", "taakvelden.csv"))
    for t in tvs:
        for j in t["jaren"].split():
            assert (t["code"], int(j)) not in tv
            tv[(t["code"], int(j))] = t["naam"]

    bronnen = {2023: ("2023_begroting_GM0014.csv", "2023_jaarrekening_GM0014.csv"),
               2024: ("2024_begroting_GM0014.csv", None), 2025: ("2025_begroting_GM0014.csv", None)}
    for jaar in (2023, 2024, 2025):
        path = os.path.join(REPO, "data", "begroting", f"{jaar}.csv")
        delim, rs = rows(path)
        assert delim == (";" if jaar == 2025 else ","), f"{jaar}: notation"
        ids = [r["id"] for r in rs]
        assert len(ids) == len(set(ids)), f"{jaar}: duplicate ids"
        tot = {"begroot": 0, "realisatie": 0, "gewijzigd": 0}
        gebied_deel = 0
        for n, r in enumerate(rs, start=2):
            where = f"{jaar}.csv:{n}"
            assert r["gebied"] in codes, f"{where}: unknown gebied {r['gebied']}"
            assert (r["taakveld"], jaar) in tv, f"{where}: taakveld {r['taakveld']} not valid in {jaar}"
            assert r["soort"] in ("lasten", "baten")
            if r["gebied"] != "GM0014":
                assert "illustratief" in r["bron"], where
            for k in tot:
                v = bedrag(r[k], delim, where)
                if r["soort"] == "lasten" and v is not None:
                    tot[k] += v
                    if k == "begroot" and r["gebied"] != "GM0014":
                        gebied_deel += v
        b, j = bronnen[jaar]
        assert tot["begroot"] == iv3_totaal(src, b), f"{jaar}: begroot {tot['begroot']} != Iv3"
        mln = round(tot["begroot"] / 100 / 1e6, 1)
        assert mln == VERWACHT[(jaar, "begroot")], (jaar, mln)
        line = f"{jaar}: {len(rs)} lines, lasten begroot € {tot['begroot'] / 100:,.0f} (= Iv3, {mln} mln)"
        if j:
            assert tot["realisatie"] == iv3_totaal(src, j)
            rm = round(tot["realisatie"] / 100 / 1e6, 1)
            assert rm == VERWACHT[(jaar, "realisatie")]
            line += f", realisatie € {tot['realisatie'] / 100:,.0f} (= Iv3 jaarrekening, {rm} mln)"
        line += f"; in gebieden € {gebied_deel / 100:,.0f} ({100 * gebied_deel / tot['begroot']:.2f}%)"
        print(line)

    _, ind = rows(os.path.join(REPO, "data", "kompas", "indicatoren.csv"))
    ind_ids = [i["id"] for i in ind]
    assert len(ind_ids) == len(set(ind_ids))
    assert site["kompas"]["inwoners"] in ind_ids
    _, wa = rows(os.path.join(REPO, "data", "kompas", "waarden.csv"))
    keys = set()
    for n, w in enumerate(wa, start=2):
        assert w["gebied"] in codes and w["indicator"] in ind_ids, n
        k = (w["gebied"], w["indicator"], w["jaar"])
        assert k not in keys, k
        keys.add(k)
        if w["waarde"]:
            assert re.fullmatch(r"-?\d+(\.\d+)?", w["waarde"]), n
            assert not w["waarde"].startswith("-9999999"), n
    print(f"kompas: {len(ind)} indicatoren, {len(wa)} waarden ok")

    for fn in sorted(os.listdir(os.path.join(REPO, "data", "kompas", "dna"))):
        assert fn[:-3] in codes, fn
        t = open(os.path.join(REPO, "data", "kompas", "dna", fn), encoding="utf-8").read()
        for h in ("## Sterktes", "## Zwaktes", "## Kansen", "## Bedreigingen"):
            assert h in t, (fn, h)
        assert "illustratief" in t
    print("dna:", len(os.listdir(os.path.join(REPO, "data", "kompas", "dna"))), "files ok")
    for fn in sorted(os.listdir(os.path.join(REPO, "content"))):
        t = open(os.path.join(REPO, "content", fn), encoding="utf-8").read()
        assert t.startswith("---\n") and "\ntitel: " in t.split("\n---\n")[0], fn
        assert not re.search(r"<[a-zA-Z/!]", t), f"{fn}: raw HTML"
    print("content:", sorted(os.listdir(os.path.join(REPO, "content"))))
    print("all checks passed")


if __name__ == "__main__":
    main()
