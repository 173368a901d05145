#!/usr/bin/env python3
"""Regenerate the Groningen sample data of openwijk from the real open data.

Usage (from the repository root):
    python3 data/scripts/make_sample.py [BRON]

BRON is the folder with the real data (default: ../shared/data/groningen,
relative to the repository root). The script writes:

    data/gebieden.csv
    data/geo/wijken-2024.geojson, gemeente-2024.geojson, buurten-2017.geojson
    data/iv3/taakvelden.csv
    data/begroting/2023.csv, 2024.csv (standard notation), 2025.csv (Dutch notation)
    data/kompas/indicatoren.csv, data/kompas/waarden.csv

It does not touch data/kompas/dna/*.md or content/*.md: those are written by hand.
Python 3 standard library only; the output is the same on every run.

Real: the Iv3 figures, the CBS figures and the boundaries.
Illustrative (made up, and marked so in the `bron` column): the gebied grouping,
the programma names, and every line placed on a gebied, wijk or buurt.
"""

import csv
import os
import shutil
import sys
from collections import defaultdict

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GEMEENTE = "GM0014"
JAREN = [2023, 2024, 2025]
MAGIC = {"-99999997", "-99999999", "-99999997.0", "-99999999.0"}

# --- the area tree --------------------------------------------------------------------------

# gebied code -> (naam, soort, CBS wijken 2024). Illustrative grouping, after the five
# gebieden of 2016 plus the two dorpen-gebieden that came with the merger of 2019.
GEBIEDEN = [
    ("GB01", "Centrum", "wijk", ["WK001400"]),
    ("GB02", "Oude Wijken", "wijk", ["WK001402", "WK001403", "WK001404"]),
    ("GB03", "West", "wijk", ["WK001408", "WK001409", "WK001410"]),
    ("GB04", "Oost", "wijk", ["WK001411", "WK001412", "WK001413", "WK001414"]),
    ("GB05", "Zuid", "wijk", ["WK001401", "WK001405", "WK001406", "WK001407"]),
    ("GB06", "Ten Boer", "dorp", ["WK001415", "WK001416"]),
    ("GB07", "Haren", "dorp", ["WK001417", "WK001418", "WK001419"]),
]
# CBS wijken that are villages (or groups of villages) rather than city districts.
DORP_WIJKEN = {"WK001408", "WK001413", "WK001415", "WK001416", "WK001417", "WK001418", "WK001419"}
# CBS buurten 2017 that are villages or hamlets.
DORP_BUURTEN = {
    "BU00140800",  # Hoogkerk Dorp
    "BU00140804",  # Zuidwending
    "BU00140805",  # Leegkerk
    "BU00140905",  # Dorkwerd
    "BU00141104",  # Noorderhoogebrug
    "BU00141209",  # Noorddijk
    "BU00141210",  # Ruischerbrug
    "BU00141300",  # Middelbert
    "BU00141301",  # Engelbert
    "BU00141302",  # Klein Harkstede
    "BU00141401",  # Harkstede GN
    "BU00141402",  # Lageland GN
}

# --- the begroting --------------------------------------------------------------------------

# Illustrative programma names per Iv3 hoofdtaakveld (Groningen has its own chapters;
# these names are made up for the sample).
PROGRAMMA = {
    "0": "Algemene middelen en bestuur",
    "1": "Veiligheid",
    "2": "Verkeer",
    "3": "Werk en economie",
    "4": "Onderwijs",
    "5": "Sport, cultuur en openbare ruimte",
    "6": "Zorg, welzijn en inkomen",
    "7": "Gezondheid en milieu",
    "8": "Wonen en ruimte",
}
PROGRAMMA_GEBIEDEN = "Wijken en dorpen"
SKIP_TAAKVELDEN = {"0.10", "0.11"}  # mutaties reserves, resultaat: not spending

# (a) gebiedsprogramma: a yearly total on taakveld 8.1, divided over the gebieden by inhabitants.
GEBIEDSPROGRAMMA_TAAKVELD = "8.1"
GEBIEDSPROGRAMMA_TOTAAL = {2023: 3_000_000, 2024: 3_200_000, 2025: 3_400_000}

