# Fixtures of the Python module's tests: the command line to compare with (ZZREPORT_CLI) and helpers
# that run it. ctest sets ZZREPORT_CLI and PYTHONPATH (tests/python/CMakeLists.txt).
import os
import subprocess

import pytest


@pytest.fixture(scope="session")
def cli():
    """run(args..., check=True) -> the CLI's stdout bytes (CompletedProcess with check=False)."""
    exe = os.environ["ZZREPORT_CLI"]

    def run(*args, check=True):
        done = subprocess.run([exe, *map(str, args)], capture_output=True)
        if check:
            assert done.returncode == 0, done.stderr.decode()
            return done.stdout
        return done

    return run
