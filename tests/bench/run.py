#!/usr/bin/env python3
"""The openwijk benchmark: generate, build, compare with Hugo and the floor.

Usage (run.sh builds the tool first and then calls this):
    python3 tests/bench/run.py --openwijk BIN [--seed 1] [--runs 5] [scale ...]

Per scale (gemeente, provincie, land; see gen_data.py):
  1. generate the data repository (cached in out/data/<scale>-s<seed>);
  2. full build: a warm-up, then --runs builds of openwijk alternating with the
     equivalent Hugo build (hugo_export.py), each into an empty folder; wall,
     user, sys and peak RSS per process come from wait4(2);
  3. the floor: copying the finished site (cp -r) and reading every data blob
     of HEAD (git cat-file --batch);
  4. incremental: a no-op rebuild into the same folder, and a rebuild after a
     commit that changes one budget line (files rewritten = "K changed");
  5. --threads 1 vs 2 and `openwijk diff`, when the tool has them.
Results go to out/results-<scale>.json; out/results.md holds the tables of
every scale measured so far, with the machine. Reported times are medians.
"""

import argparse
import filecmp
import glob
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
ORDER = ["gemeente", "provincie", "land"]


class TimedOut(Exception):
    pass


def timed(cmd, timeout=None, cwd=None, shell=False):
    """Runs cmd; returns wall/user/sys seconds, peak RSS (MB), rc and stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, shell=shell)
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                p.kill()
                os.wait4(p.pid, 0)
                p.returncode = -9
                raise TimedOut("%s: more than %d s" % (cmd if shell else " ".join(cmd), timeout))
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"wall": wall, "user": ru.ru_utime, "sys": ru.ru_stime,
                "rss_mb": ru.ru_maxrss / 1024, "rc": p.returncode,
                "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")}


def check(r, what):
    if r["rc"] != 0:
        sys.exit("bench: %s failed (exit %d):\n%s%s" % (what, r["rc"], r["stdout"][-2000:], r["stderr"][-4000:]))
    return r


def rmtree(path):
    if os.path.exists(path):
        shutil.rmtree(path)


def tree_size(path):
    files = size = 0
    for d, _, names in os.walk(path):
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(d, n))
    return files, size


def count_index(path):
    return sum(1 for _, _, names in os.walk(path) if "index.html" in names)


WROTE = re.compile(r"wrote (\d+) pages \((\d+) files, ([\d.]+) MB; (\d+) changed\)")
STAGE = re.compile(r"^\s+(\w+)\s+([\d.]+) ms\s*$", re.M)


def parse_openwijk(stdout):
    m = WROTE.search(stdout)
    res = {}
    if m:
        res = {"pages": int(m.group(1)), "files": int(m.group(2)), "mb": float(m.group(3)),
               "changed": int(m.group(4))}
    elif " is up to date with " in stdout:  # the build stamp matched: nothing to do
        res = {"changed": 0, "up_to_date": True}
    res["stages_ms"] = {k: float(v) for k, v in STAGE.findall(stdout)}
    return res


def med(runs, key):
    return statistics.median(r[key] for r in runs)


def summary(runs):
    s = {k: med(runs, k) for k in ("wall", "user", "sys", "rss_mb")}
    s["wall_all"] = [round(r["wall"], 3) for r in runs]
    stages = {}
    for r in runs:
        for k, v in r.get("stages_ms", {}).items():
            stages.setdefault(k, []).append(v)
    if stages:
        s["stages_ms"] = {k: statistics.median(v) for k, v in stages.items()}
    return s


# ---------------------------------------------------------------- steps


def generate(args, scale):
    data = os.path.join(args.out, "data", "%s-s%d" % (scale, args.seed))
    r = check(timed([sys.executable, os.path.join(HERE, "gen_data.py"), "--scale", scale,
                     "--seed", str(args.seed), "--out", data]), "gen_data.py")
    print("  " + r["stdout"].strip())
    with open(os.path.join(data, "bench-manifest.json"), encoding="utf-8") as f:
        return data, json.load(f), r["wall"]


def ow_build(args, repo, out, rev="HEAD", extra=()):
    cmd = [args.openwijk, "build", "--repo", repo, "--rev", rev, "--out", out, "--timings", *extra]
    r = check(timed(cmd, timeout=args.timeout), "openwijk build")
    r.update(parse_openwijk(r["stdout"]))
    return r


def hugo_build(args, src, out):
    """A Hugo build; its failure is returned (rc), not fatal: the other Hugo
    job and openwijk's figures still count."""
    return timed(["hugo", "--quiet", "-s", src, "-d", out], timeout=args.timeout)