# (b) NLA-style wijkbudgetten (taakveld 6.1): the NLA maxima 2011-2014 (DOMAIN.md), per year a
# quarter of them, half paid by the gemeente and half by the housing corporations.
NLA_TAAKVELD = "6.1"
NLA = [
    # (id part, naam, area code, maximum 2011-2014)
    ("selwerd", "Selwerd", "BU00141000", 900_000),
    ("paddepoel", "Paddepoel", "BU00141002", 900_000),
    ("de-wijert", "De Wijert", "BU00140605", 900_000),
    ("beijum", "Beijum", "BU00141101", 900_000),
    ("lewenborg", "Lewenborg", "BU00141200", 900_000),
    ("oosterpark", "Oosterparkwijk", "WK001404", 900_000),
    ("korrewegwijk", "Korrewegwijk", "BU00140301", 900_000),
    ("de-hoogte", "De Hoogte", "BU00140300", 450_000),
    ("oosterhoogebrug", "Oosterhoogebrug", "BU00141203", 450_000),
    ("vinkhuizen", "Vinkhuizen", "BU00140900", 450_000),
    ("corpus-den-hoorn", "Corpus den Hoorn", "BU00140700", 450_000),
    ("kostverloren", "Kostverloren", "BU00140203", 225_000),
    ("grunobuurt", "Grunobuurt", "BU00140104", 225_000),
    ("tuinwijk", "Tuinwijk", "BU00141005", 225_000),
    ("hoogkerk", "Hoogkerk", "BU00140800", 100_000),
]
# The NLA cut of EUR 450.000 over four years, spread evenly over the 15 budgets, shown as an
# amendment (gewijzigd) in 2025: 450.000 / 4 / 15 = 7.500 per wijk per year, half each.
NLA_KORTING_2025 = 450_000 // 4 // 15

# (c) wijkbudgetten and bewonersinitiatieven: (id, area, taakveld, omschrijving, {jaar: begroot})
WIJKBUDGETTEN = [
    ("wijkbudget-rivierenbuurt-groen", "BU00140103", "5.7",
     "Groenbudget Rivierenbuurt: de bewonersorganisatie besteedt het zelf (Gronings model)",
     {2023: 60_000, 2024: 75_000, 2025: 75_000}),
    ("wijkbudget-hoogkerk-burgerbegroting", "WK001408", "6.1",
     "Burgerbegroting Hoogkerk: bewoners verdelen samen een budget",
     {2024: 50_000, 2025: 120_000}),
    ("dorpsbudget-glimmen-onnen-noordlaren", "WK001419", "6.1",
     "Dorpenbudget Glimmen, Onnen en Noordlaren voor initiatieven uit de dorpen",
     {2023: 40_000, 2024: 40_000, 2025: 45_000}),
    ("wijkbedrijf-selwerd", "BU00141000", "6.1",
     "Wijkbedrijf Selwerd: plek en geld voor initiatieven van bewoners",
     {2023: 80_000, 2024: 80_000, 2025: 80_000}),
    ("cooperatieve-wijkraad-oosterparkwijk", "WK001404", "6.1",
     "Budget van de coöperatieve wijkraad Oosterparkwijk",
     {2023: 100_000, 2024: 100_000, 2025: 100_000}),
    ("bewonersinitiatieven-lewenborg", "BU00141200", "6.1",
     "Bewonersinitiatieven Lewenborg (Oude Bieb en andere initiatieven)",
     {2023: 30_000, 2024: 35_000, 2025: 35_000}),
]

# The decision (data/besluiten.csv) that set each area line, per year; lines not named here
# have no known decision (the Iv3 lines from CBS do not say which decision set them).
def besluit_van(id_, jaar):
    if id_.startswith("gebiedsprogramma-"):
        return f"raad-begroting-{jaar}"
    if id_.startswith("nla-"):
        return "raad-korting-wijkbudgetten-2025" if jaar == 2025 else f"raad-begroting-{jaar}"
    if id_ == "wijkbudget-rivierenbuurt-groen":
        return "college-groenbudget-rivierenbuurt" if jaar == 2023 else f"raad-begroting-{jaar}"
    if id_ in ("wijkbudget-hoogkerk-burgerbegroting", "wijkbedrijf-selwerd",
               "cooperatieve-wijkraad-oosterparkwijk"):
        return f"raad-begroting-{jaar}"
    return ""


