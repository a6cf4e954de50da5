#!/usr/bin/python3
"""browser_check: load zzreport's HTML pages in headless Chromium and check them as a reader would.

Usage:
  browser_check.py --zzreport BIN [--chromium chromium] [--screenshots DIR] REPORT...

For each report: writes `analyze -f html` and `analyze -f json`, loads the page in headless Chromium
over the DevTools protocol, and fails when
  - the page makes any request but for its own file, or logs a console error or an exception;
  - the number of <mark data-kind="target|achievement"> differs from the JSON's targets +
    achievements, or of table rows likewise;
  - a link to "#id" has no element with that id;
  - sorting, filtering and the way back from a mark to its row do not work;
  - the screenshot is blank.
Then loads the index page of `analyze -f html -o DIR/` over all reports and checks that it lists and
links every page, and the chart pages of `track -f html` and `trend --by year -f html` over them
(no request, no error, not blank). Screenshots are kept in --screenshots when given.

Runs with Debian's python3 and python3-websocket (scripts/setup.sh installs them and chromium).
Exit status: 0 all pages pass; 1 a check failed; 77 chromium or python3-websocket is missing (a skip,
unless ZZREPORT_REQUIRE_BROWSER=1, when it is a failure).
"""

import argparse
import base64
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib

try:
    import websocket  # python3-websocket
except ImportError:
    websocket = None


def skip(reason):
    if os.environ.get("ZZREPORT_REQUIRE_BROWSER") == "1":
        print(f"browser_check: {reason} (ZZREPORT_REQUIRE_BROWSER=1)", file=sys.stderr)
        sys.exit(1)
    print(f"SKIP  browser tests: missing tool: {reason}")
    sys.exit(77)


class Browser:
    """One headless Chromium and one page of it, driven over the DevTools protocol."""

    def __init__(self, chromium, profile):
        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
             f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        url = self._devtools_url(deadline=time.time() + 60)
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=True)

    def _devtools_url(self, deadline):
        lines = []
        while time.time() < deadline:
            ready, _, _ = select.select([self.proc.stderr], [], [], 1)
            if not ready:
                if self.proc.poll() is not None:
                    break
                continue
            line = self.proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                return match.group(1)
        raise RuntimeError("chromium did not start: " + "".join(lines[-5:]))

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        self.ws.settimeout(60)
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    del self.events[i]
                    return event
            self.ws.settimeout(max(0.1, deadline - time.time()))
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"no {method} within {timeout} s")

    def load(self, url):
        self.events = []
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True, "awaitPromise": True},
                           session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def drain(self, seconds=0.3):
        """Reads the events that arrive within `seconds` (late console messages, requests)."""
        deadline = time.time() + seconds
        self.ws.settimeout(0.05)
        while time.time() < deadline:
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                pass

    def problems(self, page_url):
        """Requests other than the page itself, console errors and exceptions seen so far."""
        out = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent" and params["request"]["url"] != page_url:
                out.append(f"request: {params['request']['url']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(f"console error: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                out.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                out.append(f"log error: {params['entry'].get('text')}")
        return out

    def screenshot(self):
        """A screenshot once the page has painted: two animation frames after the script's work, and
        again after a pause if the first is blank (a loaded machine can capture before painting)."""
        png = b""
        for pause in (0, 1.0):
            time.sleep(pause)
            self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            png = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"])
            if not png_is_blank(png):
                break
        return png

    def close(self):
        """Ends Chromium and the processes it started (its own process group): a renderer left
        running still writes into the profile while the temporary directory is removed."""
        try:
            self.ws.close()
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):  # the second for what stays behind
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass


