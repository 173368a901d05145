#!/usr/bin/env python3
"""Export a data repository as the equivalent Hugo site, for the benchmark.

Usage:
    python3 tests/bench/hugo_export.py --repo DIR [--rev REV] --out HUGO_SRC

The Hugo site has one page per area (content stub <niveau>/<slug>.md) and, per
area, a data file data/gebieden/<code>.json with the breadcrumb, the children
and the two tables openwijk shows for the newest year: lasten per programma and
per taakveld, with begroot, gewijzigd and realisatie. The templates print the
amounts in Dutch notation (€ 1.234.567) with lang.FormatNumberCustom.

The aggregation over each area's subtree happens here, in Python, and is not
timed: Hugo only reads the data, renders and writes. So Hugo does less than
openwijk (which also aggregates, renders every year, the kompas and the CSV
and JSON downloads); the ratio is a lower bound on what Hugo would need.
Python 3 standard library only.
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

CONFIG = {
    "baseURL": "https://bench.openwijk.invalid/",
    "languageCode": "nl",
    "title": "",
    "disableKinds": ["taxonomy", "term", "RSS", "sitemap", "section", "404", "robotsTXT"],
    "enableRobotsTXT": False,
    "relativeURLs": True,
}

BASEOF = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="kop"><p class="site-naam"><a href="{{ "" | relURL }}">{{ site.Title }}</a></p></header>
<main id="inhoud">
{{ block "main" . }}{{ end }}
</main>
<footer class="voet"><p>Gemaakt met Hugo uit dezelfde gegevens.</p></footer>
</body>
</html>
"""

HOME = """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ with site.GetPage "/gemeente" }}{{ end }}
<ul>{{ range where site.RegularPages "Params.niveau" "gemeente" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
"""

SINGLE = """{{ define "main" }}{{ $d := index site.Data.gebieden .Params.code }}
<nav aria-label="Kruimelpad" class="kruimelpad"><ol>{{ range $d.kruimelpad }}<li><a href="{{ .url | relURL }}">{{ .naam }}</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
<h1>{{ .Title }} <span class="soort">{{ $d.niveau }}</span></h1>
<p class="code">Code: {{ .Params.code }}</p>
{{ with $d.kinderen }}<section aria-labelledby="delen"><h2 id="delen">Delen van {{ $.Title }}</h2>
<ul class="kinderen">{{ range . }}<li><a href="{{ .url | relURL }}">{{ .naam }}</a> <span class="soort">{{ .niveau }}</span></li>
{{ end }}</ul></section>{{ end }}
<section aria-labelledby="begroting"><h2 id="begroting">Begroting {{ $d.jaar }}</h2>
{{ if $d.programma }}
{{ partial "tabel.html" (dict "caption" (printf "Lasten per programma, %v" $d.jaar) "kop" "Programma" "rijen" $d.programma "totaal" $d.totaal) }}
{{ partial "tabel.html" (dict "caption" (printf "Lasten per taakveld (Iv3), %v" $d.jaar) "kop" "Taakveld" "rijen" $d.taakveld "totaal" $d.totaal) }}
{{ else }}<p>Voor dit gebied zijn in {{ $d.jaar }} geen bedragen toegerekend.</p>{{ end }}
</section>
{{ end }}
"""

TABEL = """<div class="tabel-wrap"><table>
<caption>{{ .caption }}</caption>
<thead><tr><th scope="col">{{ .kop }}</th><th scope="col" class="num">Begroot</th><th scope="col" class="num">Gewijzigd</th><th scope="col" class="num">Realisatie</th></tr></thead>
<tbody>
{{ range .rijen }}<tr><th scope="row">{{ .naam }}</th>{{ partial "bedragen.html" . }}</tr>
{{ end }}</tbody>
<tfoot><tr><th scope="row">Totaal</th>{{ partial "bedragen.html" .totaal }}</tr></tfoot>
</table></div>
"""

BEDRAGEN = """{{ range slice "begroot" "gewijzigd" "realisatie" }}{{ $v := index $ . }}{{ if eq $v nil }}<td class="num nb">niet bekend</td>{{ else if lt $v 0 }}<td class="num">-€ {{ lang.FormatNumberCustom 0 (mul $v -1) "- , ." }}</td>{{ else }}<td class="num">€ {{ lang.FormatNumberCustom 0 $v "- , ." }}</td>{{ end }}{{ end }}"""

STYLE = "body{font-family:sans-serif;max-width:60rem;margin:auto}.num{text-align:right}\n"


