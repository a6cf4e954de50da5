#!/usr/bin/env python3
"""Golden end-to-end tests: run the real zzreport binary on each case and compare exact output.

A case is a directory tests/golden/<case>/ holding
  cwd              where to run, relative to the project root: "source:data/samples" or
                   "source:tests/data" (a golden test reads only what the repository holds)
                   (inputs are named relative to it, so paths in the output are stable)
  args             the command line after "zzreport", one line, shell quoting
  expected.stdout  the exact standard output
  expected.stderr  the exact standard error (absent: must be empty)
  expected.status  the exit status (absent: must be 0)
Any other file in a case directory is an error, so that every golden file is used.

The environment is scrubbed (no NO_COLOR, TERM, COLUMNS, ZZREPORT_DATA_DIR from the caller).
With --update (what scripts/update-golden.sh passes; nothing in the environment turns it on) the
expected files are rewritten instead; read the diff. --update is refused when CI is set: CI
compares, it never regenerates.
The JSON output of `analyze` (--format json or jsonl) is also validated against --schema (the
analysis schema) when given; other commands' JSON has no schema.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

KNOWN_FILES = {"cwd", "args", "expected.stdout", "expected.stderr", "expected.status"}


def scrubbed_env():
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "HOME": "/nonexistent"}


def resolve_cwd(spec, roots):
    root_name, _, rel = spec.strip().partition(":")
    if root_name not in roots:
        raise ValueError(f"cwd must start with one of {sorted(roots)}: {spec!r}")
    return Path(roots[root_name]) / rel


def json_documents(stdout, args):
    if "jsonl" in args:
        return [json.loads(line) for line in stdout.splitlines() if line]
    decoder, docs, at = json.JSONDecoder(), [], 0
    while at < len(stdout):
        while at < len(stdout) and stdout[at].isspace():
            at += 1
        if at < len(stdout):
            doc, at = decoder.raw_decode(stdout, at)
            docs.append(doc)
    return docs


def validate(stdout, args, schema_path):
    import jsonschema  # Debian: python3-jsonschema
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for doc in json_documents(stdout, args):
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            return f"schema: {'/'.join(map(str, e.path))}: {e.message}"
    return None


def run_case(case_dir, zzreport, roots, update, schema):
    """Returns a list of failure messages (empty when the case passes or was updated)."""
    unknown = sorted(p.name for p in case_dir.iterdir() if p.name not in KNOWN_FILES)
    if unknown:
        return [f"unknown files (every golden file must be used): {', '.join(unknown)}"]
    args = shlex.split((case_dir / "args").read_text(encoding="utf-8"))
    cwd = resolve_cwd((case_dir / "cwd").read_text(encoding="utf-8"), roots)
    if not cwd.is_dir():
        return [f"working directory {cwd} does not exist"]
    result = subprocess.run([zzreport] + args, cwd=cwd, env=scrubbed_env(), capture_output=True,
                            timeout=120)
    stdout = result.stdout.decode("utf-8", errors="replace")
    stderr = result.stderr.decode("utf-8", errors="replace")
    status = str(result.returncode)
    if update:
        (case_dir / "expected.stdout").write_bytes(result.stdout)
        for name, value, default in (("expected.stderr", result.stderr, b""),
                                     ("expected.status", (status + "\n").encode(), b"0\n")):
            path = case_dir / name
            if value == default:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(value)
        return []
    failures = []
    expected_out = (case_dir / "expected.stdout").read_bytes()
    if result.stdout != expected_out:
        failures.append(diff("stdout", expected_out, result.stdout))
    stderr_path = case_dir / "expected.stderr"
    expected_err = stderr_path.read_bytes() if stderr_path.exists() else b""
    if result.stderr != expected_err:
        failures.append(diff("stderr", expected_err, result.stderr))
    status_path = case_dir / "expected.status"
    expected_status = status_path.read_text().strip() if status_path.exists() else "0"
    if status != expected_status:
        failures.append(f"exit status {status}, expected {expected_status}; stderr: {stderr.strip()}")
    if (schema and result.returncode == 0 and args[:1] == ["analyze"]
            and any(a in ("json", "jsonl") for a in args)):
        message = validate(stdout, args, schema)
        if message:
            failures.append(message)
    return failures


def diff(name, expected, actual):
    import difflib
    lines = difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                 actual.decode("utf-8", "replace").splitlines(),
                                 f"expected.{name}", f"actual.{name}", lineterm="", n=2)
    text = "\n".join(list(lines)[:80])
    return f"{name} differs (run scripts/update-golden.sh and read the diff):\n{text}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zzreport", required=True, help="the binary under test")
    parser.add_argument("--source-dir", required=True, help="the project root")
    parser.add_argument("--schema", help="JSON Schema to validate analyze's JSON output against")
    parser.add_argument("--update", action="store_true", help="rewrite the expected files")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    options = parser.parse_args()
    update = options.update
    if update and "CI" in os.environ:
        print("run_golden: refusing to rewrite the expected files when CI is set", file=sys.stderr)
        return 2
    golden = Path(options.source_dir) / "tests" / "golden"
    names = options.cases or sorted(p.name for p in golden.iterdir() if (p / "args").is_file())
    roots = {"source": options.source_dir}
    failed = 0
    for name in names:
        failures = run_case(golden / name, os.path.abspath(options.zzreport), roots, update, options.schema)
        print(f"{'updated' if update else 'FAIL' if failures else 'ok'}: {name}")
        for f in failures:
            print("  " + f.replace("\n", "\n  "))
        failed += bool(failures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
