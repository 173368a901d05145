#!/usr/bin/env python3
"""Write a synthetic openwijk data repository at a named scale, for benchmarks.

Usage:
    python3 tests/bench/gen_data.py --scale gemeente --seed 1 --out DIR [--force]

The output is a real git repository in the format of data/README.md: site.json,
data/gebieden.csv, data/iv3/taakvelden.csv, data/begroting/2021..2025.csv,
data/kompas/{indicatoren,waarden}.csv and a few content/*.md pages. No GeoJSON:
an area without a shape is only a warning.

Publications are annotated tags `publicatie/<n>` on successive commits. The
first holds the whole data; each later one amends a few % of the budget lines
(the `gewijzigd` column), so diffs between publications have work to do.

Everything follows from --seed: names, dates and ids are fixed, so two runs
give the same commits (same ids). Next to the data the script writes
DIR/bench-manifest.json (untracked, git-excluded) with what the checks need:
area counts per niveau, line counts, and the lasten totals at HEAD.

Scales (the format has exactly one root, of niveau gemeente):
    gemeente   1 gemeente, 5 gebieden, 30 wijken, 115 buurten; 20,000 lines
    provincie  10x: 1 root, 50 gebieden, 300 wijken, 1,150 buurten; 200,000 lines
    land       1 root "Nederland" GM0000 (niveau gemeente), 350 gemeenten as
               niveau gebied, 3,300 wijken, 14,000 buurten; 1,000,000 lines
Lines are totals over the five years (a line id recurs in every year).

Python 3 standard library only.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLE_TAAKVELDEN = os.path.join(REPO_ROOT, "data", "iv3", "taakvelden.csv")

JAREN = [2021, 2022, 2023, 2024, 2025]
DUTCH_JAREN = {2025}       # written in the Dutch Excel notation, like the sample
REALISATIE_TOT = 2023      # jaarrekening known up to and including this year

# name: (root code, root name, gebieden, wijken, buurten, total lines, publications)
SCALES = {
    "gemeente": ("GM9001", "Synthetica", 5, 30, 115, 20_000, 3),
    "provincie": ("GM9002", "Provincie Synthetica", 50, 300, 1_150, 200_000, 5),
    "land": ("GM0000", "Nederland", 350, 3_300, 14_000, 1_000_000, 10),
}

# The sample's illustrative programma per Iv3 hoofdtaakveld.
PROGRAMMAS = {
    "0": "Algemene middelen en bestuur", "1": "Veiligheid", "2": "Verkeer",
    "3": "Werk en economie", "4": "Onderwijs", "5": "Sport, cultuur en openbare ruimte",
    "6": "Zorg, welzijn en inkomen", "7": "Gezondheid en milieu", "8": "Wonen en ruimte",
}
PROGRAMMA_GEBIED = "Wijken en dorpen"
FINANCIERS = ["gemeente", "gemeente", "gemeente", "corporaties", "rijk", "provincie"]
BRON = "synthetisch (illustratief), tests/bench/gen_data.py seed {seed}"

WOORDEN = ["Beuken", "Eiken", "Linden", "Molen", "Kerk", "Water", "Zand", "Riet", "Wilgen",
           "Berken", "Esch", "Heide", "Klooster", "Vlier", "Hazel", "Meeuwen", "Zwanen",
           "Reiger", "Kievit", "Vossen"]
STAMMEN = ["veld", "dijk", "hoek", "hof", "horst", "meer", "broek", "dam", "berg", "weide",
           "kamp", "hout", "zijl", "wolde", "rade"]
VOORVOEGSELS = ["", "Noord-", "Zuid-", "Oost-", "West-", "Oud-", "Nieuw-", "Hoog-", "Laag-"]

CONTENT = {
    "over.md": "---\ntitel: Over deze site\nvolgorde: 1\n---\nEen **synthetische** gemeente "
               "voor benchmarks van openwijk. Alle bedragen zijn verzonnen.\n",
    "colofon.md": "---\ntitel: Colofon\nvolgorde: 2\n---\nGemaakt door `tests/bench/gen_data.py`.\n",
    "open-data.md": "---\ntitel: Open data\nvolgorde: 3\n---\n| bestand | inhoud |\n|---|---|\n"
                    "| begroting | alle regels |\n",
}


def git(repo, *args, env=None, stdin=None):
    return subprocess.run(["git", "-C", repo, *args], check=True, env=env, input=stdin,
                          stdout=subprocess.PIPE).stdout


def git_env(n):
    """Fixed names and dates so every run makes the same commits."""
    env = dict(os.environ)
    date = "2025-%02d-01T12:00:00+01:00" % min(n, 12)
    env.update(GIT_AUTHOR_NAME="openwijk bench", GIT_AUTHOR_EMAIL="bench@openwijk.invalid",
               GIT_COMMITTER_NAME="openwijk bench", GIT_COMMITTER_EMAIL="bench@openwijk.invalid",
               GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return env


# ---------------------------------------------------------------- areas


class Namer:
    """Unique Dutch-looking place names, so every area has its own slug."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def name(self):
        base = (self.rng.choice(VOORVOEGSELS) + self.rng.choice(WOORDEN) +
                self.rng.choice(STAMMEN))
        name, n = base, 1
        while name in self.used:
            n += 1
            name = "%s %d" % (base, n)
        self.used.add(name)
        return name


