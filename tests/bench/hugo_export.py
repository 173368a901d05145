#!/usr/bin/env python3
"""Export a data repository as the equivalent Hugo site, for the benchmark.

Usage:
    python3 tests/bench/hugo_export.py --repo DIR [--rev REV] --out HUGO_SRC [--pages-only]

The Hugo site has the pages that make up almost all of openwijk's, with the
same tables and the same number notation (€ 1.234.567, cents only when there
are any), rendered by Hugo templates from data files:

- one page per area (<niveau>/<slug>/): breadcrumb, children, and the newest
  year's lasten per programma and per taakveld (begroot, gewijzigd,
  realisatie);
- per area and year, verantwoording/<jaar>/ (every year) and begroting/<jaar>/
  (every year but the newest, which is on the area page): the same two
  tables, with the difference and the difference in % computed by the
  template, as openwijk's pages show;
- per line id, begroting/regel/<id>/: the line's amounts per year in each
  publication, one row per run of publications with equal amounts;
- the begroting downloads, with openwijk's paths and bytes: per area and year
  <niveau>/<slug>/begroting-<jaar>.csv and .json (every line of the area and
  the areas below it), and per publication publicaties/<n>/begroting.csv and
  .json (every line of every year, sorted by id). The amounts come in the
  downloads' notation (the export writes 1234.5 as "1234.50"); the templates
  join each area's line numbers to the lines, quote the CSV fields that need
  it and sort a publication's lines; a line's row is rendered once per
  distinct line (partialCached, keyed by the line's content), as openwijk
  renders it once. --pages-only leaves them out: the job of the benchmark up
  to session 31, which run.py still times beside the full one.

The aggregation over each area's subtree and the line histories are computed
here, in Python, and are not timed: Hugo only reads the data, renders and
writes. What Hugo still does not make: maps, the kompas, agenda and
publication pages, and the smaller downloads (the changes of each
publication, kompas, projecten and the other tables of a publication): a few
percent of openwijk's pages and about a third of its bytes. So the Hugo
build is still the smaller job.
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
    # The downloads: plain text (text/template, nothing escaped as HTML), one
    # file per page, at the page's url.
    "outputFormats": {
        "bcsv": {"mediaType": "text/csv", "isPlainText": True, "notAlternative": True},
        "bjson": {"mediaType": "application/json", "isPlainText": True, "notAlternative": True},
    },
    "mediaTypes": {"text/csv": {"suffixes": ["csv"]}},
}

KOLOMMEN = ("id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
            "financier,bron,besluit")

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

JAAR = """{{ define "main" }}{{ $d := index (index site.Data.gebieden .Params.code).jaren (string .Params.jaar) }}
<nav aria-label="Kruimelpad" class="kruimelpad"><ol><li><a href="{{ "" | relURL }}">Home</a></li><li><a href="{{ .Params.gebied_url | relURL }}">{{ .Params.gebied }}</a></li><li aria-current="page">{{ .Params.soort }} {{ .Params.jaar }}</li></ol></nav>
<h1>{{ .Title }}</h1>
{{ if $d.programma }}
<section aria-labelledby="programma"><h2 id="programma">Per programma</h2>
{{ partial "vtabel.html" (dict "caption" (printf "Lasten per programma, %v: begroot, gewijzigd en realisatie" .Params.jaar) "kop" "Programma" "rijen" $d.programma "totaal" $d.totaal) }}</section>
<section aria-labelledby="taakveld"><h2 id="taakveld">Per taakveld</h2>
{{ partial "vtabel.html" (dict "caption" (printf "Lasten per taakveld (Iv3), %v: begroot, gewijzigd en realisatie" .Params.jaar) "kop" "Taakveld" "rijen" $d.taakveld "totaal" $d.totaal) }}</section>
{{ else }}<p>Voor dit gebied zijn in {{ .Params.jaar }} geen bedragen toegerekend.</p>{{ end }}
{{ end }}
"""

VTABEL = """<div class="tabel-wrap" tabindex="0" role="group" aria-label="Tabel"><table>
<caption>{{ .caption }}</caption>
<thead><tr><th scope="col">{{ .kop }}</th><th scope="col" class="num">Begroot</th><th scope="col" class="num">Gewijzigd</th><th scope="col" class="num">Realisatie</th><th scope="col" class="num">Verschil</th><th scope="col" class="num">Verschil in %</th><th scope="col">Toelichting</th></tr></thead>
<tbody>
{{ range .rijen }}<tr><th scope="row">{{ .naam }}</th>{{ partial "bedragen.html" . }}{{ partial "verschil.html" . }}</tr>
{{ end }}</tbody>
<tfoot><tr><th scope="row">Totaal</th>{{ partial "bedragen.html" .totaal }}{{ partial "verschil.html" .totaal }}</tr></tfoot>
</table></div>
"""

VERSCHIL = """{{ $plan := .gewijzigd }}{{ if eq $plan nil }}{{ $plan = .begroot }}{{ end }}{{ if or (eq .realisatie nil) (eq $plan nil) }}<td class="num nb">niet bekend</td><td class="num nb">niet bekend</td><td class="signaal">Nog niet bekend: wat er is uitgegeven, staat nog niet in de gegevens.</td>{{ else }}{{ $v := sub .realisatie $plan }}{{ if lt $v 0 }}<td class="num">-€ {{ lang.FormatNumberCustom 0 (mul $v -1) "- , ." }}</td>{{ else }}<td class="num">€ {{ lang.FormatNumberCustom 0 $v "- , ." }}</td>{{ end }}{{ if eq $plan 0.0 }}<td class="num nb">niet bekend</td><td></td>{{ else }}{{ $pct := div (mul $v 100.0) $plan }}<td class="num">{{ lang.FormatNumberCustom 1 $pct "- , ." }}%</td><td>{{ if or (gt $pct 10.0) (lt $pct -10.0) }}Wijkt meer dan 10% af.{{ end }}</td>{{ end }}{{ end }}"""

REGEL = """{{ define "main" }}<nav aria-label="Kruimelpad" class="kruimelpad"><ol><li><a href="{{ "publicaties/" | relURL }}">Publicaties</a></li></ol></nav>
<h1>{{ .Title }}</h1>
<p class="code">Regel {{ .Params.id }}</p>
<div class="tabel-wrap" tabindex="0" role="group" aria-label="Tabel"><table>
<caption>Bedragen van deze regel per jaar in elke publicatie, de oudste eerst</caption>
<thead><tr><th scope="col">Publicatie</th><th scope="col">Datum</th><th scope="col">Jaar</th><th scope="col">Gebied</th><th scope="col" class="num">Begroot</th><th scope="col" class="num">Gewijzigd</th><th scope="col" class="num">Realisatie</th></tr></thead>
<tbody>
{{ range .Params.rijen }}<tr><th scope="row"><a href="{{ .url | relURL }}">{{ .publicatie }}</a>{{ with .tot }} tot en met {{ . }}{{ end }}</th><td><time datetime="{{ .datum }}">{{ (time .datum).Format "2 January 2006" }}</time></td><td>{{ .jaar }}</td><td><a href="{{ .gebied_url | relURL }}">{{ .gebied }}</a></td>{{ partial "centen.html" (dict "c" .begroot) }}{{ partial "centen.html" (dict "c" .gewijzigd) }}{{ partial "centen.html" (dict "c" .realisatie) }}</tr>
{{ end }}</tbody>
</table></div>
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

