#!/usr/bin/env python3
"""Time from starting `rapport play ID` to the customer's first line on its standard output.

Starts the binary with standard input held open (as a trainee at a terminal would leave it), reads its output
until the opening line (the first indented line after the name and mood meter) has arrived, and records the
elapsed wall-clock time; then closes standard input so the call ends. Usage:

    python3 Benchmarks/play/first-line.py [BINARY] [SCENARIO] [RUNS] [--pty]

With --pty the binary runs on a pseudo-terminal, as at a real terminal: libedit is set up and the history file
(in a temporary XDG_DATA_HOME) is read before the first line.
"""
import os, pty, signal, statistics, subprocess, sys, tempfile, time

use_pty = "--pty" in sys.argv
sys.argv = [a for a in sys.argv if a != "--pty"]

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/rapport"
scenario = sys.argv[2] if len(sys.argv) > 2 else "double-charge"
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 50

def once_pty(save):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(NO_COLOR="1", XDG_DATA_HOME=save, COLUMNS="200")
        os.execv(binary, [binary, "play", scenario, "--save", save])
    seen = b""
    while True:
        seen += os.read(fd, 65536)
        lines = seen.replace(b"\r", b"").split(b"\n")
        if len(lines) > 5 and lines[5].startswith(b"  "):
            elapsed = time.perf_counter() - start
            break
    os.kill(pid, signal.SIGKILL)  # the measurement is done; no need to end the call politely
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed * 1000

def once(save):
    if use_pty:
        return once_pty(save)
    start = time.perf_counter()
    p = subprocess.Popen([binary, "play", scenario, "--save", save], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
    seen = b""
    while True:
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit("the call ended before the first customer line")
        seen += chunk
        lines = seen.split(b"\n")
        # Title, difficulty line, help line, blank, name + meter, then the opening (indented two spaces).
        if len(lines) > 5 and lines[5].startswith(b"  "):
            elapsed = time.perf_counter() - start
            break
    p.stdin.close()
    p.stdout.read()
    p.wait()
    return elapsed * 1000

with tempfile.TemporaryDirectory() as save:
    for _ in range(3):
        once(save)  # warm the page cache
    times = sorted(once(save) for _ in range(runs))
print(f"{'pty, ' if use_pty else ''}{runs} runs: min {times[0]:.1f} ms  median {statistics.median(times):.1f} ms  "
      f"p90 {times[int(0.9 * (runs - 1))]:.1f} ms  max {times[-1]:.1f} ms")