def spread(children, parents, rng):
    """Assigns `children` items over `parents` (each at least one), a little uneven."""
    assert children >= parents
    counts = [1] * parents
    for _ in range(children - parents):
        counts[rng.randrange(parents)] += 1
    return counts


def make_areas(scale, rng):
    root, root_name, n_gb, n_wk, n_bu = SCALES[scale][:5]
    namer = Namer(rng)
    areas = [(root, root_name, "gemeente", "", "")]
    gebieden = []
    for i in range(n_gb):
        code = "GB%04d" % (i + 1)
        gebieden.append(code)
        areas.append((code, namer.name(), "gebied", root, "dorp" if i % 7 == 6 else "wijk"))
    wijken = []
    for gb, count in zip(gebieden, spread(n_wk, n_gb, rng)):
        for _ in range(count):
            code = "WK%06d" % (len(wijken) + 1)
            wijken.append(code)
            areas.append((code, namer.name(), "wijk", gb, "dorp" if rng.random() < 0.2 else "wijk"))
    buurten = 0
    for wk, count in zip(wijken, spread(n_bu, n_wk, rng)):
        for _ in range(count):
            buurten += 1
            areas.append(("BU%08d" % buurten, namer.name(), "buurt", wk,
                          "dorp" if rng.random() < 0.2 else "wijk"))
    return areas


# ---------------------------------------------------------------- taakvelden


