#!/usr/bin/env python3
"""Hostile inputs for the zzreport binary (issue 8; see docs/robustness.md).

Each case feeds the real binary an input that breaks naive programs and checks the contract of
DESIGN.md: a clear one-line error (`zzreport: error: FILE: reason`) with a non-zero exit code, or a
correct result; within bounded time and memory; never a crash, a hang, or a partial output file.
Inputs are generated at run time into a temporary directory, never committed.

    hostile_test.py --binary build/src/cli/zzreport --list         # the CI cases
    hostile_test.py --binary build/src/cli/zzreport --case NAME    # one case (what CTest runs)
    hostile_test.py --binary build/src/cli/zzreport --all          # every case, slow ones too

Cases marked slow (the 200 MB file) are not registered with CTest: run them with --all or --case.
A case marked xfail documents a known bug left to its owner: it passes while failing, and says so.
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

ERROR_LINE = re.compile(r"^zzreport: error: .+\n$")
# Time limits below are for a quiet machine; they are multiplied by this factor so that a loaded,
# shared CI machine does not fail them. They exist to catch hangs and quadratic blow-ups, which
# overshoot by far more than that.
TIME_FACTOR = float(os.environ.get("ZZ_HOSTILE_TIME_FACTOR", "3"))
MB = 1 << 20


class Failure(Exception):
    pass


class Skip(Exception):
    """The case cannot run on this machine (not a failure, not a pass): exit 77, which CTest reports
    as skipped, with the one-line reason."""


class Result:
    def __init__(self, args, status, stdout, stderr, seconds, max_rss_kb):
        self.args, self.stdout, self.stderr = args, stdout, stderr
        self.seconds, self.max_rss_kb = seconds, max_rss_kb
        self.signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        self.rc = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        self.timed_out = False

    def describe(self):
        err = self.stderr.decode("utf-8", "replace")
        return (f"command: {' '.join(map(str, self.args))}\n  exit: {self.rc} signal: {self.signal} "
                f"time: {self.seconds:.2f}s rss: {self.max_rss_kb // 1024} MB\n  stderr: {err[:500]!r}\n"
                f"  stdout: {self.stdout[:300]!r}")


class Harness:
    """Runs the binary with a scrubbed environment, a time limit and an address-space limit."""

    def __init__(self, binary, tmp, verbose):
        self.binary, self.tmp, self.verbose = binary, tmp, verbose
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("ZZREPORT_", "ASAN_", "UBSAN_")) and k not in ("NO_COLOR", "TERM")}
        self.env["LC_ALL"] = "C.UTF-8"
        self._commands = None

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, data):
        p = self.path(name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p

    def run(self, args, stdin=b"", timeout=20, mem_mb=1024, prefix=(), stdout_path=None):
        """Runs `prefix + [binary] + args`; returns a Result with exit status, output, time, peak RSS."""
        argv = list(prefix) + [self.binary] + list(args)
        limit = mem_mb * MB

        def limits():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

        out_file = tempfile.TemporaryFile(dir=self.tmp) if stdout_path is None else open(stdout_path, "wb")
        err_file = tempfile.TemporaryFile(dir=self.tmp)
        stdin_file = tempfile.TemporaryFile(dir=self.tmp)
        stdin_file.write(stdin)
        stdin_file.seek(0)
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdin=stdin_file, stdout=out_file, stderr=err_file, env=self.env,
                                preexec_fn=limits, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout * TIME_FACTOR, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
        seconds = time.monotonic() - start
        out_file.seek(0)
        stdout = out_file.read() if stdout_path is None else b""
        err_file.seek(0)
        result = Result(argv, status, stdout, err_file.read(), seconds, usage.ru_maxrss)
        result.timed_out = timed_out.is_set()
        for f in (out_file, err_file, stdin_file):
            f.close()
        if self.verbose:
            print(f"  ran {os.path.basename(str(args[-1]))[:40]!s}: exit {result.rc}, "
                  f"{seconds:.2f}s, {usage.ru_maxrss // 1024} MB", file=sys.stderr)
        return result

    def has_command(self, name):
        if self._commands is None:
            usage = self.run(["--help"]).stdout.decode("utf-8", "replace")
            self._commands = set(re.findall(r"^\s+(\w+)\s", usage, re.MULTILINE))
        return name in self._commands


# ---- checks -------------------------------------------------------------------------------------

def reject_constant(name):
    raise ValueError(f"non-standard JSON constant {name}")


def parse_json(data, what):
    try:
        return json.loads(data.decode("utf-8"), parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError) as e:
        raise Failure(f"{what} is not valid JSON ({e}); starts {data[:200]!r}")


def check_spans(node, limit, where="$"):
    """Every span in the report lies inside the original text: 0 <= begin <= end <= characters."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "span" and isinstance(value, list) and len(value) == 2:
                begin, end = value
                if not (isinstance(begin, int) and isinstance(end, int) and 0 <= begin <= end <= limit):
                    raise Failure(f"span {value} at {where} is outside the original (0..{limit})")
            else:
                check_spans(value, limit, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            check_spans(value, limit, f"{where}[{i}]")


def check_sane(r):
    """What must hold for every run: no signal, no hang, a documented exit code."""
    if r.timed_out:
        raise Failure(f"did not finish in time\n{r.describe()}")
    if r.signal is not None:
        raise Failure(f"killed by signal {r.signal} (crash or memory limit)\n{r.describe()}")
    if r.rc not in (0, 1, 2):
        raise Failure(f"exit code {r.rc} (3 is an internal error)\n{r.describe()}")


def expect_error(r, file, reason, rc=1):
    """A one-line error naming `file` whose reason matches the regex `reason`, exit `rc`, no output."""
    check_sane(r)
    err = r.stderr.decode("utf-8", "replace")
    if r.rc != rc:
        raise Failure(f"expected exit {rc} with an error about {reason!r}\n{r.describe()}")
    if not ERROR_LINE.match(err):
        raise Failure(f"error is not one line 'zzreport: error: ...'\n{r.describe()}")
    if file is not None and not err.startswith(f"zzreport: error: {file}: "):
        raise Failure(f"error does not name {file}\n{r.describe()}")
    if not re.search(reason, err):
        raise Failure(f"error does not say {reason!r}\n{r.describe()}")
    if r.stdout:
        raise Failure(f"partial output on standard output after an error\n{r.describe()}")
    return err


def expect_report(r, characters=None, encoding=None):
    """A complete JSON report on standard output, no error output, spans inside the original."""
    check_sane(r)
    if r.rc != 0:
        raise Failure(f"expected a report\n{r.describe()}")
    if r.stderr:
        raise Failure(f"unexpected messages on stderr\n{r.describe()}")
    report = parse_json(r.stdout, "output")
    return check_report(report, characters, encoding)


def check_report(report, characters=None, encoding=None):
    doc = report.get("document", {})
    if characters is not None and doc.get("characters") != characters:
        raise Failure(f"document.characters is {doc.get('characters')}, expected {characters}")
    if encoding is not None and doc.get("encoding") != encoding:
        raise Failure(f"document.encoding is {doc.get('encoding')!r}, expected {encoding!r}")
    check_spans(report, doc.get("characters", 0))
    return report


def analyze(h, path, *extra, **kw):
    """`zzreport analyze --format json PATH` to stdout, and with -o to a file: both must agree, and an
    error must leave no output file and no temporary behind."""
    r = h.run(["analyze", "--format", "json", *extra, path], **kw)
    out = h.path("out.json")
    if os.path.exists(out):
        os.unlink(out)
    r_file = h.run(["analyze", "--format", "json", "-o", out, *extra, path], **kw)
    check_sane(r_file)
    leftovers = [n for n in os.listdir(h.tmp) if n.startswith("out.json.")]
    if leftovers:
        raise Failure(f"temporary output files left behind: {leftovers}\n{r_file.describe()}")
    if r_file.rc != r.rc:
        raise Failure(f"exit {r.rc} to stdout but {r_file.rc} with -o\n{r_file.describe()}")
    if r_file.rc == 0:
        with open(out, "rb") as f:
            written = f.read()
        if written != r.stdout:
            raise Failure("the file written with -o differs from standard output (partial or "
                          f"non-deterministic output): {len(written)} vs {len(r.stdout)} bytes")
    elif os.path.exists(out):
        raise Failure(f"an output file was left after an error\n{r_file.describe()}")
    if h.has_command("segment") and r.rc != 0:
        check_segment_agrees(h, path, r, **kw)
    return r


def check_segment_agrees(h, path, analyzed, **kw):
    """`zzreport segment` meets the same contract: when analyze rejects an input, segment does too."""
    seg = h.run(["segment", path], **kw)
    check_sane(seg)
    if seg.rc != analyzed.rc:
        raise Failure(f"segment exits {seg.rc} where analyze exits {analyzed.rc}\n{seg.describe()}")
    if not ERROR_LINE.match(seg.stderr.decode("utf-8", "replace")) or seg.stdout:
        raise Failure(f"segment's error is not one line without output\n{seg.describe()}")


def segment_ok(h, path, **kw):
    """When the segment command exists: it runs on `path` and prints something, without errors."""
    if not h.has_command("segment"):
        return
    seg = h.run(["segment", path], **kw)
    check_sane(seg)
    if seg.rc != 0 or seg.stderr:
        raise Failure(f"segment failed where analyze succeeded\n{seg.describe()}")


# ---- inputs -------------------------------------------------------------------------------------

PROSE = ("各位代表：过去五年，全市地区生产总值年均增长7.5%，突破3000亿元。今年的主要预期目标是："
         "地区生产总值增长6%以上，城镇调查失业率控制在5.5%左右，单位GDP能耗下降3%。"
         "我们要坚持“三高四新”战略，推进长株潭一体化（详见附表），力争到2035年基本实现现代化。\n")


def chars(text):
    return len(text)


CASES = {}


def case(slow=False, xfail=None):
    """Registers a case. `xfail` names a known bug and its owner: the case still runs and reports."""
    def register(fn):
        CASES[fn.__name__] = (fn, slow, xfail)
        return fn
    return register


@case()
def empty_file(h):
    expect_error(analyze(h, h.write("empty.txt", b"")), h.path("empty.txt"), "empty")
    r = h.run(["analyze", "--format", "json", "-"], stdin=b"")
    expect_error(r, "-", "empty")


@case()
def only_whitespace(h):
    check_blank_files(h, [("spaces.txt", " \t \n\r\n\n   \n"), ("newlines.txt", "\n" * 100000),
                          ("bom-only.txt", "\ufeff")])


@case()
def only_ideographic_whitespace(h):
    check_blank_files(h, [("ideographic-spaces.txt", "\u3000" * 500 + "\n"),
                          ("nbsp.txt", "\u00a0\u2002\u2003\u3000\n" * 100)])


def check_blank_files(h, files):
    """Files of white space alone: no paragraphs in the report, or an error saying there is no text."""
    for name, data in files:
        p = h.write(name, data)
        r = analyze(h, p)
        if r.rc != 0:  # an error is fine for a file with no text, as long as it says so
            expect_error(r, p, "empty|no text|white ?space")
            continue
        report = expect_report(r, characters=chars(data.lstrip("\ufeff")))
        if report["document"].get("paragraphs", 0) != 0:
            raise Failure(f"{name}: white space alone yields paragraphs: {report['document']}")


@case()
def only_punctuation(h):
    text = "。，、；：？！“”‘’（）《》【】—…·,.;:?!()[]{}<>\"'-" * 2000 + "\n"
    p = h.write("punct.txt", text)
    expect_report(analyze(h, p), characters=chars(text))
    segment_ok(h, p)


@case()
def long_line_50mb(h):
    # One 50 MB line of Han text with no punctuation at all: no sentence or line boundary anywhere.
    unit = "发展经济改善民生推进高质量发展建设现代化新株洲"
    count = 50 * MB // len(unit.encode())
    p = h.write("line-50mb.txt", unit * count)
    r = h.run(["analyze", "--format", "json", "-o", h.path("out.json"), p], timeout=90, mem_mb=3072)
    check_sane(r)
    if r.rc != 0:
        raise Failure(f"no report for a long line\n{r.describe()}")
    # The segmenter's lattice works in bounded windows and keyword counting maps start at the size
    # of a report's vocabulary; what grows with the text is the document, its tokens and keyword
    # units (~525 MB for 50 MB on 29 Nov 2026; 830 MB when the whole run was one lattice).
    if r.max_rss_kb > 12 * 50 * 1024:
        raise Failure(f"peak RSS {r.max_rss_kb // 1024} MB for a 50 MB line (limit: 12 x the input)")
    with open(h.path("out.json"), "rb") as f:
        check_report(parse_json(f.read(), "out.json"), characters=len(unit) * count)


@case()
def long_latin_word_20mb(h):
    # One 20 MB "word" of Latin letters and digits: one token that no rule expects.
    text = "GDPabc123" * (20 * MB // 9)
    text = "发展" + text + "。\n"
    p = h.write("latin-20mb.txt", text)
    r = h.run(["analyze", "--format", "json", "-o", h.path("out.json"), p], timeout=60, mem_mb=3072)
    check_sane(r)
    if r.rc != 0:
        raise Failure(f"no report for a long Latin word\n{r.describe()}")
    with open(h.path("out.json"), "rb") as f:
        check_report(parse_json(f.read(), "out.json"), characters=len(text))


@case(slow=True)
def big_file_200mb(h):
    # 200 MB of real-looking prose (many lines and sentences): bounded time and memory.
    count = 200 * MB // len(PROSE.encode())
    p = h.write("big-200mb.txt", PROSE * count)
    r = h.run(["analyze", "--format", "json", "-o", h.path("out.json"), p], timeout=600, mem_mb=8192)
    check_sane(r)
    print(f"  200 MB: exit {r.rc}, {r.seconds:.1f} s, peak RSS {r.max_rss_kb // 1024} MB", file=sys.stderr)
    if r.rc != 0:
        expect_error(r, p, "too large|too big|limit")
    else:
        with open(h.path("out.json"), "rb") as f:
            check_report(parse_json(f.read(), "out.json"), characters=len(PROSE) * count)


@case()
def nested_quotes_and_brackets(h):
    inputs = {
        "nested-quotes.txt": "“" * 50000 + "三高四新" + "”" * 50000 + "。\n",
        "nested-brackets.txt": "（" * 50000 + "发展" + "）" * 50000 + "。\n",
        "mixed-nesting.txt": "“（《【「‘" * 20000 + "建设" + "’」】》）”" * 20000 + "\n",
        "unbalanced-open.txt": ("“坚持（推进《建设【发展" * 20000) + "。\n",
        "unbalanced-close.txt": ("”）》】」’发展。" * 20000) + "\n",
        "ascii-nesting.txt": "(" * 50000 + "\"a\"" + ")" * 50000 + "\n" + "[{<\"'" * 20000 + "\n",
        "quote-per-line.txt": "“发展\n" * 50000,
    }
    for name, text in inputs.items():
        p = h.write(name, text)
        expect_report(analyze(h, p, timeout=30), characters=chars(text))
        segment_ok(h, p, timeout=30)


def utf8_error_offset(data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return None


# Mixes 1-, 2-, 3- and 4-byte characters (· is 2 bytes, 𠀀 is 4) so every kind of sequence is hit.
SHORT = "株洲·2021年经济增长7%，𠀀𡈽城市发展。\n".encode()


@case()
def invalid_utf8_every_position(h):
    """A bad byte inserted at, or replacing, every byte of a short text: an error at the right byte."""
    variants = []
    for i in range(len(SHORT) + 1):
        variants.append((f"insert 0xFF at {i}", SHORT[:i] + b"\xff" + SHORT[i:]))
    for i in range(len(SHORT)):
        replacement = b"A" if SHORT[i] & 0xC0 == 0x80 else b"\x80"
        variants.append((f"replace byte {i}", SHORT[:i] + replacement + SHORT[i + 1:]))
    p = h.path("bad.txt")
    for what, data in variants:
        h.write("bad.txt", data)
        offset = utf8_error_offset(data)
        r = h.run(["analyze", "--format", "json", p])
        try:
            expect_error(r, p, rf"UTF-8.*\(byte {offset}\)")
        except Failure as e:
            raise Failure(f"{what} ({data!r}): {e}")


@case()
def truncated_sequence_at_end(h):
    """A file cut inside its last multi-byte character (a download or `head -c` cut short)."""
    text = PROSE.strip() * 3
    for tail in ["发", "𠀀", "·"]:
        encoded = tail.encode()
        for cut in range(1, len(encoded)):
            data = text.encode() + encoded[:cut]
            p = h.write("truncated.txt", data)
            try:
                expect_error(analyze(h, p), p, rf"UTF-8.*\(byte {len(text.encode())}\)")
            except Failure as e:
                raise Failure(f"{tail!r} cut after {cut} bytes: {e}")


UTF16_NAMES = {"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}


@case()
def utf16_without_bom(h):
    text = PROSE * 20
    for enc in ("utf-16-le", "utf-16-be"):
        p = h.write(f"{enc}.txt", text.encode(enc))
        expect_report(analyze(h, p), characters=chars(text), encoding=UTF16_NAMES[enc])


@case()
def utf16_without_bom_no_ascii(h):
    """Han-only UTF-16 has no NUL bytes to give it away; mojibake is not a result, an error is."""
    text = "各位代表发展经济改善民生推进高质量发展建设现代化新株洲" * 40
    for enc in ("utf-16-le", "utf-16-be"):
        p = h.write(f"{enc}-han.txt", text.encode(enc))
        r = analyze(h, p)
        if r.rc == 0:
            expect_report(r, characters=chars(text), encoding=UTF16_NAMES[enc])
        else:
            expect_error(r, p, "decode|encoding|UTF-16")


@case()
def mixed_gbk_and_utf8(h):
    """Half UTF-8, half GBK (files concatenated by `cat`): no single encoding gives the text."""
    text = PROSE * 10
    for name, data in [("utf8-then-gbk.txt", text.encode() + text.encode("gbk")),
                       ("gbk-then-utf8.txt", text.encode("gbk") + text.encode())]:
        p = h.write(name, data)
        expect_error(analyze(h, p), p, "UTF-8|GB18030|encoding|decode")


@case()
def gbk_file(h):
    """A plain GBK file with CRLF decodes to the same text as Python's gb18030 codec (control case)."""
    text = PROSE.replace("\n", "\r\n") * 10
    p = h.write("gbk.txt", text.encode("gbk"))
    expect_report(analyze(h, p), characters=chars(text), encoding="GB18030")


@case()
def nul_bytes(h):
    text = PROSE.encode()
    for name, data in [("nul-first.txt", b"\0" + text), ("nul-middle.txt", text + b"\0" + text),
                       ("nul-last.txt", text + b"\0"), ("all-nul.txt", b"\0" * 4096),
                       ("binary.bin", bytes(range(256)) * 64)]:
        p = h.write(name, data)
        expect_error(analyze(h, p), p, "not a text file")


@case()
def directory(h):
    d = h.path("a-directory")
    os.mkdir(d)
    expect_error(analyze(h, d), d, "directory")


@case()
def missing_file(h):
    p = h.path("no-such-file.txt")
    expect_error(analyze(h, p), p, "No such file")


@case()
def fifo_with_writer(h):
    """A named pipe (as from `<(zcat report.gz)`) is read like a file."""
    p = h.path("pipe")
    os.mkfifo(p)
    data = PROSE.encode() * 50

    def writer():
        with open(p, "wb") as f:
            f.write(data)

    thread = threading.Thread(target=writer)
    thread.start()
    r = h.run(["analyze", "--format", "json", p], timeout=10)
    thread.join(timeout=5)
    expect_report(r, characters=len(PROSE) * 50)


@case()
def unreadable_file(h):
    # /proc/self/mem opens but every read at offset 0 fails with EIO, even for root.
    expect_error(h.run(["analyze", "--format", "json", "/proc/self/mem"]), "/proc/self/mem", "error")


@case()
def permission_denied(h):
    """A file without read permission. Root reads anything, so as root the binary runs as nobody,
    which needs a checkout (binary and data/) that nobody can read: skipped when it cannot."""
    d = h.path("locked")
    os.mkdir(d)
    os.chmod(d, 0o755)
    p = h.write("locked/secret.txt", PROSE)
    os.chmod(p, 0)
    prefix = ()
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            raise Skip("running as root and setpriv is missing")
        prefix = (setpriv, "--reuid=65534", "--regid=65534", "--clear-groups")
        # The same analysis of standard input, which needs no file of the test's: it fails only when
        # nobody cannot run the binary or read its data files (a checkout in a 0700 folder).
        control = h.run(["analyze", "--format", "json", "-"], stdin=PROSE.encode("utf-8"), prefix=prefix)
        if control.rc != 0:
            reason = control.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
            raise Skip("the binary or its data files are not readable by user nobody here "
                       f"({reason[0] if reason else f'exit {control.rc}'})")
        os.chmod(h.tmp, 0o755)  # mkdtemp's 0700 would deny nobody the path before the file
    expect_error(h.run(["analyze", "--format", "json", p], prefix=prefix), p, "Permission denied")


@case()
def unwritable_output(h):
    src = h.write("in.txt", PROSE)
    for target, reason in [("/nonexistent-dir/out.json", "No such file"),
                           (h.path("in.txt") + "/out.json", "Not a directory")]:
        r = h.run(["analyze", "--format", "json", "-o", target, src])
        expect_error(r, target, reason)
        if os.path.exists(target):
            raise Failure(f"{target} exists after a failed write")
    # -o naming an existing directory: the report cannot replace it.
    d = h.path("outdir")
    os.mkdir(d)
    r = h.run(["analyze", "--format", "json", "-o", d, src])
    expect_error(r, d, "directory")
    if not os.path.isdir(d) or os.listdir(d):
        raise Failure("the directory named by -o was changed")
    if [n for n in os.listdir(h.tmp) if ".zzreport-" in n]:
        raise Failure(f"temporary files left behind: {os.listdir(h.tmp)}")


@case()
def full_standard_output(h):
    """Writing to a full disk (/dev/full) is an error, not a silent success."""
    src = h.write("in.txt", PROSE * 100)
    r = h.run(["analyze", "--format", "json", src], stdout_path="/dev/full")
    expect_error(r, None, "standard output|No space")


@case()
def output_to_fifo(h):
    """-o to a named pipe writes into the pipe instead of replacing it with a file."""
    src = h.write("in.txt", PROSE)
    p = h.path("out-pipe")
    os.mkfifo(p)
    received = []

    def reader():
        with open(p, "rb") as f:
            received.append(f.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    r = h.run(["analyze", "--format", "json", "-o", p, src], timeout=10)
    check_sane(r)
    is_fifo = stat.S_ISFIFO(os.stat(p).st_mode)
    if not is_fifo:
        raise Failure("the FIFO named by -o was replaced by a regular file")
    thread.join(timeout=5)
    if r.rc != 0 or not received:
        raise Failure(f"nothing written to the FIFO\n{r.describe()}")
    check_report(parse_json(received[0], "FIFO output"), characters=len(PROSE))


@case()
def file_names(h):
    """Odd file names: a report whose JSON is valid UTF-8 and names the file (bytes that are not
    UTF-8 become U+FFFD), in every command that writes JSON."""
    for raw in [b"line\nbreak.txt", b"bad-\xff\xfe-utf8.txt", b"-dash.txt", b"space name.txt"]:
        p = os.path.join(os.fsencode(h.tmp), raw)
        with open(p, "wb") as f:
            f.write(PROSE.encode())
        shown = p.decode("utf-8", "replace")
        for command in (["analyze", "--format", "json"], ["analyze", "--format", "jsonl"],
                        ["keywords", "--format", "json"], ["targets", "--format", "json"],
                        ["targets", "--format", "jsonl"]):
            r = h.run([*command, "--", os.fsdecode(p)])
            check_sane(r)
            if r.rc != 0 or r.stderr:
                raise Failure(f"{' '.join(command)} on {raw!r}: no report\n{r.describe()}")
            first = r.stdout.split(b"\n", 1)[0] if command[-1] == "jsonl" else r.stdout
            report = parse_json(first, f"{' '.join(command)} output")
            if command[0] == "analyze":
                check_report(report, characters=len(PROSE))
            named = report.get("document", {}).get("path") or report.get("path") or report.get("file")
            if named != shown:
                raise Failure(f"{' '.join(command)} on {raw!r} names the file {named!r}, expected {shown!r}")
        os.unlink(p)


@case()
def long_numbers(h):
    """Numbers of 400 digits, Arabic and Chinese, in target sentences: no overflow, no inf/NaN."""
    lines = [
        "地区生产总值增长" + "9" * 400 + "%以上。",
        "全市财政收入达到" + "1" * 400 + "亿元。",
        "投资" + "9" * 200 + "." + "9" * 200 + "万元，增长0." + "0" * 398 + "1%。",
        "力争到2035年人口达到" + "九" * 400 + "万人。",
        "新增" + "一千二百三十四万五千六百七十八亿" * 30 + "元。",
        "增长" + "1" * 30 + "," + ",".join(["999"] * 130) + "元。",
        "降低" + "-" * 50 + "9" * 400 + "e" + "9" * 50 + "%。",
    ]
    text = "\n".join(lines) + "\n"
    p = h.write("long-numbers.txt", text)
    expect_report(analyze(h, p), characters=chars(text))
    segment_ok(h, p)


@case()
def many_numerals(h):
    """10,000 consecutive numerals, Chinese and Arabic, with and without separators: linear time."""
    digits = "一二三四五六七八九十百千万亿零两"
    inputs = {
        "han-numerals.txt": "增长" + (digits * 700)[:10000] + "元。\n",
        "arabic-run.txt": "目标" + ("1234567890" * 1000) + "%。\n",
        "arabic-list.txt": "、".join(str(i) for i in range(10000)) + "。\n",
        "percent-list.txt": "增长" + "，".join(f"{i % 100}.{i % 10}%" for i in range(10000)) + "。\n",
        "range-list.txt": "".join(f"{i}-{i + 1}个" for i in range(10000)) + "\n",
        "year-list.txt": "到" + "".join(f"{1900 + i % 200}年" for i in range(10000)) + "\n",
    }
    for name, text in inputs.items():
        p = h.write(name, text)
        expect_report(analyze(h, p, timeout=20), characters=chars(text))
        segment_ok(h, p, timeout=20)


@case()
def heading_flood(h):
    """Tens of thousands of headings at every level: the outline is built without deep recursion."""
    levels = ["一、发展", "（一）推进", "1.建设", "（1）改革", "第一章 总则", "## 标题", "**加粗标题**"]
    text = "\n".join(levels[i % len(levels)] for i in range(70000)) + "\n"
    p = h.write("headings.txt", text)
    expect_report(analyze(h, p, timeout=30), characters=chars(text))
    deep = "".join("#" * min(i + 1, 200) + " 标题\n" for i in range(2000))
    p = h.write("deep-markdown.txt", deep)
    expect_report(analyze(h, p, timeout=30), characters=chars(deep))


@case()
def markup_edge_cases(h):
    """A YAML header that never closes, a table with thousands of columns, page markers only."""
    inputs = {
        "open-yaml.txt": "---\ntitle: 报告\nyear: 2021\n" + PROSE * 10,
        "only-yaml.txt": "---\ntitle: 报告\n---\n",
        "wide-table.txt": "|" + "|".join(["指标"] * 5000) + "|\n|" + "|".join(["---"] * 5000) + "|\n",
        "page-markers.txt": "（下转第3版）\n《上接A1版》\n" * 5000,
        "crlf-cr-mix.txt": PROSE.replace("\n", "\r") * 20 + PROSE.replace("\n", "\r\n") * 20,
        "control-chars.txt": ("发展\x0b经济\x0c改善\x1b民生。\n") * 10,
    }
    for name, text in inputs.items():
        p = h.write(name, text)
        r = analyze(h, p, timeout=20)
        if r.rc != 0:
            expect_error(r, p, "empty|no text|not a text file")
        else:
            expect_report(r, characters=chars(text))


@case()
def options_before_files(h):
    """Repeatable options (--dict, --glob) take one value each and leave the input files alone."""
    d = h.path("reports")
    os.mkdir(d)
    h.write("reports/a.txt", PROSE)
    h.write("reports/b.md", PROSE)
    r = h.run(["analyze", "--format", "json", "--glob", "*.txt", d])
    expect_report(r, characters=len(PROSE))


@case()
def user_dictionary_good_lines(h):
    """What jieba itself accepts must load: BOM, CRLF, tabs, tags, blank lines, no frequency."""
    src = h.write("in.txt", PROSE)
    d = h.write("good-dict.txt", "\ufeff长株潭 100 ns\r\n三高四新 5\n\n招商引资\t20\tv\n   \n营商环境\n")
    expect_report(h.run(["analyze", "--format", "json", "--dict", d, src]), characters=len(PROSE))


@case()
def user_dictionary_malformed(h):
    """Malformed dictionary lines are reported with file and line number, never a crash."""
    src = h.write("in.txt", PROSE)
    bad = {
        "bad-utf8.txt": (b"\xe9\x95\xbf\xe6\xa0\xaa 10\nbad\xff\xfeword 3\n", 2),
        # "word many" is jieba's "word tag"; a frequency that is not a non-negative integer is an error
        "bad-freq.txt": ("长株潭 100\n三高四新 1.5\n".encode(), 2),
        "negative-freq.txt": ("长株潭 -5\n".encode(), 1),
        "huge-freq.txt": ("长株潭 99999999999999999999999999\n".encode(), 1),
        "nul-line.txt": (b"\xe9\x95\xbf\x00\xe6\xa0\xaa 10\n", 1),
        "utf16-dict.txt": ("长株潭 10\n".encode("utf-16"), 1),
    }
    expect_error(h.run(["analyze", "--format", "json", "--dict", h.tmp, src]), h.tmp, "directory")
    for name, (data, line) in bad.items():
        p = h.write(name, data)
        r = h.run(["analyze", "--format", "json", "--dict", p, src])
        try:
            expect_error(r, p, rf"line {line}\b")
        except Failure as e:
            raise Failure(f"{name}: {e}")


@case()
def user_dictionary_hostile_sizes(h):
    """A dictionary with a 1 MB line and 200,000 entries loads (or is refused) in bounded time."""
    src = h.write("in.txt", PROSE)
    p = h.write("long-line-dict.txt", "长" * (MB // 3) + " 10\n长株潭 5\n")
    r = h.run(["analyze", "--format", "json", "--dict", p, src], timeout=20)
    check_sane(r)
    if r.rc != 0:
        expect_error(r, p, "line 1")
    many = "".join(f"词{i} {i % 1000 + 1}\n" for i in range(200000))
    p = h.write("big-dict.txt", many)
    expect_report(h.run(["analyze", "--format", "json", "--dict", p, src], timeout=20), characters=len(PROSE))
    for target in [h.path("missing-dict.txt")]:
        expect_error(h.run(["analyze", "--format", "json", "--dict", target, src]), target, ".")


@case()
def seed_report_control(h):
    """The seed report itself, as a control: a valid report with every span inside the text."""
    seed = os.path.join(os.path.dirname(__file__), "..", "..", "data", "samples",
                        "zhuzhou-2021-party-congress.txt")
    with open(seed, encoding="utf-8") as f:
        text = f.read()
    expect_report(analyze(h, seed), characters=len(text.lstrip("\ufeff")))


# ---- driver -------------------------------------------------------------------------------------

def run_case(binary, name, verbose):
    fn, _, xfail = CASES[name]
    tmp = tempfile.mkdtemp(prefix=f"zz-hostile-{name}-")
    start = time.monotonic()
    try:
        fn(Harness(binary, tmp, verbose))
        failure = None
    except Skip as e:
        print(f"SKIP  {name}: {e}")
        return None
    except Failure as e:
        failure = str(e)
    except Exception as e:  # a bug in the case itself must fail it too, not stop the others
        failure = f"{type(e).__name__}: {e}"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    seconds = time.monotonic() - start
    if failure is None and xfail:
        print(f"XPASS {name} ({seconds:.1f}s): fixed? remove its xfail marker: {xfail}")
        return True
    if failure is None:
        print(f"PASS  {name} ({seconds:.1f}s)")
        return True
    if xfail:
        print(f"XFAIL {name} ({seconds:.1f}s), known bug: {xfail}\n  {failure}")
        return True
    print(f"FAIL  {name} ({seconds:.1f}s)\n  {failure}")
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", help="the zzreport executable")
    parser.add_argument("--list", action="store_true", help="print the CI cases (not the slow ones)")
    parser.add_argument("--case", action="append", default=[], help="run this case (repeatable)")
    parser.add_argument("--all", action="store_true", help="run every case, slow ones included")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run's time and memory")
    args = parser.parse_args()
    if args.list:
        print(";".join(n for n, (_, slow, _) in CASES.items() if not slow))
        return 0
    if not args.binary:
        parser.error("--binary is required")
    names = list(CASES) if args.all else args.case or [n for n, (_, slow, _) in CASES.items() if not slow]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    binary = os.path.abspath(args.binary)
    results = [run_case(binary, n, args.verbose) for n in names]
    if False in results:
        return 1
    return 77 if None in results else 0  # 77: CTest's SKIP_RETURN_CODE


if __name__ == "__main__":
    sys.exit(main())
