#!/usr/bin/env python3
"""Runs Go 1.19's own `// run` test programs through deferc and compares them with Go.

    scripts/go-test-suite.sh --all [-j N] [-v] [--dirs D,D,...] [--list KIND] [REGEX]

Every file under $(go env GOROOT)/test/{.,fixedbugs,ken,chan,interface,typeparam} whose header
says exactly `// run` is built with `go build` and run (from its own directory, stdin /dev/null,
20 s timeout); the same file then goes through `deferc run`. Programs Go does not build here
(build constraints, missing packages) are counted apart and not run. Go's results are cached in
$XDG_CACHE_HOME/deferc/go-test-suite (keyed by the file's content and `go version`), so a second
run costs only deferc's time. Nothing is copied into the repository.

Each program lands in one class:
  pass         same stdout and exit status as Go, and the same stderr up to its first blank line
               (hex numbers blanked, as the conformance harness does)
  unsupported  deferc exits 1 and its first diagnostic is `unsupported: <feature>`
  rejected     deferc exits 1 with some other diagnostic: valid Go rejected by mistake
  crash        an internal compiler error, a Rust panic, or a signal in the compiler
  timeout      deferc did not finish within the timeout while Go did
  wrong        anything else: deferc ran the program and its output or status differs

Prints a table per directory, the most common unsupported features, and, for every class but
pass and unsupported, the programs in it. Exit status 0 when nothing is wrong, crashed, timed out
or was rejected by mistake, 1 otherwise.
"""

import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

# Each program runs once: nothing to keep in deferc's build cache.
os.environ.setdefault("DEFERC_CACHE", "off")

DIRS = [".", "fixedbugs", "ken", "chan", "interface", "typeparam"]
TIMEOUT = 20
CLASSES = ["pass", "unsupported", "rejected", "wrong", "crash", "timeout"]


def go_env(name):
    return subprocess.run(["go", "env", name], capture_output=True, text=True, check=True).stdout.strip()


def cut_stderr(b):
    """stderr up to its first blank line, hex numbers blanked (tests/programs.rs does the same)."""
    s = b.decode("utf-8", "replace")
    m = re.search(r"(^|\n)\n", s)
    if m:
        s = s[: m.start() + len(m.group(1))]
    return re.sub(r"\b0x[0-9a-f]+", "0x?", s)


def run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b"", True


def go_result(path, cache, gover, tmp):
    """Go's outcome for one program: None when Go does not build it, else (status, out, err)."""
    with open(path, "rb") as f:
        key = hashlib.sha256(gover.encode() + b"\0" + path.encode() + b"\0" + f.read()).hexdigest()
    cf = os.path.join(cache, key + ".json")
    if os.path.exists(cf):
        with open(cf) as f:
            r = json.load(f)
        return None if r is None else (r[0], r[1].encode("latin-1"), r[2].encode("latin-1"))
    d = os.path.dirname(path)
    exe = os.path.join(tmp, key)
    b = subprocess.run(["go", "build", "-o", exe, path], cwd=d, capture_output=True)
    if b.returncode != 0:
        r = None
    else:
        st, out, err, to = run([exe], d, TIMEOUT)
        os.unlink(exe)
        r = None if to else (st, out, err)
    with open(cf, "w") as f:
        json.dump(None if r is None else [r[0], r[1].decode("latin-1"), r[2].decode("latin-1")], f)
    return r


