"""A real headless Chromium (Debian's) driven through Selenium, for the drawing tests and benchmark.

Only the system browser and driver are used (``Service(executable_path=...)``), so Selenium
Manager never tries to download anything; the network is switched off and every request the
page makes is recorded from Chrome's performance log.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is missing: run 'make browser' (tests/install-browser.sh) to install Debian's chromium"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: pip install -e '.[test]'"
    return None


@dataclass
class Page:
    """A loaded page: the driver plus what the browser logged while loading it."""

    driver: Any
    console: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    load_seconds: float = 0.0

    def js(self, script: str, *args: Any) -> Any:
        """Evaluate ``script`` (a function body: use ``return``) in the page."""
        return self.driver.execute_script(script, *args)

    def errors(self) -> list[dict[str, Any]]:
        """Console entries at SEVERE level (JS errors, CSP violations, failed loads)."""
        return [e for e in self.console if e.get("level") == "SEVERE"]


@contextmanager
def chromium() -> Iterator[Any]:
    """A fresh headless Chromium with its own profile, the network emulated offline."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="orgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
        )
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_drawing(driver: Any, path: Path, timeout: float = 120.0) -> Page:
    """Load a drawing from disk and wait until vis has drawn it (``window.orgraphDrawn``)."""
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    started = time.perf_counter()
    driver.get(path.resolve().as_uri())
    deadline = started + timeout
    while not driver.execute_script("return window.orgraphDrawn === true"):
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{path} was not drawn within {timeout:.0f}s")
        time.sleep(0.02)
    page = Page(driver=driver, load_seconds=time.perf_counter() - started)
    page.console = driver.get_log("browser")
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            page.requests.append(message["params"]["request"]["url"])
    return page
