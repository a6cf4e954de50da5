# The zzreport module against the command line on the repository's reports: the same bytes (JSON
# text) and objects for analyze, targets, keywords and segment; cut() gives segment's words;
# threads and analyze_many give the same reports; panel and trend are the CLI's rows as
# DataFrames; bad input raises the CLI's message.
import json
import os
import pathlib
import threading

import pytest
import zzreport

ROOT = pathlib.Path(__file__).resolve().parents[2]
REPORTS = [
    ROOT / "data/samples/zhuzhou-2021-party-congress.txt",
    ROOT / "tests/data/reports/hailaer-2013.txt",  # GB18030, CRLF
    ROOT / "tests/data/reports/hailaer-2014.txt",
    ROOT / "tests/data/reports/tieling-2021.md",
]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_analyze_json_is_the_cli_output_byte_for_byte(cli, path):
    assert zzreport.analyze_json(path).encode() == cli("analyze", "-f", "json", path)
    assert zzreport.analyze_json(path, format="jsonl").encode() == cli(
        "analyze", "-f", "jsonl", path
    )


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_analyze_is_the_cli_object(cli, path):
    assert zzreport.analyze(path) == json.loads(cli("analyze", "-f", "json", path))
    assert zzreport.analyze(str(path)) == zzreport.analyze(path)


def test_parts_and_encoding_are_the_cli_options(cli):
    path = REPORTS[1]
    got = zzreport.analyze_json(path, parts=["targets", "keywords"], encoding="GB18030")
    want = cli("analyze", "-f", "json", "--only", "targets,keywords", "--encoding", "GB18030", path)
    assert got.encode() == want
    assert zzreport.analyze(path, parts="targets,keywords", encoding="GB18030") == json.loads(want)


def test_a_text_is_analysed_as_its_file():
    text = REPORTS[3].read_text(encoding="utf-8")
    report = zzreport.analyze(text)
    from_file = zzreport.analyze(REPORTS[3])
    assert report["document"].pop("path") == "<text>"
    assert from_file["document"].pop("path") == str(REPORTS[3])
    assert report == from_file
    gbk = zzreport.analyze(REPORTS[1].read_bytes())
    gbk_file = zzreport.analyze(REPORTS[1])
    assert gbk["document"].pop("path") == "<text>"
    gbk_file["document"].pop("path")
    assert gbk == gbk_file


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_targets_keywords_segment_are_the_cli_objects(cli, path):
    assert zzreport.targets(path) == json.loads(cli("targets", "-f", "json", path))
    assert zzreport.targets(path, kind="any") == json.loads(
        cli("targets", "-f", "json", "--kind", "any", path)
    )
    assert zzreport.keywords(path) == json.loads(cli("keywords", "-f", "json", path))
    assert zzreport.keywords(path, k=5, method="textrank") == json.loads(
        cli("keywords", "-f", "json", "-k", "5", "-m", "textrank", path)
    )
    assert zzreport.segment(path) == json.loads(cli("segment", "-f", "json", path))


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_cut_gives_the_words_of_segment(cli, path):
    text = cli("segment", "-d", "\t", path).decode()
    want = [w for line in text.split("\n") for w in line.split("\t") if w]
    raw = path.read_bytes()
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("gb18030")
    assert want, "the CLI gave no words"
    assert zzreport.cut(decoded) == [w for w in want if w.strip()]


def test_cut_is_jieba_shaped():
    words = zzreport.lcut("全面建成小康社会，国内生产总值增长6.5%左右。")
    assert isinstance(words, list) and all(isinstance(w, str) for w in words)
    assert "".join(words) == "全面建成小康社会，国内生产总值增长6.5%左右。"
    assert list(zzreport.cut_iter("推进长株潭一体化", hmm=False)) == zzreport.cut("推进长株潭一体化")
    assert zzreport.cut("") == []
    assert zzreport.cut("第一行\n\n第二 行") == ["第一", "行", "第二", "行"]


def test_threads_share_the_data_and_give_the_same_reports():
    want = {p: zzreport.analyze_json(p) for p in REPORTS}
    got, failures = {}, []

    def work(i):
        try:
            for p in REPORTS[i % 2 :] + REPORTS[: i % 2]:
                got[(i, p)] = zzreport.analyze_json(p)
        except Exception as e:  # a failure in a thread must fail the test
            failures.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    assert len(got) == 6 * len(REPORTS)
    assert all(text == want[p] for (_, p), text in got.items())