def full_builds(args, scale, repo, sites, hugo_srcs):
    """openwijk and each Hugo job of hugo_srcs ({"hugo": src, ...}), in turn;
    every other round in the reverse order, so that none always follows
    the same build."""
    ow_out = os.path.join(sites, "openwijk")
    ow_runs, hugo_runs, failed = [], {k: [] for k in hugo_srcs}, {}
    for i in range(args.runs + 1):  # run 0 is the warm-up
        order = ["openwijk"] + [k for k in hugo_srcs if k not in failed]
        for k in order if i % 2 == 0 else order[::-1]:
            if k == "openwijk":
                rmtree(ow_out)
                r = ow_build(args, repo, ow_out)
                print("  openwijk   run %d: %.2f s (%s pages)" % (i, r["wall"], r.get("pages")))
                if i:
                    ow_runs.append(r)
                continue
            rmtree(os.path.join(sites, k))
            h = hugo_build(args, hugo_srcs[k], os.path.join(sites, k))
            if h["rc"] != 0:
                failed[k] = "failed (exit %d): %s" % (h["rc"], h["stderr"][-500:].strip())
                print("  %-10s run %d: %s" % (k, i, failed[k]))
                continue
            print("  %-10s run %d: %.2f s" % (k, i, h["wall"]))
            if i:
                hugo_runs[k].append(h)
    last = ow_runs[-1]
    files, size = tree_size(ow_out)
    res = {"openwijk": dict(summary(ow_runs), pages=last.get("pages"), files=files, bytes=size,
                            index_html=count_index(ow_out), reported=parse_openwijk(last["stdout"]),
                            warnings=last["stderr"].count("warning:"))}
    for k in hugo_srcs:
        if k in failed:
            res[k + "_error"] = failed[k]
            continue
        out = os.path.join(sites, k)
        hfiles, hsize = tree_size(out)
        res[k] = dict(summary(hugo_runs[k]), pages=count_index(out), files=hfiles, bytes=hsize)
        if k == "hugo":
            res[k]["downloads"] = same_downloads(out, ow_out)
            if not res[k]["downloads"]["ok"]:
                continue  # not the same job: no ratio
        res[k + "_over_openwijk"] = res[k]["wall"] / res["openwijk"]["wall"]
        # CPU time too: the machine may be shared, and Hugo uses every core.
        res[k + "_over_openwijk_cpu"] = ((res[k]["user"] + res[k]["sys"]) /
                                         (res["openwijk"]["user"] + res["openwijk"]["sys"]))
        # Alternating pairs, so drift hits both sides alike.
        res[k + "_over_openwijk_pairs"] = [round(h["wall"] / o["wall"], 3)
                                           for h, o in zip(hugo_runs[k], ow_runs)]
    return res, ow_out


BEGROTING_DOWNLOAD = re.compile(r"(^|/)begroting-\d{4}\.(csv|json)$|^publicaties/[^/]+/begroting\.(csv|json)$")


def same_downloads(hugo_out, ow_out):
    """Whether Hugo wrote every begroting download openwijk wrote (each
    area's per year, each publication's), byte for byte, and nothing else
    as .csv or .json."""
    def downloads(root, pattern=None):
        found = set()
        for folder, _, names in os.walk(root):
            for name in names:
                rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
                if rel.endswith((".csv", ".json")) and (pattern is None or pattern.search(rel)):
                    found.add(rel)
        return found

    ours, theirs = downloads(ow_out, BEGROTING_DOWNLOAD), downloads(hugo_out)
    same, differ = 0, []
    for rel in sorted(ours & theirs):
        if filecmp.cmp(os.path.join(hugo_out, rel), os.path.join(ow_out, rel), shallow=False):
            same += 1
        else:
            differ.append(rel)
    missing, extra = sorted(ours - theirs), sorted(theirs - ours)
    res = {"files": len(ours), "identical": same, "ok": same == len(ours) and not extra,
           "differ": differ[:20], "missing": missing[:20], "extra": extra[:20]}
    if not res["ok"]:
        print("  hugo: of openwijk's %d begroting downloads %d are the same in Hugo's site; "
              "differ %s, missing %s, extra %s" % (len(ours), same, differ[:3], missing[:3], extra[:3]))
    return res