CENTEN = """{{ if eq .c nil }}<td class="num nb">niet bekend</td>{{ else }}{{ $c := int .c }}{{ $neg := lt $c 0 }}{{ if $neg }}{{ $c = mul $c -1 }}{{ end }}<td class="num">{{ if $neg }}-{{ end }}€ {{ if eq (mod $c 100) 0 }}{{ lang.FormatNumberCustom 0 (div $c 100) "- , ." }}{{ else }}{{ lang.FormatNumberCustom 2 (div (float $c) 100) "- , ." }}{{ end }}</td>{{ end }}"""

# A download: .Params.stand names the revision's lines (data/regels/<stand>/
# <jaar>.json); .Params.code, when set, is the area, whose data lists the
# numbers of its lines per year; without it, every line of every year.
DOWNLOAD_CSV = KOLOMMEN + """
{{ $stand := .Params.stand }}{{ $regels := index site.Data.regels $stand }}{{ with .Params.code }}{{ $jaar := string $.Params.jaar }}{{ $lijst := index $regels $jaar }}{{ range index (index site.Data.gebieden .).regels $jaar }}{{ $r := index $lijst (int .) }}{{ partialCached "rij.csv" $r $r.rij }}{{ end }}{{ else }}{{ range $jaar, $lijst := $regels }}{{ range sort $lijst "id" }}{{ partialCached "rij.csv" . .rij }}{{ end }}{{ end }}{{ end }}"""