def png_is_blank(png):
    """True when the decoded image has almost a single colour (a page that did not render)."""
    pos, data = 8, b""
    while pos < len(png):
        length = int.from_bytes(png[pos:pos + 4], "big")
        kind = png[pos + 4:pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    return len(set(raw)) < 16 or raw.count(255) > 0.995 * len(raw)


# What the page must show and do, measured in the page itself.
PAGE_FACTS = r"""
(async () => {
  const ids = new Set(Array.from(document.querySelectorAll('[id]'), e => e.id));
  const broken = Array.from(document.querySelectorAll('a[href^="#"]'), a => a.getAttribute('href').slice(1))
                      .filter(id => !ids.has(id));
  const table = document.getElementById('quantities');
  const rows = table ? Array.from(table.tBodies[0].rows) : [];
  const facts = {
    lang: document.documentElement.lang,
    targets: document.querySelectorAll('mark[data-kind="target"]').length,
    achievements: document.querySelectorAll('mark[data-kind="achievement"]').length,
    rows: rows.length,
    broken: broken,
    rowsWithoutLink: rows.filter(r => !r.querySelector('a[href^="#q"]')).length,
    headers: document.querySelectorAll('th[scope="col"]').length,
  };
  if (table && rows.length > 1) {
    // Sorting by the value column orders the values up, then down; rows without one go last.
    const button = table.tHead.rows[0].cells[4].querySelector('button');
    const values = () => Array.from(table.tBodies[0].rows, r => r.cells[4].getAttribute('data-sort'));
    const ordered = (list, up) => {
      const numbers = list.filter(v => v !== '').map(Number);
      const empty = list.indexOf('');
      return numbers.every((v, i) => i === 0 || (up ? numbers[i - 1] <= v : numbers[i - 1] >= v)) &&
             (empty < 0 || list.slice(empty).every(v => v === ''));
    };
    button.click();
    const up = ordered(values(), true);
    button.click();
    facts.sortReverses = up && ordered(values(), false);
    // Filtering by kind shows as many rows as there are marks of that kind.
    const kind = document.querySelector('select[data-filter="kind"]');
    kind.value = 'target';
    kind.dispatchEvent(new Event('change'));
    facts.targetRowsShown = rows.filter(r => !r.hidden).length;
    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    // From a mark back to its row.
    const mark = document.querySelector('mark[data-kind="target"], mark[data-kind="achievement"]');
    mark.click();
    facts.markLeadsToRow = document.getElementById('row-' + mark.id).classList.contains('flash');
  }
  return facts;
})()
"""


def check_page(browser, html_path, expected, name):
    url = "file://" + os.path.abspath(html_path)
    browser.load(url)
    facts = browser.evaluate(PAGE_FACTS)
    browser.drain()
    failures = [f"{name}: {p}" for p in browser.problems(url)]
    want = {"targets": expected["targets"], "achievements": expected["achievements"],
            "rows": expected["targets"] + expected["achievements"]}
    for key, value in want.items():
        if facts[key] != value:
            failures.append(f"{name}: {key}: the page has {facts[key]}, the JSON {value}")
    if facts["lang"] != "zh-CN":
        failures.append(f"{name}: lang is {facts['lang']!r}")
    if facts["broken"]:
        failures.append(f"{name}: links to missing ids: {facts['broken'][:5]}")
    if facts["rowsWithoutLink"]:
        failures.append(f"{name}: {facts['rowsWithoutLink']} table rows link to no mark")
    if facts["rows"] > 1:
        if not facts.get("sortReverses"):
            failures.append(f"{name}: sorting by value does not order the rows up, then down")
        if facts.get("targetRowsShown") != expected["targets"]:
            failures.append(f"{name}: the kind filter shows {facts.get('targetRowsShown')} rows, "
                            f"not the {expected['targets']} targets")
        if not facts.get("markLeadsToRow"):
            failures.append(f"{name}: clicking a mark does not lead to its row")
    png = browser.screenshot()
    if png_is_blank(png):
        failures.append(f"{name}: the screenshot is blank")
    return failures, facts, png


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zzreport", required=True)
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--screenshots", help="keep the screenshots in this directory")
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    chromium = shutil.which(args.chromium)
    if chromium is None:
        skip(f"{args.chromium} (apt-get install chromium)")
    if websocket is None:
        skip("python3-websocket (apt-get install python3-websocket)")

    failures = []
    # A process of Chromium's may still be leaving when the directory is removed: what it leaves
    # behind in /tmp is no failure of the pages.
    with tempfile.TemporaryDirectory(prefix="zz-browser-", ignore_cleanup_errors=True) as work:
        browser = Browser(chromium, os.path.join(work, "profile"))
        try:
            for i, report in enumerate(args.reports):
                name = os.path.basename(report)
                page = os.path.join(work, f"page-{i}.html")
                subprocess.run([args.zzreport, "analyze", "-q", "-f", "html", "-o", page, report], check=True)
                analysis = json.loads(subprocess.run([args.zzreport, "analyze", "-q", "-f", "json", report],
                                                     check=True, capture_output=True, text=True).stdout)
                expected = {"targets": len(analysis.get("targets", [])),
                            "achievements": len(analysis.get("achievements", []))}
                page_failures, facts, png = check_page(browser, page, expected, name)
                failures += page_failures
                size_html, size_json = os.path.getsize(page), len(json.dumps(analysis, ensure_ascii=False,
                                                                               indent=2).encode())
                if size_html > 2 * size_json:
                    failures.append(f"{name}: the page is {size_html} bytes, over twice the JSON's {size_json}")
                print(f"browser_check: {name}: {facts['targets']} targets, {facts['achievements']} "
                      f"achievements, {facts['rows']} rows, {size_html} bytes "
                      f"({size_html / size_json:.2f} x JSON): {'ok' if not page_failures else 'FAILED'}")
                if args.screenshots:
                    os.makedirs(args.screenshots, exist_ok=True)
                    with open(os.path.join(args.screenshots, os.path.splitext(name)[0] + ".png"), "wb") as f:
                        f.write(png)
            # The index of a directory of pages lists and links each one.
            site = os.path.join(work, "site")
            subprocess.run([args.zzreport, "analyze", "-q", "-f", "html", "-o", site + "/", *args.reports],
                           check=True)
            url = "file://" + os.path.join(site, "index.html")
            browser.load(url)
            links = browser.evaluate("Array.from(document.querySelectorAll('#index tbody a'), a => a.getAttribute('href'))")
            browser.drain()
            failures += [f"index: {p}" for p in browser.problems(url)]
            if len(links) != len(args.reports):
                failures.append(f"index: {len(links)} links for {len(args.reports)} reports")
            failures += [f"index: links to a missing page {h}" for h in links
                         if not os.path.exists(os.path.join(site, h))]
            print(f"browser_check: index: {len(links)} pages linked")
            # The chart pages of track and trend --by year render, fetch nothing and log no error.
            for command, name in ((["track", "-q", "-f", "html"], "track"),
                                  (["trend", "-q", "--by", "year", "-f", "html", "改革", "发展", "--"],
                                   "trend")):
                page = os.path.join(work, f"{name}.html")
                subprocess.run([args.zzreport, *command[:1], "-o", page, *command[1:], *args.reports],
                               check=True)
                url = "file://" + page
                browser.load(url)
                charts = browser.evaluate("document.querySelectorAll('svg.chart').length")
                browser.drain()
                failures += [f"{name}: {p}" for p in browser.problems(url)]
                png = browser.screenshot()
                if png_is_blank(png):
                    failures.append(f"{name}: the screenshot is blank")
                if name == "trend":
                    # A chart per term when any report has a year (the sample alone has none).
                    rows = subprocess.run([args.zzreport, "trend", "-q", "--by", "year", "-f", "csv", "改革",
                                           "发展", "--", *args.reports], check=True, capture_output=True,
                                          text=True).stdout.splitlines()[1:]
                    want = 2 if any(not r.startswith(",") for r in rows) else 0
                    if charts != want:
                        failures.append(f"trend: {charts} charts, not {want}")
                print(f"browser_check: {name}: {charts} charts")
                if args.screenshots:
                    with open(os.path.join(args.screenshots, f"{name}.png"), "wb") as f:
                        f.write(png)
        finally:
            browser.close()
    for failure in failures:
        print(f"browser_check: {failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"browser_check: {len(args.reports)} pages and the index pass in headless Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main())