def floor(args, repo, site, scratch):
    dest = os.path.join(scratch, "floor-copy")
    cps, reads = [], []
    read_cmd = ("git -C '%s' ls-tree -r --object-only HEAD | git -C '%s' cat-file --batch > /dev/null"
                % (repo, repo))
    for i in range(args.runs + 1):
        rmtree(dest)
        c = check(timed(["cp", "-r", site, dest]), "cp -r")
        g = check(timed(read_cmd, shell=True), "git cat-file")
        if i:
            cps.append(c)
            reads.append(g)
    rmtree(dest)
    sizes = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "-l", "HEAD"], check=True,
                           stdout=subprocess.PIPE).stdout.decode().split("\n")
    data_bytes = sum(int(l.split()[3]) for l in sizes if l.strip())
    cp, rd = med(cps, "wall"), med(reads, "wall")
    return {"cp_site_s": cp, "read_data_s": rd, "floor_s": cp + rd, "data_bytes_head": data_bytes}


def make_incremental_commit(repo, manifest):
    """Commit 'bench-incr' = HEAD with one budget line's begroot raised by € 1.000.

    Made with a temporary index, so HEAD and the work tree stay as they are.
    """
    line = manifest["incremental_line"]
    text = subprocess.run(["git", "-C", repo, "show", "HEAD:" + line["file"]], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    rows = text.split("\n")
    sep = ";" if ";" in rows[0] else ","
    header = rows[0].split(sep)
    col = header.index("begroot")
    for i, row in enumerate(rows):
        if row.startswith(line["id"] + sep):
            fields = row.split(sep)  # the chosen line has no quoted fields
            dec = "," if sep == ";" else "."  # the file's decimal sign
            whole, has_cents, cents = fields[col].partition(dec)
            new = int(whole.replace(".", "") if sep == ";" else whole) + 1000
            fields[col] = "{:,}".format(new).replace(",", ".") if sep == ";" else str(new)
            fields[col] += has_cents + cents
            rows[i] = sep.join(fields)
            break
    else:
        sys.exit("bench: line %s not found in %s" % (line["id"], line["file"]))
    env = dict(os.environ, GIT_AUTHOR_NAME="openwijk bench", GIT_AUTHOR_EMAIL="bench@openwijk.invalid",
               GIT_COMMITTER_NAME="openwijk bench", GIT_COMMITTER_EMAIL="bench@openwijk.invalid",
               GIT_AUTHOR_DATE="2025-12-31T12:00:00+01:00", GIT_COMMITTER_DATE="2025-12-31T12:00:00+01:00")
    with tempfile.TemporaryDirectory() as tmp:
        env["GIT_INDEX_FILE"] = os.path.join(tmp, "index")

        def git(*a, stdin=None):
            return subprocess.run(["git", "-C", repo, *a], check=True, env=env, input=stdin,
                                  stdout=subprocess.PIPE).stdout.decode().strip()
        git("read-tree", "HEAD")
        blob = git("hash-object", "-w", "--stdin", stdin="\n".join(rows).encode("utf-8"))
        git("update-index", "--cacheinfo", "100644,%s,%s" % (blob, line["file"]))
        tree = git("write-tree")
        commit = git("commit-tree", tree, "-p", "HEAD", "-m",
                     "bench: begroot van %s + € 1.000 (incrementele build)" % line["id"])
        git("update-ref", "refs/heads/bench-incr", commit)
    return "bench-incr"


def incremental(args, repo, manifest, scratch):
    out = os.path.join(scratch, "incr")
    rmtree(out)
    ow_build(args, repo, out)
    noop = [ow_build(args, repo, out) for _ in range(args.runs)]
    # The same with --force: everything rendered again, every file compared
    # with the one on disk and hard-linked, none written.
    forced = [ow_build(args, repo, out, extra=("--force",)) for _ in range(args.runs)]
    rev = make_incremental_commit(repo, manifest)
    one = []
    for _ in range(args.runs):
        one.append(ow_build(args, repo, out, rev=rev))  # HEAD -> one line changed
        ow_build(args, repo, out)                       # and back, not measured
    rmtree(out)
    return {"noop": dict(summary(noop), changed=noop[-1].get("changed"),
                         up_to_date=bool(noop[-1].get("up_to_date"))),
            "noop_forced": dict(summary(forced), changed=forced[-1].get("changed")),
            "one_line": dict(summary(one), changed=one[-1].get("changed"),
                             line=manifest["incremental_line"])}


def help_text(args, *sub):
    r = timed([args.openwijk, *sub, "--help"])
    return r["rc"], r["stdout"] + r["stderr"]


def threads(args, repo, scratch):
    rc, text = help_text(args, "build")
    if rc != 0 or "--threads" not in text:
        return "not available"
    out = os.path.join(scratch, "threads")
    res = {}
    for n in (1, 2):
        runs = []
        for i in range(args.runs + 1):
            rmtree(out)
            r = ow_build(args, repo, out, extra=("--threads", str(n)))
            if i:
                runs.append(r)
        res["threads_%d" % n] = summary(runs)
    rmtree(out)
    res["speedup_1_to_2"] = res["threads_1"]["wall"] / res["threads_2"]["wall"]
    return res


def git_out(repo, *cmd):
    return subprocess.run(["git", "-C", repo, *cmd], check=True, stdout=subprocess.PIPE
                          ).stdout.decode("utf-8", "surrogateescape")


def diff_reads(path):
    """The files `openwijk diff` reads (DataOnlySource in cli/publicaties_load.cc)."""
    return path == "site.json" or (
        path.startswith("data/") and not path.startswith(("data/geo/", "data/scripts/"))
        and not path.endswith(".md"))


def diff_floor_cmd(repo, a, b, tmp):
    """The diff's floor: reading both versions of every data file that differs
    between a and b, a's in one git cat-file process and b's in another. Git
    does not hash what it reads, where openwijk checks each blob's SHA-1, so
    the floor leaves that out. Every diff has at least this to do."""
    names = set(n for n in git_out(repo, "diff", "--name-only", "--no-renames", "-z", a, b)
                .split("\0") if n and diff_reads(n))
    lists = []
    for rev in (a, b):
        ids = []
        for entry in git_out(repo, "ls-tree", "-r", "-z", rev).split("\0"):
            meta, _, path = entry.partition("\t")
            if path in names and meta.split()[1] == "blob":
                ids.append(meta.split()[2])
        lists.append(os.path.join(tmp, "blobs-%d" % len(lists)))
        with open(lists[-1], "w") as f:
            f.write("".join(i + "\n" for i in ids))
    read = "git -C %s cat-file --batch < %s > /dev/null"
    q = shlex.quote
    # Both always waited for; the status is 0 only when both read everything.
    return ("%s & a=$!; %s; rb=$?; wait $a; ra=$?; [ $ra = 0 ] && [ $rb = 0 ]"
            % (read % (q(repo), q(lists[0])), read % (q(repo), q(lists[1]))))


def diff(args, scale, repo, manifest):
    rc, text = help_text(args, "diff")
    if rc != 0:
        return "not available"
    a, b = manifest["publications"][-2:]
    cmd = [args.openwijk, "diff", "--repo", repo, a, b]
    runs, floors = [], []
    with tempfile.TemporaryDirectory() as tmp:
        read = diff_floor_cmd(repo, a, b, tmp)
        for _ in range(args.runs):  # alternating, so drift hits both alike
            runs.append(timed(cmd, timeout=args.timeout))
            floors.append(check(timed(read, timeout=args.timeout, shell=True),
                                "git cat-file (diff floor)"))
    res = dict(summary(runs), command=" ".join(cmd[1:]), rc=runs[-1]["rc"],
               output_head=runs[-1]["stdout"][:500], floor_wall=med(floors, "wall"))
    res["over_floor"] = res["wall"] / res["floor_wall"] if res["floor_wall"] > 0 else None
    return res


def check_only(args, repo):
    """`openwijk check`: load, validate and every publication, nothing rendered.
    One run: the load side's time and peak memory, also where a build would
    take too long (land)."""
    r = check(timed([args.openwijk, "check", "--repo", repo], timeout=args.timeout), "check")
    return {k: r[k] for k in ("wall", "user", "sys", "rss_mb")}


# ---------------------------------------------------------------- machine and report


def first_line(cmd):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        return r.stdout.decode().strip().split("\n")[0]
    except (OSError, subprocess.SubprocessError):
        return "not available"


def machine(args):
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    cache = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.openwijk))), "CMakeCache.txt")
    if not os.path.exists(cache):
        cache = os.path.join(os.path.dirname(os.path.abspath(args.openwijk)), "CMakeCache.txt")
    cxx, build_type = "c++", "unknown"
    if os.path.exists(cache):
        for line in open(cache):
            if line.startswith("CMAKE_CXX_COMPILER:"):
                cxx = line.split("=", 1)[1].strip()
            if line.startswith("CMAKE_BUILD_TYPE:"):
                build_type = line.split("=", 1)[1].strip()
    tool = first_line(["git", "-C", REPO_ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", REPO_ROOT, "status", "--porcelain", "--", "generator", "templates"],
                           stdout=subprocess.PIPE).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "compiler": first_line([cxx, "--version"]),
            "build_type": build_type, "openwijk": first_line([args.openwijk, "--version"]),
            "openwijk_commit": tool + (" + uncommitted changes" if dirty else ""),
            "hugo": first_line(["hugo", "version"]) if shutil.which("hugo") else "not installed",
            "git": first_line(["git", "--version"]), "python": platform.python_version()}