def classify(deferc, path, g):
    d = os.path.dirname(path)
    st, out, err, to = run([deferc, "run", path], d, TIMEOUT)
    text = err.decode("utf-8", "replace")
    if to:
        return "timeout", ""
    if "internal compiler error" in text or "panicked at" in text or (st is not None and st < 0 and st != -9):
        first = next((l for l in text.splitlines() if "internal compiler error" in l or "panicked" in l), text[:200])
        return "crash", first.strip()
    gst, gout, gerr = g
    if st == gst and out == gout and cut_stderr(err) == cut_stderr(gerr):
        return "pass", ""
    # Status 1 is also what a program may exit with: `deferc check` tells a rejection apart.
    if st == 1 and subprocess.run([deferc, "check", path], cwd=d, capture_output=True).returncode == 1:
        m = re.search(r"^[^\n]*?:\d+:\d+: (.*)$", text, re.M)
        first = m.group(1) if m else text.strip().split("\n")[0] if text.strip() else ""
        if first.startswith("unsupported: "):
            return "unsupported", first[len("unsupported: ") :]
        return "rejected", first
    detail = f"go exit {gst}, deferc exit {st}"
    if out != gout:
        detail += "; stdout differs"
    if cut_stderr(err) != cut_stderr(gerr):
        detail += "; stderr: " + err.decode("utf-8", "replace")[:160].replace("\n", " | ")
    return "wrong", detail


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="(accepted for the wrapper; this script always runs all)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", action="store_true", help="print every program's class")
    ap.add_argument("--dirs", default=",".join(DIRS))
    ap.add_argument("--list", action="append", default=[], help="also list the programs of this class")
    ap.add_argument("--deferc", default=None)
    ap.add_argument("regex", nargs="?", default=".")
    a = ap.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    deferc = a.deferc or os.path.join(root, "target", "release", "deferc")
    gover = subprocess.run(["go", "version"], capture_output=True, text=True, check=True).stdout.strip()
    if " go1.19" not in gover:
        sys.exit(f"go-test-suite: need Go 1.19, found {gover}")
    testdir = os.path.join(go_env("GOROOT"), "test")
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "deferc", "go-test-suite")
    os.makedirs(cache, exist_ok=True)
    rx = re.compile(a.regex)

    progs = []
    for d in a.dirs.split(","):
        dd = os.path.join(testdir, d)
        for name in sorted(os.listdir(dd)):
            if not name.endswith(".go"):
                continue
            rel = os.path.normpath(os.path.join(d, name))
            if not rx.search(rel):
                continue
            with open(os.path.join(dd, name), "rb") as f:
                head = f.read(4096).decode("utf-8", "replace")
            # The action line sits in the header: before `package`.
            header = head.split("\npackage ", 1)[0]
            if re.search(r"^// run$", header, re.M):
                progs.append(rel)

    results = {}
    with tempfile.TemporaryDirectory() as tmp:

        def one(rel):
            path = os.path.join(testdir, rel)
            g = go_result(path, cache, gover, tmp)
            if g is None:
                return rel, "nobuild", ""
            return (rel,) + classify(deferc, path, g)

        with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
            for rel, cls, detail in ex.map(one, progs):
                results[rel] = (cls, detail)
                if a.v or cls not in ("pass", "unsupported", "nobuild"):
                    print(f"{cls.upper():12} {rel}  {detail}", flush=True)

    def dirof(rel):
        return os.path.dirname(rel) or "."

    counts = collections.defaultdict(collections.Counter)
    for rel, (cls, _) in results.items():
        counts[dirof(rel)][cls] += 1
    print()
    cols = ["go builds"] + CLASSES + ["go fails"]
    print(f"{'directory':16}" + "".join(f"{c:>12}" for c in cols))

    def row(name, c):
        built = sum(c[k] for k in CLASSES)
        print(f"{name:16}" + f"{built:>12}" + "".join(f"{c[k]:>12}" for k in CLASSES) + f"{c['nobuild']:>12}")

    total = collections.Counter()
    outside = collections.Counter()
    for d in a.dirs.split(","):
        c = counts[os.path.normpath(d)]
        row(d, c)
        total.update(c)
        if d != "typeparam":
            outside.update(c)
    row("all but typeparam", outside)
    row("all", total)

    feats = collections.Counter(detail for cls, detail in results.values() if cls == "unsupported")
    print("\nmost common unsupported features:")
    for f, n in feats.most_common(25):
        print(f"{n:6}  {f}")
    for k in a.list:
        print(f"\n{k}:")
        for rel, (cls, detail) in sorted(results.items()):
            if cls == k:
                print(f"  {rel}  {detail}")
    bad = sum(total[k] for k in ("rejected", "wrong", "crash", "timeout"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
