#!/usr/bin/env python3
"""CI smoke test of the benchmark: the gemeente scale builds, and builds right.

Usage (ctest runs it as bench_smoke_gemeente):
    python3 tests/bench/smoke.py --openwijk BIN --work DIR

Generates the gemeente scale into DIR/data (cached), builds it once into
DIR/site and checks correctness, not speed:
  - openwijk exits 0;
  - every area has its folder <niveau>/<slug>/index.html, per niveau as many
    as gebieden.csv has;
  - the pages openwijk reports = the .html files on disk >= one per area
    per begroting year (the newest on the area page, the others under
    begroting/<jaar>/) + the home page + the content pages;
  - the gemeente page shows the lasten total (begroot) of the newest year,
    computed by gen_data.py, in Dutch notation (€ 1.234.567).
Needs no Hugo.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--openwijk", required=True)
    p.add_argument("--work", required=True)
    args = p.parse_args()
    if not os.access(args.openwijk, os.X_OK):
        return report(["no openwijk binary at %s (build the 'openwijk' target first)" % args.openwijk])
    data = os.path.join(args.work, "data")
    site = os.path.join(args.work, "site")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_data.py"), "--scale", "gemeente",
                    "--seed", "1", "--out", data], check=True)
    with open(os.path.join(data, "bench-manifest.json"), encoding="utf-8") as f:
        m = json.load(f)
    if os.path.exists(site):
        shutil.rmtree(site)
    r = subprocess.run([args.openwijk, "build", "--repo", data, "--out", site],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    failures = []
    if r.returncode != 0:
        failures.append("openwijk build exited %d" % r.returncode)
        return report(failures)

    for niveau, want in sorted(m["areas_per_niveau"].items()):
        folder = os.path.join(site, niveau)
        got = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "index.html"))) \
            if os.path.isdir(folder) else []
        if len(got) != want:
            failures.append("%s/: %d area pages, expected %d (gebieden.csv)" % (niveau, len(got), want))

    # Pages are index.html in a folder each, and begroting/regel/<id>.html.
    on_disk = sum(1 for _, _, names in os.walk(site) for n in names if n.endswith(".html"))
    expected = m["areas"] * len(m["jaren"]) + 1 + m["content_pages"]
    reported = re.search(r"wrote (\d+) pages", r.stdout)
    if not reported:
        failures.append("no 'wrote N pages' line in the output")
    elif int(reported.group(1)) != on_disk:
        failures.append("openwijk reports %s pages, %d .html files on disk" % (reported.group(1), on_disk))
    # Verantwoording, agenda, map and publication pages come on top of these.
    if on_disk < expected:
        failures.append("%d pages on disk, expected at least %d = %d areas x %d years + home + %d content pages"
                        % (on_disk, expected, m["areas"], len(m["jaren"]), m["content_pages"]))

    roots = os.listdir(os.path.join(site, "gemeente")) if os.path.isdir(os.path.join(site, "gemeente")) else []
    if len(roots) != 1:
        failures.append("expected one folder in gemeente/, found %s" % roots)
    else:
        page = os.path.join(site, "gemeente", roots[0], "index.html")
        with open(page, encoding="utf-8") as f:
            html = f.read()
        total = m["expect_on_root_page"]
        if total not in html:
            failures.append("%s does not show the lasten total %s of %d" % (page, total, m["jaren"][-1]))
    return report(failures)


def report(failures):
    for f in failures:
        print("bench_smoke: FAIL: " + f, file=sys.stderr)
    if not failures:
        print("bench_smoke: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