def fmt_s(x):
    return "—" if x is None else ("%.3f s" % x if x < 10 else "%.1f s" % x)


def report(out_dir):
    results = []
    for scale in ORDER:
        for path in sorted(glob.glob(os.path.join(out_dir, "results-%s.json" % scale)) +
                           glob.glob(os.path.join(out_dir, "results-%s@*.json" % scale))):
            with open(path, encoding="utf-8") as f:
                r = json.load(f)
            if r.get("sites_fs"):  # built elsewhere than out/site: name the filesystem
                r["scale"] = "%s (%s)" % (r["scale"], r["sites_fs"])
            results.append(r)
    if not results:
        return ""
    m = results[-1]["machine"]
    lines = ["# openwijk benchmark", "",
             "Machine: %s cores, %s, %s GB RAM, Linux %s, %s (%s); %s at %s; %s." % (
                 m["nproc"], m["cpu"], m["ram_gb"], m["kernel"], m["compiler"], m["build_type"],
                 m["openwijk"], m["openwijk_commit"], m["hugo"].split(" BuildDate")[0]),
             "Times are medians of the measured runs after a warm-up (%s); RSS is the peak resident set." % ", ".join(
                 "%s %s" % (r["scale"], r["runs"]) for r in results),
             "Load average (1 min) at start / end of each scale: %s." % ", ".join(
                 "%s %s / %s" % (r["scale"], "%.1f" % r["loadavg_start"][0] if "loadavg_start" in r else "?",
                                 "%.1f" % r["loadavg_end"][0] if "loadavg_end" in r else "?") for r in results),
             "", "## Full build", "",
             "| scale | areas | lines | pages | files | MB | wall | user | sys | peak RSS | load / validate / publications / render / write (ms) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        if "error" in r:
            lines.append("| %s | %s | %s | %s |||||||" % (r["scale"], r["manifest"]["areas"],
                                                        r["manifest"]["lines_total"], r["error"]))
            continue
        o = r["full"]["openwijk"]
        st = o.get("stages_ms", {})
        lines.append("| %s | %d | %d | %s | %d | %.1f | %s | %s | %s | %.0f MB | %s |" % (
            r["scale"], r["manifest"]["areas"], r["manifest"]["lines_total"], o["pages"], o["files"],
            o["bytes"] / 1e6, fmt_s(o["wall"]), fmt_s(o["user"]), fmt_s(o["sys"]), o["rss_mb"],
            " / ".join("%.0f" % st.get(k, 0) for k in ("load", "validate", "publications", "render", "write"))))
    lines += ["", "## Load side and diff", "",
              "`openwijk check` (load, validate, every publication loaded and compared; nothing "
              "rendered), one run; `openwijk diff` between the last two publications, and its "
              "floor: reading both versions of the data files that differ (two git cat-file "
              "processes, alternating with the diff; git does not hash them, openwijk does).", "",
              "| scale | check wall | check user + sys | check peak RSS | diff wall | diff peak RSS "
              "| diff floor | diff / floor |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        c, d = r.get("check"), r.get("diff")
        d_ok = isinstance(d, dict)
        floor_ok = d_ok and d.get("over_floor")
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["scale"], fmt_s(c["wall"]) if c else "—",
            "%s + %s" % (fmt_s(c["user"]), fmt_s(c["sys"])) if c else "—",
            "%.0f MB" % c["rss_mb"] if c else "—",
            fmt_s(d["wall"]) if d_ok else (d or "—"), "%.0f MB" % d["rss_mb"] if d_ok else "—",
            fmt_s(d["floor_wall"]) if floor_ok else "—",
            "%.2f×" % d["over_floor"] if floor_ok else "—"))
    lines += ["", "## Against Hugo and the floor; incremental", "",
              "| scale | Hugo pages | Hugo wall | Hugo RSS | Hugo / openwijk (wall; CPU) | the same as openwijk's: Hugo's downloads | Hugo, pages only: wall; / openwijk (wall; CPU) | floor: cp -r site + read data | openwijk / floor | no-op rebuild (changed) | no-op with --force (changed) | one line changed (changed) | threads 1→2 | diff |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in results:
        if "error" in r:
            continue
        h = r["full"].get("hugo")
        hp = r["full"].get("hugo_pages")
        if h and hp is None and "downloads" not in h:
            # Up to session 31 the one Hugo job was the pages alone.
            h, hp = None, dict(h, over=r["full"].get("hugo_over_openwijk"),
                               over_cpu=r["full"].get("hugo_over_openwijk_cpu"))
        elif hp:
            hp = dict(hp, over=r["full"]["hugo_pages_over_openwijk"],
                      over_cpu=r["full"]["hugo_pages_over_openwijk_cpu"])
        fl = r["floor"]
        inc = r["incremental"]
        thr = r["threads"] if isinstance(r["threads"], str) else "%.2f×" % r["threads"]["speedup_1_to_2"]
        dif = r.get("diff", "—")
        dif = dif if isinstance(dif, str) else fmt_s(dif["wall"])
        forced = inc.get("noop_forced", {"wall": 0, "changed": "—"})
        dl = h.get("downloads") if h else None
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s + %s = %s | %.1f× | %s (%s) | %s (%s) | %s (%s) | %s | %s |" % (
            r["scale"], h["pages"] if h else "—", fmt_s(h["wall"]) if h else ("—" if hp else "no hugo"),
            "%.0f MB" % h["rss_mb"] if h else "—",
            ("%.2f; %.2f" % (r["full"]["hugo_over_openwijk"], r["full"]["hugo_over_openwijk_cpu"])
             if "hugo_over_openwijk" in r["full"] else "none: not the same downloads") if h else "—",
            ("%d of %d%s" % (dl["identical"], dl["files"], "" if dl["ok"] else ", NOT the same")
             if dl else "—"),
            ("%s; %.2f; %s" % (fmt_s(hp["wall"]), hp["over"],
                               "%.2f" % hp["over_cpu"] if hp.get("over_cpu") else "?")) if hp else "—",
            fmt_s(fl["cp_site_s"]), fmt_s(fl["read_data_s"]), fmt_s(fl["floor_s"]),
            r["full"]["openwijk"]["wall"] / fl["floor_s"],
            fmt_s(inc["noop"]["wall"]), inc["noop"]["changed"],
            fmt_s(forced["wall"]), forced["changed"],
            fmt_s(inc["one_line"]["wall"]), inc["one_line"]["changed"], thr, dif))
    lines += ["", "Hugo renders the bulk of openwijk's pages (area pages, every area's tables per year, "
              "every line's history) and the begroting downloads (per area and year, per publication; "
              "byte for byte openwijk's) from data exported beforehand by hugo_export.py (not timed); "
              "openwijk aggregates itself and also writes maps, kompas, agenda and publication pages "
              "and the smaller downloads. \"Pages only\" is the same Hugo job without the downloads, "
              "timed in the same rounds. See README.", ""]
    text = "\n".join(lines)
    with open(os.path.join(out_dir, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    return text


def run_scale(args, scale, mach):
    print("bench: %s" % scale)
    repo, manifest, gen_s = generate(args, scale)
    scratch = os.path.join(args.sites or os.path.join(args.out, "site"), scale)
    os.makedirs(scratch, exist_ok=True)
    res = {"scale": scale, "seed": args.seed, "runs": args.runs, "machine": mach, "generate_s": gen_s,
           "manifest": {k: manifest[k] for k in ("areas", "areas_per_niveau", "lines_total",
                                                  "lines_per_year", "publications", "head",
                                                  "expect_on_root_page")}}
    if args.sites:
        res["sites_fs"] = first_line(["stat", "-f", "-c", "%T", scratch])
    res["loadavg_start"] = os.getloadavg()
    # Two Hugo jobs: "hugo", the pages and the begroting downloads (the
    # equivalent job), and "hugo_pages", the pages alone (the job up to
    # session 31), timed side by side.
    hugo_srcs = {}
    if shutil.which("hugo") and not args.no_hugo:
        for k, extra in (("hugo", []), ("hugo_pages", ["--pages-only"])):
            hugo_srcs[k] = os.path.join(args.out, k.replace("_", "-"), scale)
            r = check(timed([sys.executable, os.path.join(HERE, "hugo_export.py"), "--repo", repo,
                             "--out", hugo_srcs[k], *extra]), "hugo_export.py")
            res[k + "_export_s"] = r["wall"]
    try:
        # The cheap measurements first, so that a build that runs out of
        # time (land) still leaves them.
        print("  diff and check ...")
        res["diff"] = diff(args, scale, repo, manifest)
        res["check"] = check_only(args, repo)
        res["full"], site = full_builds(args, scale, repo, scratch, hugo_srcs)
        print("  floor ...")
        res["floor"] = floor(args, repo, site, scratch)
        print("  incremental ...")
        res["incremental"] = incremental(args, repo, manifest, scratch)
        res["threads"] = threads(args, repo, scratch)
    except TimedOut as e:
        res["error"] = "stopped: " + str(e)
        print("  " + res["error"])
    res["loadavg_end"] = os.getloadavg()
    for k in ("openwijk", "hugo", "hugo_pages"):  # keep the site trees out of the way, not the numbers
        rmtree(os.path.join(scratch, k))
    name = scale + ("@" + res["sites_fs"] if args.sites else "")
    with open(os.path.join(args.out, "results-%s.json" % name), "w", encoding="utf-8") as f:
        json.dump(strip_output(res), f, ensure_ascii=False, indent=2)
        f.write("\n")


def strip_output(o):
    if isinstance(o, dict):
        return {k: strip_output(v) for k, v in o.items() if k not in ("stdout", "stderr")}
    if isinstance(o, list):
        return [strip_output(v) for v in o]
    return o


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("scales", nargs="*", help="any of %s (default: gemeente)" % ", ".join(ORDER))
    p.add_argument("--openwijk", required=True, help="the openwijk binary")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=5, help="measured runs after the warm-up (default 5)")
    p.add_argument("--timeout", type=int, default=600, help="seconds one command may take")
    p.add_argument("--out", default=os.path.join(HERE, "out"))
    p.add_argument("--no-hugo", action="store_true")
    p.add_argument("--sites", help="build the sites below this folder instead of <out>/site, e.g. "
                   "/dev/shm/bench for tmpfs; results then go to results-<scale>@<filesystem>.json")
    p.add_argument("--report-only", action="store_true", help="only rewrite results.md from the JSON")
    args = p.parse_args()
    if args.report_only:
        print(report(args.out))
        return 0
    args.openwijk = os.path.abspath(args.openwijk)
    for scale in args.scales:
        if scale not in ORDER:
            p.error("unknown scale '%s'; choose from %s" % (scale, ", ".join(ORDER)))
    os.makedirs(args.out, exist_ok=True)
    mach = machine(args)
    for scale in args.scales or ["gemeente"]:
        run_scale(args, scale, mach)
    print()
    print(report(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