DOWNLOAD_JSON = """[{{ $stand := .Params.stand }}{{ $regels := index site.Data.regels $stand }}{{ $n := 0 }}{{ with .Params.code }}{{ $jaar := string $.Params.jaar }}{{ $lijst := index $regels $jaar }}{{ range index (index site.Data.gebieden .).regels $jaar }}{{ if $n }},{{ end }}
 {{ $r := index $lijst (int .) }}{{ partialCached "rij.json" $r $r.rij }}{{ $n = add $n 1 }}{{ end }}{{ else }}{{ range $jaar, $lijst := $regels }}{{ range sort $lijst "id" }}{{ if $n }},{{ end }}
 {{ partialCached "rij.json" . .rij }}{{ $n = add $n 1 }}{{ end }}{{ end }}{{ end }}{{ if $n }}
{{ end }}]
"""

# One line as CSV: a field with ',', '"' or a line break is quoted, '"'
# doubled. The amounts are in the data as openwijk writes them in its
# downloads (euros, cents only when there are any; "" when unknown).
RIJ_CSV = r"""{{ define "veld" }}{{ if strings.ContainsAny . ",\"\r\n" }}"{{ replace . "\"" "\"\"" }}"{{ else }}{{ . }}{{ end }}{{ end }}{{ template "veld" .id }},{{ .jaar }},{{ template "veld" .gebied }},{{ template "veld" .programma }},{{ template "veld" .taakveld }},{{ template "veld" .omschrijving }},{{ .soort }},{{ .begroot }},{{ .gewijzigd }},{{ .realisatie }},{{ template "veld" .financier }},{{ template "veld" .bron }},{{ template "veld" .besluit }}
"""

RIJ_JSON = """{"id": {{ jsonify .id }}, "jaar": {{ .jaar }}, "gebied": {{ jsonify .gebied }}, "programma": {{ jsonify .programma }}, "taakveld": {{ jsonify .taakveld }}, "omschrijving": {{ jsonify .omschrijving }}, "soort": {{ jsonify .soort }}, "begroot": {{ or .begroot "null" }}, "gewijzigd": {{ or .gewijzigd "null" }}, "realisatie": {{ or .realisatie "null" }}, "financier": {{ jsonify .financier }}, "bron": {{ jsonify .bron }}, "besluit": {{ jsonify .besluit }}}"""

STYLE = "body{font-family:sans-serif;max-width:60rem;margin:auto}.num{text-align:right}\n"


def slugify(s):
    """Close to openwijk's Slugify: ASCII lower case, '-' between words."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def git_show(repo, rev, path):
    r = subprocess.run(["git", "-C", repo, "show", "%s:%s" % (rev, path)], check=True,
                       stdout=subprocess.PIPE)
    return r.stdout.decode("utf-8-sig")


def git_rev(repo, rev):
    r = subprocess.run(["git", "-C", repo, "rev-parse", rev + "^{commit}"], check=True,
                       stdout=subprocess.PIPE)
    return r.stdout.decode().strip()


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


def regel(r, jaar, dutch):
    """A line as the downloads have it: text, the amounts in the notation of
    openwijk's downloads (1234.5 -> "1234.50", 1000.00 -> "1000")."""
    d = {k: r.get(k) or "" for k in ("id", "gebied", "programma", "taakveld", "omschrijving",
                                     "soort", "financier", "bron", "besluit")}
    d["jaar"] = str(jaar)
    for k in ("begroot", "gewijzigd", "realisatie"):
        c = amount(r[k], dutch)
        d[k] = "" if c is None else decimaal(c)
    return d