def slugify(s):
    """Close to openwijk's Slugify: ASCII lower case, '-' between words."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def git_show(repo, rev, path):
    r = subprocess.run(["git", "-C", repo, "show", "%s:%s" % (rev, path)], check=True,
                       stdout=subprocess.PIPE)
    return r.stdout.decode("utf-8-sig")


def git_ls(repo, rev, folder):
    r = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", rev, folder + "/"],
                       check=True, stdout=subprocess.PIPE)
    return r.stdout.decode().split()


def read_csv(text):
    header = text.split("\n", 1)[0]
    dutch = ";" in header
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if dutch else ","))
    return rows, dutch


def amount(text, dutch):
    """Cents, or None when empty."""
    if not text:
        return None
    if dutch:
        text = text.replace(".", "").replace(",", ".")
    neg = text.startswith("-")
    whole, _, frac = text.lstrip("-").partition(".")
    c = int(whole) * 100 + int((frac + "00")[:2])
    return -c if neg else c


class Sums:
    __slots__ = ("v",)

    def __init__(self):
        self.v = [None, None, None]

    def add(self, amounts):
        for k, a in enumerate(amounts):
            if a is not None:
                self.v[k] = (self.v[k] or 0) + a

    def json(self, naam=None):
        d = {"begroot": self.euros(0), "gewijzigd": self.euros(1), "realisatie": self.euros(2)}
        if naam is not None:
            d["naam"] = naam
        return d

    def euros(self, k):
        v = self.v[k]
        return None if v is None else v / 100


def export(repo, rev, out):
    site = json.loads(git_show(repo, rev, "site.json"))
    areas, _ = read_csv(git_show(repo, rev, "data/gebieden.csv"))
    tv_rows, _ = read_csv(git_show(repo, rev, "data/iv3/taakvelden.csv"))
    jaren = sorted(int(os.path.splitext(os.path.basename(p))[0])
                   for p in git_ls(repo, rev, "data/begroting"))
    jaar = jaren[-1]
    tv_naam = {r["code"]: r["naam"] for r in tv_rows if str(jaar) in r["jaren"].split()}
    lines, dutch = read_csv(git_show(repo, rev, "data/begroting/%d.csv" % jaar))

    by_code = {a["code"]: a for a in areas}
    url = {}
    for a in areas:
        url[a["code"]] = "%s/%s/" % (a["niveau"], slugify(a["naam"]) or slugify(a["code"]))
    children = {}
    for a in areas:
        children.setdefault(a["ouder"], []).append(a["code"])

    def ancestors(code):
        while code:
            yield code
            code = by_code[code]["ouder"]

    per_prog, per_tv, totaal = {}, {}, {}
    for r in lines:
        if r["soort"] != "lasten":
            continue
        am = [amount(r[k], dutch) for k in ("begroot", "gewijzigd", "realisatie")]
        for code in ancestors(r["gebied"]):
            per_prog.setdefault(code, {}).setdefault(r["programma"], Sums()).add(am)
            per_tv.setdefault(code, {}).setdefault(r["taakveld"], Sums()).add(am)
            totaal.setdefault(code, Sums()).add(am)

    def tv_key(code):
        major, _, minor = code.partition(".")
        return (int(major), int(minor or 0), code)

    if os.path.exists(out):
        shutil.rmtree(out)
    for d in ("content", "data/gebieden", "layouts/_default", "layouts/partials", "static"):
        os.makedirs(os.path.join(out, d))
    config = dict(CONFIG, title=site["titel"])
    write(out, "config.json", json.dumps(config, indent=2))
    write(out, "layouts/_default/baseof.html", BASEOF)
    write(out, "layouts/_default/single.html", SINGLE)
    write(out, "layouts/index.html", HOME)
    write(out, "layouts/partials/tabel.html", TABEL)
    write(out, "layouts/partials/bedragen.html", BEDRAGEN)
    write(out, "static/style.css", STYLE)
    write(out, "content/_index.md", json.dumps({"title": site["titel"]}) + "\n")
    for a in areas:
        code = a["code"]
        crumbs = []
        p = a["ouder"]
        while p:
            crumbs.insert(0, {"naam": by_code[p]["naam"], "url": url[p]})
            p = by_code[p]["ouder"]
        kinderen = sorted(children.get(code, []), key=lambda c: by_code[c]["naam"])
        data = {
            "niveau": a["niveau"], "jaar": jaar, "kruimelpad": crumbs,
            "kinderen": [{"naam": by_code[c]["naam"], "url": url[c], "niveau": by_code[c]["niveau"]}
                         for c in kinderen],
            "programma": [s.json(n) for n, s in sorted(per_prog.get(code, {}).items())],
            "taakveld": [s.json("%s %s" % (t, tv_naam.get(t, "")))
                         for t, s in sorted(per_tv.get(code, {}).items(), key=lambda kv: tv_key(kv[0]))],
            "totaal": totaal.get(code, Sums()).json(),
        }
        write(out, "data/gebieden/%s.json" % code, json.dumps(data, ensure_ascii=False))
        stub = {"title": a["naam"], "code": code, "niveau": a["niveau"], "url": "/" + url[code]}
        write(out, "content/%s.md" % url[code].rstrip("/"), json.dumps(stub, ensure_ascii=False) + "\n")
    return len(areas)


def write(out, rel, text):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--repo", required=True)
    p.add_argument("--rev", default="HEAD")
    p.add_argument("--out", required=True, help="the Hugo source folder to write (replaced)")
    args = p.parse_args()
    n = export(args.repo, args.rev, args.out)
    print("hugo_export: %d area pages in %s" % (n, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
