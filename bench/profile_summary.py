#!/usr/bin/env python3
"""Summarises JFR recordings of bench/load.sh (JFR=DIR): where the request threads spend their time.

Usage: bench/profile_summary.py FILE.jfr... [--top N] [--exclude TEXT]
  --exclude TEXT  leaves out the samples with a frame containing TEXT (what is left once a known
                  hot spot is fixed, e.g. --exclude JdbcSQLSyntaxErrorException)
For each recording: the samples of the server's request threads (http-nio-*), then
  - top frames (the method on CPU), self time; the first frame outside the JDK (which library);
  - the first org.mutualis frame of each sample (which of our methods the time is under);
  - inclusive: the org.mutualis methods present in a sample, counted once per sample (the share
    of time under each).
Runs `jfr print --events jdk.ExecutionSample --stack-depth 128` (the JDK's jfr tool on PATH).
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames, inside = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("sampledThread ="):
            thread = s.split('"')[1] if '"' in s else s
        elif s.startswith("stackTrace = ["):
            frames, inside = [], True
        elif inside and s == "]":
            inside = False
            yield thread, frames
        elif inside:
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1))
            elif s == "...":
                frames.append("…(truncated)")


JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def main(argv):
    top = 12
    exclude = None
    if "--exclude" in argv:
        i = argv.index("--exclude")
        exclude = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if "--top" in argv:
        i = argv.index("--top")
        top = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    for path in argv:
        self_time, ours, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
        lib = collections.Counter()
        n = 0
        for thread, frames in samples(path):
            if not thread or "http-nio" not in thread or not frames:
                continue
            if exclude and any(exclude in f for f in frames):
                continue
            n += 1
            self_time[frames[0]] += 1
            first = next((f for f in frames if f.startswith("org.mutualis.")), "(no org.mutualis frame)")
            ours[first] += 1
            lib[next((f for f in frames if not f.startswith(JDK)), "(JDK only)")] += 1
            for f in set(frames):
                if f.startswith("org.mutualis."):
                    inclusive[f] += 1
        print("## %s: %d samples of request threads" % (path, n))
        if n == 0:
            continue
        for title, counter in (("self (top frame)", self_time), ("first frame outside the JDK", lib),
                               ("first org.mutualis frame", ours), ("inclusive org.mutualis methods", inclusive)):
            print("### " + title)
            for name, count in counter.most_common(top):
                print("  %5.1f %%  %s" % (100.0 * count / n, name))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