def load_taakvelden():
    """The sample's scheme, with 2021 and 2022 added wherever 2023 is valid."""
    with open(SAMPLE_TAAKVELDEN, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    per_code = {}
    for r in rows:
        jaren = r["jaren"].split()
        if "2023" in jaren:
            jaren = ["2021", "2022"] + jaren
        out.append((r["code"], r["naam"], " ".join(jaren)))
        per_code.setdefault(r["code"], set()).update(int(j) for j in jaren)
    # Lines keep their taakveld in every year, so use codes valid in all years;
    # 0.10 and 0.11 (reserves, resultaat) are not spending.
    usable = sorted(c for c, j in per_code.items()
                    if set(JAREN) <= j and c not in ("0.10", "0.11"))
    names = {}
    for code, naam, jaren in out:
        names.setdefault(code, naam)
    return out, usable, names


# ---------------------------------------------------------------- budget lines


def cents(rng, low, high):
    """A log-uniform amount in cents; one in ten has cents, one in 200 is negative."""
    euros = int(round(low * (high / low) ** rng.random()))
    c = euros * 100 + (rng.randrange(1, 100) if rng.random() < 0.1 else 0)
    return -c if rng.random() < 0.005 else c


def make_lines(scale, areas, codes, tv_names, rng):
    """Line templates (fixed per id) and the amounts per year."""
    total = SCALES[scale][5]
    per_year = total // len(JAREN)
    root = areas[0][0]
    lines = []  # dicts: id, gebied, programma, taakveld, omschrijving, soort, financier
    for code in codes:
        for soort in ("lasten", "baten"):
            lines.append(dict(id="iv3-%s-%s" % (code, soort), gebied=root,
                              programma=PROGRAMMAS[code.split(".")[0]], taakveld=code,
                              omschrijving="%s: %s voor de hele gemeente" % (tv_names[code], soort),
                              soort=soort, financier="gemeente", big=True))
    others = areas[1:]
    n = 0
    while len(lines) < per_year:
        n += 1
        a = others[rng.randrange(len(others))]
        code = rng.choice(codes)
        soort = "baten" if rng.random() < 0.2 else "lasten"
        programma = PROGRAMMA_GEBIED if rng.random() < 0.5 else PROGRAMMAS[code.split(".")[0]]
        what = "%s in %s" % (tv_names[code], a[1])
        if n % 13 == 0:
            what += ', fase "%d", deel %d' % (n % 5 + 1, n % 3 + 1)  # quoting and separators
        lines.append(dict(id="r%07d" % n, gebied=a[0], programma=programma, taakveld=code,
                          omschrijving=what, soort=soort, financier=rng.choice(FINANCIERS),
                          big=False))
    amounts = {}  # (jaar, index) -> [begroot, gewijzigd, realisatie] (cents or None)
    for i, line in enumerate(lines):
        base = cents(rng, 1e6, 5e7) if line["big"] else cents(rng, 1_000, 2_000_000)
        for k, jaar in enumerate(JAREN):
            begroot = int(base * (1 + 0.03 * k) * rng.uniform(0.95, 1.05))
            gewijzigd = int(begroot * rng.uniform(0.95, 1.1)) if jaar <= REALISATIE_TOT and rng.random() < 0.3 else None
            realisatie = int(begroot * rng.uniform(0.8, 1.2)) if jaar <= REALISATIE_TOT else None
            amounts[(jaar, i)] = [begroot, gewijzigd, realisatie]
    return lines, amounts


def amend(lines, amounts, rng, fraction=0.03):
    """One publication's amendments: a new `gewijzigd` on a few % of all lines."""
    keys = sorted(amounts)
    for key in rng.sample(keys, max(1, int(len(keys) * fraction))):
        begroot = amounts[key][0]
        amounts[key][1] = int(begroot * rng.uniform(0.9, 1.15))


def fmt_standard(c):
    if c is None:
        return ""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d" % (sign, c // 100) if c % 100 == 0 else "%s%d.%02d" % (sign, c // 100, c % 100)


def fmt_dutch(c):
    if c is None:
        return ""
    sign = "-" if c < 0 else ""
    c = abs(c)
    whole = "{:,}".format(c // 100).replace(",", ".")
    return sign + whole if c % 100 == 0 else "%s%s,%02d" % (sign, whole, c % 100)


def write_begroting(repo, lines, amounts, seed):
    bron = BRON.format(seed=seed)
    header = ["id", "gebied", "programma", "taakveld", "omschrijving", "soort", "begroot",
              "gewijzigd", "realisatie", "financier", "bron"]
    for jaar in JAREN:
        dutch = jaar in DUTCH_JAREN
        fmt = fmt_dutch if dutch else fmt_standard
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";" if dutch else ",", lineterminator="\n")
        w.writerow(header)
        for i, l in enumerate(lines):
            b, g, r = amounts[(jaar, i)]
            w.writerow([l["id"], l["gebied"], l["programma"], l["taakveld"], l["omschrijving"],
                        l["soort"], fmt(b), fmt(g), fmt(r), l["financier"], bron])
        with open(os.path.join(repo, "data", "begroting", "%d.csv" % jaar), "w",
                  encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())


# ---------------------------------------------------------------- the rest


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_static(repo, scale, areas, taakvelden, rng):
    root = areas[0]
    site = {
        "titel": "Open begroting %s (synthetisch)" % root[1],
        "gemeente": root[0],
        "basis_url": "https://bench.openwijk.invalid/%s/" % scale,
        "licentie": {"naam": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"},
        "bronnen": [{"naam": "Synthetisch (illustratief): tests/bench/gen_data.py",
                     "url": "https://bench.openwijk.invalid/colofon/", "licentie": "CC0 1.0"}],
        "geo": {"code_eigenschap": ["statcode"]},
        "kompas": {"inwoners": "inwoners"},
    }
    with open(os.path.join(repo, "site.json"), "w", encoding="utf-8") as f:
        json.dump(site, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_csv(os.path.join(repo, "data", "gebieden.csv"), ["code", "naam", "niveau", "ouder", "soort"], areas)
    write_csv(os.path.join(repo, "data", "iv3", "taakvelden.csv"), ["code", "naam", "jaren"], taakvelden)
    write_csv(os.path.join(repo, "data", "kompas", "indicatoren.csv"), ["id", "naam", "eenheid", "bron"],
              [("inwoners", "Inwoners", "inwoners", "synthetisch (illustratief)"),
               ("woningen", "Woningvoorraad", "woningen", "synthetisch (illustratief)")])
    # Buurten get values; every higher area the sum of its children.
    inwoners = {}
    children = {}
    for code, _, niveau, ouder, _ in areas:
        children.setdefault(ouder, []).append(code)
        if niveau == "buurt":
            inwoners[code] = rng.randrange(200, 6000)
    for code, _, _, _, _ in reversed(areas):
        if code not in inwoners:
            inwoners[code] = sum(inwoners[c] for c in children.get(code, []))
    rows = []
    for code, _, _, _, _ in areas:
        for jaar, factor in ((2023, 0.98), (2024, 1.0)):
            n = int(inwoners[code] * factor)
            rows.append((code, "inwoners", jaar, n))
            rows.append((code, "woningen", jaar, "" if code.endswith("7") else n * 10 // 21))
    write_csv(os.path.join(repo, "data", "kompas", "waarden.csv"), ["gebied", "indicator", "jaar", "waarde"], rows)
    for name, text in CONTENT.items():
        with open(os.path.join(repo, "content", name), "w", encoding="utf-8") as f:
            f.write(text)


def lasten_totals(lines, amounts):
    out = {}
    for jaar in JAREN:
        t = [0, 0, 0]
        for i, l in enumerate(lines):
            if l["soort"] != "lasten":
                continue
            for k, v in enumerate(amounts[(jaar, i)]):
                t[k] += v or 0
        out[str(jaar)] = dict(zip(("begroot", "gewijzigd", "realisatie"), t))
    return out


def euro_rounded(c):
    """openwijk's FormatEuroRounded: whole euros, half away from zero, '.' thousands."""
    e = (c + 50) // 100 if c >= 0 else -((-c + 50) // 100)
    return ("-€ " if e < 0 else "€ ") + "{:,}".format(abs(e)).replace(",", ".")


def self_hash():
    with open(os.path.abspath(__file__), "rb") as f:
        h = hashlib.sha256(f.read())
    with open(SAMPLE_TAAKVELDEN, "rb") as f:
        h.update(f.read())
    return h.hexdigest()[:16]


def generate(scale, seed, out):
    rng = random.Random("%s/%d" % (scale, seed))
    if os.path.exists(out):
        shutil.rmtree(out)
    for d in ("data/begroting", "data/iv3", "data/kompas", "content"):
        os.makedirs(os.path.join(out, d))
    subprocess.run(["git", "init", "-q", "-b", "main", out], check=True)
    with open(os.path.join(out, ".git", "info", "exclude"), "a") as f:
        f.write("bench-manifest.json\n")
    areas = make_areas(scale, rng)
    taakvelden, codes, tv_names = load_taakvelden()
    lines, amounts = make_lines(scale, areas, codes, tv_names, rng)
    write_static(out, scale, areas, taakvelden, rng)
    publications = SCALES[scale][6]
    for n in range(1, publications + 1):
        if n > 1:
            amend(lines, amounts, rng)
        write_begroting(out, lines, amounts, seed)
        env = git_env(n)
        git(out, "add", "-A", env=env)
        msg = "publicatie %d: %s" % (n, "eerste begroting" if n == 1 else "wijzigingen (amendementen)")
        git(out, "commit", "-q", "-m", msg, env=env)
        git(out, "tag", "-a", "publicatie/%d" % n, "-m", "Publicatie %d" % n, env=env)
    totals = lasten_totals(lines, amounts)
    laatste = str(JAREN[-1])
    # A buurt line of the newest year, for the incremental benchmark.
    incr = next(l for l in lines if l["gebied"].startswith("BU"))
    per_niveau = {}
    for a in areas:
        per_niveau[a[2]] = per_niveau.get(a[2], 0) + 1
    manifest = {
        "scale": scale, "seed": seed, "generator": self_hash(),
        "root": {"code": areas[0][0], "naam": areas[0][1]},
        "areas": len(areas), "areas_per_niveau": per_niveau,
        "jaren": JAREN, "lines_per_year": len(lines), "lines_total": len(lines) * len(JAREN),
        "content_pages": len(CONTENT),
        "publications": ["publicatie/%d" % n for n in range(1, publications + 1)],
        "lasten_totals_cents": totals,
        "expect_on_root_page": euro_rounded(totals[laatste]["begroot"]),
        "incremental_line": {"file": "data/begroting/%s.csv" % laatste, "id": incr["id"],
                             "gebied": incr["gebied"]},
        "head": git(out, "rev-parse", "HEAD").decode().strip(),
    }
    with open(os.path.join(out, "bench-manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return manifest


def cached(out, scale, seed):
    """The manifest if OUT already holds this scale, seed and generator version."""
    try:
        with open(os.path.join(out, "bench-manifest.json"), encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, ValueError):
        return None
    ok = m.get("scale") == scale and m.get("seed") == seed and m.get("generator") == self_hash()
    return m if ok else None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--scale", choices=sorted(SCALES), required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", required=True, help="the repository to write (replaced)")
    p.add_argument("--force", action="store_true", help="regenerate even when cached")
    args = p.parse_args()
    m = None if args.force else cached(args.out, args.scale, args.seed)
    if m:
        print("gen_data: %s seed %d is cached in %s" % (args.scale, args.seed, args.out))
    else:
        m = generate(args.scale, args.seed, args.out)
        print("gen_data: wrote %s seed %d to %s: %d areas, %d lines, %d publications" %
              (args.scale, args.seed, args.out, m["areas"], m["lines_total"], len(m["publications"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