# Illustrative realisatie 2023 of area lines: begroot times a factor, in turn from this list
# (some lines more than 10% off, as in a real jaarrekening).
REALISATIE_FACTOREN = [0.97, 1.04, 0.82, 1.00, 1.13, 0.91, 0.99, 0.74, 1.06, 0.95, 1.21, 0.88]

# --- helpers --------------------------------------------------------------------------------


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def write_csv(path, header, rows, delimiter=","):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def verdeel(totaal, sleutel):
    """Divide an integer total over keys by weight, largest remainder: the parts add up exactly."""
    som = sum(sleutel.values())
    delen = {k: totaal * v // som for k, v in sleutel.items()}
    rest = totaal - sum(delen.values())
    volgorde = sorted(sleutel, key=lambda k: (-(totaal * sleutel[k] % som), k))
    for k in volgorde[:rest]:
        delen[k] += 1
    return delen


def euro(x, dutch=False):
    if x is None:
        return ""
    if not dutch:
        return str(x)
    s = f"{abs(x):,}".replace(",", ".")
    return ("-" if x < 0 else "") + s


def duizend(s):
    """An amount in thousands of euros from the Iv3 files -> integer euros, or None if empty."""
    s = (s or "").strip()
    if not s:
        return None
    return int(round(float(s) * 1000))


def cbs(s):
    """A CBS figure; the CBS codes for secret/missing become None."""
    s = (s or "").strip()
    if not s or s in MAGIC:
        return None
    f = float(s)
    return int(f) if f == int(f) and "." not in s else f


# --- steps ----------------------------------------------------------------------------------


def make_gebieden(src):
    kwb = read_csv(os.path.join(src, "kerncijfers", "kwb2024_GM0014.csv"))
    wijknaam = {r["code"]: r["naam"] for r in kwb if r["soort"] == "wijk"}
    buurten = read_csv(os.path.join(src, "kerncijfers", "buurt2017.csv"))
    rows = [(GEMEENTE, "Groningen", "gemeente", "", "")]
    wijk_gebied = {}
    for code, naam, soort, wijken in GEBIEDEN:
        rows.append((code, naam, "gebied", GEMEENTE, soort))
        for wk in wijken:
            wijk_gebied[wk] = code
    assert sorted(wijk_gebied) == sorted(wijknaam), "every CBS wijk 2024 in exactly one gebied"
    for wk in sorted(wijknaam):
        rows.append((wk, wijknaam[wk], "wijk", wijk_gebied[wk], "dorp" if wk in DORP_WIJKEN else "wijk"))
    for b in sorted(buurten, key=lambda r: r["BU_CODE"]):
        assert b["WK_CODE"] in wijknaam, b["BU_CODE"]
        rows.append((b["BU_CODE"], b["BU_NAAM"], "buurt", b["WK_CODE"],
                     "dorp" if b["BU_CODE"] in DORP_BUURTEN else "wijk"))
    write_csv(os.path.join(REPO, "data", "gebieden.csv"), ["code", "naam", "niveau", "ouder", "soort"], rows)
    inwoners = {r["code"]: int(r["AantalInwoners_5"]) for r in kwb}
    gebied_inwoners = {g: sum(inwoners[w] for w in ws) for g, _, _, ws in GEBIEDEN}
    return gebied_inwoners


def make_geo(src):
    d = os.path.join(REPO, "data", "geo")
    os.makedirs(d, exist_ok=True)
    for bron, doel in [("wijk_2024_GM0014.geojson", "wijken-2024.geojson"),
                       ("gemeente_2024_GM0014.geojson", "gemeente-2024.geojson"),
                       ("buurt2017.geojson", "buurten-2017.geojson")]:
        shutil.copyfile(os.path.join(src, "boundaries", bron), os.path.join(d, doel))


def make_taakvelden(src):
    rows = read_csv(os.path.join(src, "begroting", "iv3_taakvelden.csv"))
    out = []
    namen = {}  # (code, jaar) -> (naam, hoofdtaakveld)
    for r in rows:
        jaren = sorted({int(t.split("-")[0]) for t in r["komt_voor_in"].split()})
        out.append((r["code"], r["naam"], " ".join(str(j) for j in jaren)))
        for j in jaren:
            assert (r["code"], j) not in namen, (r["code"], j)
            namen[(r["code"], j)] = (r["naam"], r["hoofdtaakveld"])
    write_csv(os.path.join(REPO, "data", "iv3", "taakvelden.csv"), ["code", "naam", "jaren"], out)
    return namen


def read_iv3(path):
    """Iv3 file -> {(taakveld, soort): euros}; soort is lasten or baten."""
    out = {}
    for r in read_csv(path, delimiter=";"):
        code = r["Taakveld"].split()[0]
        out[(code, "lasten")] = duizend(r["Lasten"])
        out[(code, "baten")] = duizend(r["Baten"])
    return out


def sort_key(code):
    hoofd, _, rest = code.partition(".")
    return (int(hoofd), rest)


def make_begroting(src, namen, gebied_inwoners):
    bdir = os.path.join(src, "begroting")
    totalen = {}
    for jaar in JAREN:
        begroot = read_iv3(os.path.join(bdir, f"{jaar}_begroting_GM0014.csv"))
        realisatie = {}
        if jaar == 2023:
            realisatie = read_iv3(os.path.join(bdir, f"{jaar}_jaarrekening_GM0014.csv"))
        bron_iv3 = f"CBS Iv3 begroting {jaar}" + (f" en jaarrekening {jaar}" if realisatie else "") + " (x € 1.000)"

        # --- illustrative area lines ---
        gebiedsregels = []  # dicts

        def regel(id_, gebied, taakveld, omschrijving, b, financier, bron, gewijzigd=None):
            gebiedsregels.append(dict(id=id_, gebied=gebied, programma=PROGRAMMA_GEBIEDEN, taakveld=taakveld,
                                      omschrijving=omschrijving, soort="lasten", begroot=b,
                                      gewijzigd=gewijzigd, realisatie=None, financier=financier, bron=bron))

        delen = verdeel(GEBIEDSPROGRAMMA_TOTAAL[jaar], gebied_inwoners)
        gebiedsnaam = {g: n for g, n, _, _ in GEBIEDEN}
        for g in sorted(delen):
            regel(f"gebiedsprogramma-{g}", g, GEBIEDSPROGRAMMA_TAAKVELD,
                  f"Gebiedsprogramma {gebiedsnaam[g]}: projecten uit de gebiedsagenda", delen[g], "gemeente",
                  f"illustratief: € {euro(GEBIEDSPROGRAMMA_TOTAAL[jaar], True)} van taakveld 8.1 verdeeld over "
                  "de gebieden naar inwoners (CBS 2024)")
        for part, naam, code, maximum in NLA:
            per_jaar = maximum // 4
            for financier in ("gemeente", "corporaties"):
                b = per_jaar // 2
                gew = b - NLA_KORTING_2025 // 2 if jaar == 2025 else None
                regel(f"nla-{part}-{financier}", code, NLA_TAAKVELD,
                      f"Wijkbudget {naam} (NLA-model): deel {financier}", b, financier,
                      "illustratief: een kwart van het NLA-maximum 2011–2014 per jaar, 50% gemeente en "
                      "50% corporaties" + ("; gewijzigd: korting van € 450.000 over vier jaar (€ 112.500 in "
                                           "2025), gelijk verdeeld over de 15 wijkbudgetten"
                                           if jaar == 2025 else ""),
                      gew)
        for id_, code, tv, oms, bedragen in WIJKBUDGETTEN:
            if jaar in bedragen:
                regel(id_, code, tv, oms, bedragen[jaar], "gemeente",
                      "illustratief: voorbeeld van een wijkbudget of bewonersinitiatief")
        if realisatie:
            # both halves of an NLA budget (gemeente, corporaties) get the same factor
            groepen = []
            for r in gebiedsregels:
                groep = r["id"].rsplit("-", 1)[0] if r["id"].startswith("nla-") else r["id"]
                if groep not in groepen:
                    groepen.append(groep)
                i = groepen.index(groep)
                r["realisatie"] = int(round(r["begroot"] * REALISATIE_FACTOREN[i % len(REALISATIE_FACTOREN)]))

        # what was placed in areas, per taakveld (lasten), to subtract from the gemeente-wide line
        geplaatst_b = defaultdict(int)
        geplaatst_r = defaultdict(int)
        for r in gebiedsregels:
            geplaatst_b[r["taakveld"]] += r["begroot"]
            if r["realisatie"] is not None:
                geplaatst_r[r["taakveld"]] += r["realisatie"]

        # --- gemeente-wide Iv3 lines ---
        regels = []
        for (code, soort) in sorted(set(begroot) | set(realisatie), key=lambda k: (sort_key(k[0]), k[1] == "baten")):
            if code in SKIP_TAAKVELDEN:
                continue
            b = begroot.get((code, soort))
            r = realisatie.get((code, soort)) if realisatie else None
            if not b and not r:
                continue  # 0 or empty in every phase (also the empty parents 6.71, 6.72, 6.81, 6.82)
            naam, hoofd = namen[(code, jaar)]
            bron = bron_iv3
            if soort == "lasten" and (geplaatst_b.get(code) or geplaatst_r.get(code)):
                b = (b or 0) - geplaatst_b.get(code, 0)
                if realisatie:
                    r = (r or 0) - geplaatst_r.get(code, 0)
                bron += "; minus het deel dat over gebieden is verdeeld (illustratief)"
            if realisatie and r is None:
                r = 0
            regels.append(dict(id=f"iv3-{code}-{soort}", gebied=GEMEENTE, programma=PROGRAMMA[hoofd], taakveld=code,
                               omschrijving=f"{naam}: {soort} voor de hele gemeente", soort=soort, begroot=b,
                               gewijzigd=None, realisatie=r, financier="gemeente", bron=bron))
        geplaatst_codes = set(geplaatst_b)
        assert geplaatst_codes <= {r["taakveld"] for r in regels if r["soort"] == "lasten"}
        alle = regels + gebiedsregels
        ids = [r["id"] for r in alle]
        assert len(ids) == len(set(ids)), "ids unique"

        dutch = jaar == 2025
        header = ["id", "gebied", "programma", "taakveld", "omschrijving", "soort", "begroot", "gewijzigd",
                  "realisatie", "financier", "bron", "besluit"]
        rows = [[r["id"], r["gebied"], r["programma"], r["taakveld"], r["omschrijving"], r["soort"],
                 euro(r["begroot"], dutch), euro(r["gewijzigd"], dutch), euro(r["realisatie"], dutch),
                 r["financier"], r["bron"], besluit_van(r["id"], jaar)] for r in alle]
        write_csv(os.path.join(REPO, "data", "begroting", f"{jaar}.csv"), header, rows,
                  delimiter=";" if dutch else ",")

        bron_lasten = sum(v or 0 for (c, s), v in begroot.items() if s == "lasten" and c not in SKIP_TAAKVELDEN)
        totalen[jaar] = {"bron_begroot": bron_lasten}
        if realisatie:
            totalen[jaar]["bron_realisatie"] = sum(
                v or 0 for (c, s), v in realisatie.items() if s == "lasten" and c not in SKIP_TAAKVELDEN)
    return totalen


INDICATOREN = [
    # id, naam, eenheid, kolom 2024 (kwb2024), kolom 2017 (wijk2017/buurt2017)
    ("inwoners", "Inwoners", "inwoners", "AantalInwoners_5", "AANT_INW"),
    ("mannen", "Mannen", "inwoners", "Mannen_6", "AANT_MAN"),
    ("vrouwen", "Vrouwen", "inwoners", "Vrouwen_7", "AANT_VROUW"),
    ("dichtheid", "Bevolkingsdichtheid", "inwoners per km²", "Bevolkingsdichtheid_34", "BEV_DICHTH"),
    ("woningen", "Woningvoorraad", "woningen", "Woningvoorraad_35", None),
    ("huishoudens", "Huishoudens", "huishoudens", None, "AANTAL_HH"),
    ("eenpersoonshuishoudens", "Eenpersoonshuishoudens", "% van de huishoudens", None, "P_EENP_HH"),
    ("huishoudens_zonder_kinderen", "Huishoudens zonder kinderen", "% van de huishoudens", None, "P_HH_Z_K"),
    ("huishoudens_met_kinderen", "Huishoudens met kinderen", "% van de huishoudens", None, "P_HH_M_K"),
    ("huishoudensgrootte", "Gemiddelde huishoudensgrootte", "personen", None, "GEM_HH_GR"),
    ("leeftijd_0_14", "Inwoners van 0 tot 15 jaar", "% van de inwoners", None, "P_00_14_JR"),
    ("leeftijd_15_24", "Inwoners van 15 tot 25 jaar", "% van de inwoners", None, "P_15_24_JR"),
    ("leeftijd_25_44", "Inwoners van 25 tot 45 jaar", "% van de inwoners", None, "P_25_44_JR"),
    ("leeftijd_45_64", "Inwoners van 45 tot 65 jaar", "% van de inwoners", None, "P_45_64_JR"),
    ("leeftijd_65_plus", "Inwoners van 65 jaar en ouder", "% van de inwoners", None, "P_65_EO_JR"),
    ("oppervlakte_totaal", "Oppervlakte totaal", "ha", "OppervlakteTotaal_122", "OPP_TOT"),
    ("oppervlakte_land", "Oppervlakte land", "ha", "OppervlakteLand_123", "OPP_LAND"),
    ("oppervlakte_water", "Oppervlakte water", "ha", "OppervlakteWater_124", "OPP_WATER"),
]


def make_kompas(src):
    ind_rows = []
    for id_, naam, eenheid, k24, k17 in INDICATOREN:
        jaren = [j for j, k in ((2017, k17), (2024, k24)) if k]
        bron = "CBS Kerncijfers wijken en buurten " + " en ".join(str(j) for j in jaren)
        if 2024 in jaren:
            bron += " (2024: tabel 85984NED)"
        ind_rows.append((id_, naam, eenheid, bron))
    write_csv(os.path.join(REPO, "data", "kompas", "indicatoren.csv"), ["id", "naam", "eenheid", "bron"], ind_rows)

    waarden = []
    kwb = read_csv(os.path.join(src, "kerncijfers", "kwb2024_GM0014.csv"))
    for r in kwb:
        for id_, _, _, k24, _ in INDICATOREN:
            if k24:
                v = cbs(r[k24])
                waarden.append((r["code"], id_, 2024, "" if v is None else v))
    for fname, codekol in (("wijk2017.csv", "WK_CODE"), ("buurt2017.csv", "BU_CODE")):
        for r in sorted(read_csv(os.path.join(src, "kerncijfers", fname)), key=lambda r: r[codekol]):
            for id_, _, _, _, k17 in INDICATOREN:
                if k17:
                    v = cbs(r[k17])
                    waarden.append((r[codekol], id_, 2017, "" if v is None else v))
    write_csv(os.path.join(REPO, "data", "kompas", "waarden.csv"), ["gebied", "indicator", "jaar", "waarde"], waarden)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data", "groningen")
    src = os.path.abspath(src)
    if not os.path.isdir(os.path.join(src, "begroting")):
        sys.exit(f"make_sample: {src} is not the Groningen data folder (begroting/ is missing)")
    gebied_inwoners = make_gebieden(src)
    make_geo(src)
    namen = make_taakvelden(src)
    totalen = make_begroting(src, namen, gebied_inwoners)
    make_kompas(src)
    for jaar, t in totalen.items():
        print(jaar, ", ".join(f"{k} € {euro(v, True)}" for k, v in t.items()))


if __name__ == "__main__":
    main()