def decimaal(cents):
    text = "%s%d" % ("-" if cents < 0 else "", abs(cents) // 100)
    return text + (".%02d" % (abs(cents) % 100) if cents % 100 else "")


def year_files(repo, rev, jaren):
    """(jaar, rows, dutch) for each of jaren whose begroting file rev has."""
    for j in jaren:
        try:
            text = git_show(repo, rev, "data/begroting/%d.csv" % j)
        except subprocess.CalledProcessError:
            continue
        rows, dutch = read_csv(text)
        yield j, rows, dutch


def regels_per_jaar(files):
    """Every year's lines of a revision's year_files, in the order of the file."""
    return {str(j): [regel(r, j, dutch) for r in rows] for j, rows, dutch in files}


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


def git_tags(repo, rev):
    """The publication tags reachable from rev, oldest first: (tag, title, date)."""
    r = subprocess.run(["git", "-C", repo, "for-each-ref", "--sort=creatordate", "--merged", rev,
                        "--format=%(refname:short)\t%(contents:subject)\t%(creatordate:short)",
                        "refs/tags/publicatie/"], check=True, stdout=subprocess.PIPE)
    return [line.split("\t") for line in r.stdout.decode().splitlines() if line]


def aggregate(lines, dutch, ancestors):
    """Lasten per programma, per taakveld and in total, for every area above each line."""
    per_prog, per_tv, totaal = {}, {}, {}
    for r in lines:
        if r["soort"] != "lasten":
            continue
        am = [amount(r[k], dutch) for k in ("begroot", "gewijzigd", "realisatie")]
        for code in ancestors(r["gebied"]):
            per_prog.setdefault(code, {}).setdefault(r["programma"], Sums()).add(am)
            per_tv.setdefault(code, {}).setdefault(r["taakveld"], Sums()).add(am)
            totaal.setdefault(code, Sums()).add(am)
    return per_prog, per_tv, totaal


def export(repo, rev, out, downloads_too=True):
    site = json.loads(git_show(repo, rev, "site.json"))
    areas, _ = read_csv(git_show(repo, rev, "data/gebieden.csv"))
    tv_rows, _ = read_csv(git_show(repo, rev, "data/iv3/taakvelden.csv"))
    jaren = sorted(int(os.path.splitext(os.path.basename(p))[0])
                   for p in git_ls(repo, rev, "data/begroting"))
    jaar = jaren[-1]

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

    def tv_key(code):
        major, _, minor = code.partition(".")
        return (int(major), int(minor or 0), code)

    # Each revision's year files, read and parsed once (a tag may be rev).
    gelezen = {}

    def files_at(r):
        commit = git_rev(repo, r)
        if commit not in gelezen:
            gelezen[commit] = list(year_files(repo, r, jaren))
        return gelezen[commit]

    # Every year's tables for every area.
    tabellen = {}
    for j, lines, dutch in files_at(rev):
        tv_naam = {r["code"]: r["naam"] for r in tv_rows if str(j) in r["jaren"].split()}
        per_prog, per_tv, totaal = aggregate(lines, dutch, ancestors)
        for a in areas:
            code = a["code"]
            tabellen.setdefault(code, {})[str(j)] = {
                "programma": [s.json(n) for n, s in sorted(per_prog.get(code, {}).items())],
                "taakveld": [s.json("%s %s" % (t, tv_naam.get(t, "")))
                             for t, s in sorted(per_tv.get(code, {}).items(),
                                                key=lambda kv: tv_key(kv[0]))],
                "totaal": totaal.get(code, Sums()).json(),
            }

    # The downloads' lines: at rev ("head") and in each publication that is
    # not rev itself; per area and year, the numbers of the lines of its
    # subtree in the order of the year's list.
    commit = git_rev(repo, rev)
    standen = {"head": regels_per_jaar(files_at(rev))}
    area_regels = {a["code"]: {} for a in areas}
    for j, lijst in standen["head"].items():
        for i, r in enumerate(lijst):
            for code in ancestors(r["gebied"]):
                area_regels[code].setdefault(j, []).append(i)

    # Each line's amounts in every publication: (jaar, id) -> [(pub, values)].
    tags = git_tags(repo, rev)
    pub_stand = {}
    for tag, _, _ in tags:
        n = tag.split("/", 1)[1]
        if git_rev(repo, tag) == commit:
            pub_stand[n] = "head"
        else:
            pub_stand[n] = "p" + n
            standen["p" + n] = regels_per_jaar(files_at(tag))
    # A line that is the same in several revisions has one row: its number
    # among the distinct lines is the key of its cached row, as openwijk
    # keeps one copy of a line that did not change between publications.
    rijen = {}
    for per_jaar in standen.values():
        for lijst in per_jaar.values():
            for r in lijst:
                r["rij"] = rijen.setdefault(tuple(sorted(r.items())), len(rijen))
    geschiedenis = {}
    for k, (tag, titel, datum) in enumerate(tags):
        for j, rows, dutch in files_at(tag):
            for r in rows:
                v = (r["gebied"], amount(r["begroot"], dutch), amount(r["gewijzigd"], dutch),
                     amount(r["realisatie"], dutch), r["omschrijving"])
                geschiedenis.setdefault(r["id"], {}).setdefault(j, []).append((k, v))

    if os.path.exists(out):
        shutil.rmtree(out)
    for d in ("content", "data/gebieden", "data/regels", "layouts/_default", "layouts/partials",
              "static"):
        os.makedirs(os.path.join(out, d))
    config = dict(CONFIG, title=site["titel"])
    write(out, "config.json", json.dumps(config, indent=2))
    write(out, "layouts/_default/baseof.html", BASEOF)
    write(out, "layouts/_default/single.html", SINGLE)
    write(out, "layouts/_default/jaar.html", JAAR)
    write(out, "layouts/_default/regel.html", REGEL)
    write(out, "layouts/index.html", HOME)
    write(out, "layouts/partials/tabel.html", TABEL)
    write(out, "layouts/partials/vtabel.html", VTABEL)
    write(out, "layouts/partials/verschil.html", VERSCHIL)
    write(out, "layouts/partials/bedragen.html", BEDRAGEN)
    write(out, "layouts/partials/centen.html", CENTEN)
    write(out, "layouts/_default/download.bcsv.csv", DOWNLOAD_CSV)
    write(out, "layouts/_default/download.bjson.json", DOWNLOAD_JSON)
    write(out, "layouts/partials/rij.csv", RIJ_CSV)
    write(out, "layouts/partials/rij.json", RIJ_JSON)
    if not downloads_too:
        standen, pub_stand = {}, {}
    for stand, per_jaar in standen.items():
        for j, lijst in per_jaar.items():
            write(out, "data/regels/%s/%s.json" % (stand, j), json.dumps(lijst, ensure_ascii=False))
    downloads = 0
    for n, stand in sorted(pub_stand.items()):
        for ext, fmt in (("csv", "bcsv"), ("json", "bjson")):
            stub = {"title": "begroting", "layout": "download", "outputs": [fmt], "stand": stand,
                    "url": "/publicaties/%s/begroting.%s" % (n, ext)}
            write(out, "content/publicaties/%s/begroting-%s.md" % (n, ext), json.dumps(stub) + "\n")
            downloads += 1
    write(out, "static/style.css", STYLE)
    write(out, "content/_index.md", json.dumps({"title": site["titel"]}) + "\n")
    pages = 1
    for a in areas:
        code = a["code"]
        crumbs = []
        p = a["ouder"]
        while p:
            crumbs.insert(0, {"naam": by_code[p]["naam"], "url": url[p]})
            p = by_code[p]["ouder"]
        kinderen = sorted(children.get(code, []), key=lambda c: by_code[c]["naam"])
        nieuwste = tabellen[code][str(jaar)]
        data = {
            "niveau": a["niveau"], "jaar": jaar, "kruimelpad": crumbs,
            "kinderen": [{"naam": by_code[c]["naam"], "url": url[c], "niveau": by_code[c]["niveau"]}
                         for c in kinderen],
            "programma": nieuwste["programma"], "taakveld": nieuwste["taakveld"],
            "totaal": nieuwste["totaal"], "jaren": tabellen[code],
        }
        if downloads_too:
            data["regels"] = area_regels[code]
        write(out, "data/gebieden/%s.json" % code, json.dumps(data, ensure_ascii=False))
        base = url[code].rstrip("/")
        stub = {"title": a["naam"], "code": code, "niveau": a["niveau"], "url": "/" + url[code]}
        write(out, "content/%s.md" % base, json.dumps(stub, ensure_ascii=False) + "\n")
        pages += 1
        for j in jaren:
            for ext, fmt in (("csv", "bcsv"), ("json", "bjson")) if downloads_too else ():
                stub = {"title": "begroting", "layout": "download", "outputs": [fmt],
                        "stand": "head", "code": code, "jaar": j,
                        "url": "/%sbegroting-%d.%s" % (url[code], j, ext)}
                write(out, "content/%s/begroting-%d-%s.md" % (base, j, ext),
                      json.dumps(stub, ensure_ascii=False) + "\n")
                downloads += 1
            for soort, folder in (("Verantwoording", "verantwoording"), ("Begroting", "begroting")):
                if folder == "begroting" and j == jaar:
                    continue  # the newest year is on the area page
                stub = {"title": "%s %d: %s" % (soort, j, a["naam"]), "layout": "jaar",
                        "code": code, "jaar": j, "soort": soort, "gebied": a["naam"],
                        "gebied_url": "/" + url[code], "url": "/%s%s/%d/" % (url[code], folder, j)}
                write(out, "content/%s/%s/%d.md" % (base, folder, j),
                      json.dumps(stub, ensure_ascii=False) + "\n")
                pages += 1
    for rid, per_jaar in geschiedenis.items():
        rijen = []
        omschrijving = rid
        for j in sorted(per_jaar):
            standen = per_jaar[j]
            k = 0
            while k < len(standen):
                t = k
                while (t + 1 < len(standen) and standen[t + 1][0] == standen[t][0] + 1 and
                       standen[t + 1][1][:4] == standen[t][1][:4]):
                    t += 1
                pub, v = standen[k]
                gebied = by_code.get(v[0])
                rijen.append({
                    "publicatie": tags[pub][1], "url": "/publicaties/%s/" % tags[pub][0].split("/", 1)[1],
                    "tot": tags[standen[t][0]][1] if t > k else "", "datum": tags[pub][2],
                    "jaar": j, "gebied": gebied["naam"] if gebied else v[0],
                    "gebied_url": "/" + url.get(v[0], ""),
                    "begroot": v[1], "gewijzigd": v[2], "realisatie": v[3]})
                omschrijving = v[4] or rid
                k = t + 1
        stub = {"title": "Begrotingsregel: " + omschrijving, "layout": "regel", "id": rid,
                "rijen": rijen, "url": "/begroting/regel/%s/" % slugify(rid)}
        write(out, "content/begroting/regel/%s.md" % slugify(rid),
              json.dumps(stub, ensure_ascii=False) + "\n")
        pages += 1
    return pages, downloads


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
    p.add_argument("--pages-only", action="store_true", help="no downloads")
    args = p.parse_args()
    n, downloads = export(args.repo, args.rev, args.out, not args.pages_only)
    print("hugo_export: %d pages and %d downloads in %s" % (n, downloads, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