def test_analyze_many_keeps_input_order_on_every_job_count(cli):
    inputs = REPORTS * 3
    want = cli("analyze", "-f", "jsonl", *inputs).decode()
    for jobs in (1, 2, 4):
        assert "".join(zzreport.analyze_many(inputs, jobs=jobs, format="jsonl")) == want
    reports = list(zzreport.analyze_many(inputs[:2], jobs=2))
    assert reports == [zzreport.analyze(p) for p in inputs[:2]]


def test_analyze_many_records_errors_as_the_cli_does(cli, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    inputs = [REPORTS[0], str(tmp_path / "missing.md"), str(binary), REPORTS[1]]
    done = cli("analyze", "-f", "jsonl", *inputs, check=False)
    assert done.returncode == 1
    want = done.stdout.decode()
    assert '"error":{"kind":"input"' in want
    for jobs in (1, 2):
        got = "".join(zzreport.analyze_many(inputs, jobs=jobs, format="jsonl", errors="record"))
        assert got == want
    reports = list(zzreport.analyze_many(inputs, jobs=2, errors="record"))
    assert [r.get("error", {}).get("kind") for r in reports] == [None, "input", "input", None]
    assert reports[1]["path"] == inputs[1]
    assert reports[3] == zzreport.analyze(REPORTS[1])
    with pytest.raises(zzreport.InputError):
        list(zzreport.analyze_many(inputs, jobs=2))  # errors="raise", the default
    with pytest.raises(zzreport.UsageError):
        zzreport.analyze_many(inputs, errors="ignore")


def test_analyze_many_dropped_early_stops_its_workers():
    it = zzreport.analyze_many(REPORTS * 5, jobs=2)
    next(it)
    del it  # must neither hang nor crash
    assert list(zzreport.analyze_many([], jobs=2)) == []


def cli_message(cli, *args):
    done = cli(*args, check=False)
    assert done.returncode != 0
    line = done.stderr.decode().strip().splitlines()[-1]
    assert line.startswith("zzreport: error: ")
    return line[len("zzreport: error: ") :]


def test_a_missing_file_is_an_input_error_with_the_cli_message(cli, tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(zzreport.InputError) as e:
        zzreport.analyze(missing)
    assert str(e.value) == cli_message(cli, "analyze", "-f", "json", missing)
    assert isinstance(e.value, zzreport.Error)


def test_bad_bytes_are_an_input_error_with_the_cli_message(cli, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(zzreport.InputError) as e:
        zzreport.analyze(binary)
    assert str(e.value) == cli_message(cli, "analyze", "-f", "json", binary)
    bad = tmp_path / "bad.txt"
    bad.write_bytes("政府工作报告".encode("gb18030"))
    with pytest.raises(zzreport.InputError) as e:
        zzreport.analyze(bad, encoding="UTF-8")
    assert str(e.value) == cli_message(cli, "analyze", "-f", "json", "--encoding", "UTF-8", bad)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(zzreport.InputError):
        zzreport.targets(empty)
    with pytest.raises(zzreport.InputError):
        list(zzreport.analyze_many([REPORTS[0], pathlib.Path(missing_name(tmp_path))], jobs=2))


def test_a_mistyped_path_in_a_str_is_an_input_error_not_a_text(cli, tmp_path):
    # A str that names no file is a text, unless it reads as a path: one line, no CJK character,
    # a directory separator or an extension.
    for name in (str(tmp_path / "2021.md"), "reports/2021.txt", "2021.md"):
        with pytest.raises(zzreport.InputError) as e:
            zzreport.analyze(name)
        assert str(e.value) == cli_message(cli, "analyze", "-f", "json", name)
    for text in ("政府工作报告.md", "Made in China 2025", "v1.0 and 2.0 rollout"):
        assert zzreport.analyze(text)["document"]["path"] == "<text>"


def missing_name(tmp_path):
    return tmp_path / "not-there.md"


def test_wrong_types_and_values_raise_python_errors():
    for bad in (42, None, 3.5, ["a"]):
        with pytest.raises(TypeError):
            zzreport.analyze(bad)
    with pytest.raises(TypeError):
        zzreport.cut(b"bytes")
    with pytest.raises(zzreport.UsageError):
        zzreport.analyze("文本", parts="nothing-like-this")
    with pytest.raises(ValueError):
        zzreport.keywords("文本", method="magic")
    with pytest.raises(zzreport.UsageError):
        zzreport.targets("文本", kind="wish")
    with pytest.raises(zzreport.UsageError):
        zzreport.analyze("文本", encoding="GB18030")  # a str is decoded already
    for function in (zzreport.analyze, zzreport.cut):
        with pytest.raises(UnicodeEncodeError):  # a lone surrogate has no UTF-8
            function("报告\ud800")


def test_hostile_inputs_raise_input_errors(tmp_path):
    for source in ("", b"", "a\x00b", b"\x00" * 100, b"\xff\xfe\x00", str(tmp_path), tmp_path):
        for function in (zzreport.analyze, zzreport.targets, zzreport.keywords, zzreport.segment):
            with pytest.raises(zzreport.InputError):
                function(source)
    assert zzreport.targets("\u200b" * 10000)["quantities"] == []
    assert zzreport.analyze("年" * 200000)["document"]["characters"] == 200000


def test_a_missing_data_dir_is_a_data_error_with_the_cli_message(cli, tmp_path):
    try:
        zzreport.set_data_dir(str(tmp_path))
        with pytest.raises(zzreport.DataError) as e:
            zzreport.analyze(REPORTS[0])
        assert str(e.value) == cli_message(
            cli, "analyze", "-f", "json", "--data-dir", tmp_path, REPORTS[0]
        )
    finally:
        zzreport.set_data_dir("")
    assert zzreport.analyze(REPORTS[0])["document"]["path"] == str(REPORTS[0])


def test_user_dictionary_as_dict_option(cli, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("长株潭一体化 10 n\n", encoding="utf-8")
    before = zzreport.cut("推进长株潭一体化发展")
    try:
        zzreport.load_userdict(str(words))
        sample = tmp_path / "s.txt"
        sample.write_text("推进长株潭一体化发展\n", encoding="utf-8")
        want = cli("segment", "--dict", words, sample).decode().split()
        assert zzreport.cut("推进长株潭一体化发展") == want
        assert "长株潭一体化" in want and before != want
    finally:
        zzreport.clear_userdicts()


def test_docstrings_and_stubs():
    for name in ("cut", "lcut", "analyze", "analyze_json", "analyze_many", "targets", "keywords",
                 "segment", "panel", "trend", "load_userdict", "set_data_dir"):
        assert getattr(zzreport, name).__doc__, name
    stub = pathlib.Path(zzreport.__file__).with_name("zzreport.pyi")
    assert stub.is_file()
    text = stub.read_text(encoding="utf-8")
    public = [n for n in dir(zzreport) if not n.startswith("_")]
    assert [n for n in public if n not in text] == []


def frame_of(jsonl, columns=None):
    import pandas

    records = [json.loads(line) for line in jsonl.decode().splitlines() if line]
    return pandas.DataFrame(records, columns=columns) if columns else pandas.DataFrame(records)


def test_panel_is_the_cli_panel_as_a_data_frame(cli):
    import pandas

    want = frame_of(cli("panel", "-f", "jsonl", *REPORTS))
    assert len(want) > 10
    pandas.testing.assert_frame_equal(zzreport.panel(REPORTS, jobs=2), want)
    some = zzreport.panel(REPORTS, indicators="gdp_growth,cpi", jobs=1)
    pandas.testing.assert_frame_equal(
        some, frame_of(cli("panel", "-f", "jsonl", "--indicators", "gdp_growth,cpi", *REPORTS))
    )
    pandas.testing.assert_frame_equal(zzreport.panel(REPORTS, indicators=["gdp_growth", "cpi"]), some)
    with pytest.raises(zzreport.UsageError, match="unknown indicator id 'gpd'"):
        zzreport.panel(REPORTS, indicators="gpd")


TREND_COLUMNS = ["file", "region", "level", "year", "term", "count", "per_10k"]


def test_trend_is_the_cli_trend_as_a_data_frame(cli):
    import pandas

    terms = ["改革", "发展", "新质生产力"]
    pandas.testing.assert_frame_equal(
        zzreport.trend(terms, REPORTS, jobs=2),
        frame_of(cli("trend", "-f", "jsonl", *terms, "--", *REPORTS), TREND_COLUMNS),
    )
    pandas.testing.assert_frame_equal(
        zzreport.trend(terms, REPORTS, words=True),
        frame_of(cli("trend", "-f", "jsonl", "--words", *terms, "--", *REPORTS), TREND_COLUMNS),
    )
    by = ["year", "level", "term", "documents", "count", "per_10k"]
    pandas.testing.assert_frame_equal(
        zzreport.trend(terms, REPORTS, by="year,level", jobs=2),
        frame_of(cli("trend", "-f", "jsonl", "--by", "year,level", *terms, "--", *REPORTS), by),
    )
    with pytest.raises(zzreport.UsageError):
        zzreport.trend(["改革"], REPORTS, by="colour")


def test_panel_and_trend_leave_out_failed_documents_with_a_warning(cli, tmp_path):
    import warnings

    import pandas

    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = str(tmp_path / "missing.md")
    inputs = [REPORTS[0], missing, str(binary), REPORTS[3]]
    good = [REPORTS[0], REPORTS[3]]
    for call, args in (("panel", ()), ("trend", (["改革", "发展"],))):
        with pytest.raises(zzreport.InputError, match="missing.md"):
            getattr(zzreport, call)(*args, inputs, jobs=2)  # errors="raise", the default
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = getattr(zzreport, call)(*args, inputs, jobs=2, errors="warn")
        pandas.testing.assert_frame_equal(got, getattr(zzreport, call)(*args, good, jobs=2))
        assert [w.category for w in caught] == [zzreport.DocumentWarning] * 2
        assert [str(w.message).split(": ")[:2] for w in caught] == [
            [call, "left out " + missing],
            [call, "left out " + str(binary)],
        ]
        with pytest.raises(zzreport.UsageError, match="errors must be 'raise' or 'warn'"):
            getattr(zzreport, call)(*args, inputs, errors="record")
    # the sums of a group leave the failed documents out, as the command line's do
    with pytest.warns(zzreport.DocumentWarning):
        by = zzreport.trend(["改革"], inputs, by="year", errors="warn")
    done = cli("trend", "-f", "jsonl", "--by", "year", "改革", "--", *inputs, check=False)
    assert done.returncode == 1
    pandas.testing.assert_frame_equal(
        by, frame_of(done.stdout, ["year", "term", "documents", "count", "per_10k"])
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", zzreport.DocumentWarning)
        with pytest.raises(zzreport.DocumentWarning, match="missing.md"):
            zzreport.panel(inputs, errors="warn")


def test_without_pandas_panel_and_trend_are_lists_of_dicts(cli, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pandas", None)  # import pandas fails
    rows = zzreport.trend(["改革"], REPORTS[:2])
    want = cli("trend", "-f", "jsonl", "改革", "--", *REPORTS[:2]).decode().splitlines()
    assert rows == [json.loads(line) for line in want]
    panel = zzreport.panel(REPORTS[:1])
    assert panel == [json.loads(line) for line in cli("panel", "-f", "jsonl", REPORTS[0]).decode().splitlines()]


@pytest.mark.parametrize("call,copies", [("cut", 100), ("analyze_json", 30)])
def test_long_calls_release_the_gil(call, copies):
    # While one thread is inside a long call, another runs Python code: if the call held the GIL,
    # the other thread's steps would stop for the whole call (a gap as long as the call; json.loads
    # of a large text, which holds it, shows a 0.60 s gap in a 0.61 s call).
    import time

    text = REPORTS[3].read_text(encoding="utf-8") * copies
    zzreport.cut("预热")  # the data loaded before: the call measured is the work itself
    # Long enough to tell on any machine: the text doubles until one call alone takes 0.4 s.
    for _ in range(8):
        begin = time.perf_counter()
        getattr(zzreport, call)(text)
        if time.perf_counter() - begin > 0.4:
            break
        text *= 2
    started = threading.Event()

    def work():
        started.set()
        getattr(zzreport, call)(text)

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    times = []
    while worker.is_alive():
        times.append(time.perf_counter())
    times.append(time.perf_counter())
    worker.join()
    duration = times[-1] - times[0]
    gap = max(b - a for a, b in zip(times, times[1:]))
    assert duration > 0.2, f"{call}() took {duration:.2f} s: too short to tell"
    assert gap < duration / 2, f"Python stopped for {gap:.2f} s of {call}()'s {duration:.2f} s"
