"""The web UI in Debian's chromium driven by Playwright (never a downloaded browser).

Screenshots of every page go to tests/screenshots/ (or $LIMELIGHT_SCREENSHOTS). Without
/usr/bin/chromium these tests skip, except in CI (CI=true), where they must run.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(os.environ.get("LIMELIGHT_SCREENSHOTS") or Path(__file__).resolve().parents[1] / "screenshots")


def browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser():
    problem = browser_missing()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {SHOTS}")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=server)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.dialogs = dialogs
    yield tab
    context.close()


def shot(page, name: str) -> None:
    page.evaluate("window.scrollTo(0, 0)")  # a full-page shot with the sticky bar at the top
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_tom_then_profile_event_and_article(page):
    page.goto("/")
    shot(page, "01-home")
    page.fill("#q", "Tom")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Tom"))
    shot(page, "02-search-tom")
    page.click("#people-results >> text=Tom Cruise")
    page.wait_for_url(re.compile(r"/people/tom-cruise$"))
    assert page.inner_text("h1.person-name") == "Tom Cruise"
    timeline = page.inner_text("#timeline")
    assert "12 May 2023" in timeline and "Charlotte" in timeline
    assert "Undated" in timeline and "Las Vegas" in timeline
    assert "Janet Jackson" in timeline and "Lady Gaga" in timeline
    page.wait_for_selector("#graph svg .node")
    shot(page, "03-person-tom-cruise")

    page.click("#timeline a.event-title:has-text('Janet Jackson')")
    page.wait_for_url(re.compile(r"/events/"))
    assert "12 May 2023" in page.inner_text(".event-facts")
    assert "Charlotte" in page.inner_text(".event-facts")
    evidence = page.locator("mark.evidence").first
    assert evidence.is_visible()
    assert "Charlotte" in evidence.inner_text()  # the sentence that says where they met
    shot(page, "04-event-charlotte")

    page.click("a.source-title")
    page.wait_for_url(re.compile(r"/articles/002_b76f1acd0917b650"))
    assert "Tom Cruise Hugs Janet Jackson" in page.inner_text("h1.headline")
    assert page.locator("#hl").count() == 1  # the link's target
    target = page.locator("mark.fact-evidence")
    assert target.first.is_visible()
    assert "Charlotte" in " ".join(target.all_inner_texts())
    assert page.locator("mark.fact-meeting").count() >= 1
    assert page.locator(".captions .caption").count() >= 1
    shot(page, "05-article-seed")


def test_graph_renders_nodes_that_link_on(page):
    page.goto("/people/tom-cruise")
    nodes = page.locator("#graph svg a.node")
    nodes.first.wait_for()
    assert nodes.count() == 3
    assert page.locator("#graph svg line.edge").count() >= 2
    page.locator("#graph svg a.node[data-person='lady-gaga'] circle").click()
    page.wait_for_url(re.compile(r"/people/lady-gaga$"))
    assert page.inner_text("h1.person-name") == "Lady Gaga"


def test_xss_article_stays_inert(page):
    for url in ("/articles/xss-grace", "/search?q=Evil", "/events?person=Grace+Hopper"):
        page.goto(url)
        assert page.locator("img").count() == 0
    page.goto("/articles/xss-grace")
    assert "<script>" in page.inner_text("article.article-text")  # shown as text, not run
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("b").count() == 0
    shot(page, "06-article-xss-inert")


def test_other_pages_and_phone_layout(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server, is_mobile=True)
    phone = context.new_page()
    for url, name in [
        ("/", "07-phone-home"),
        ("/people/tom-cruise", "08-phone-person"),
        ("/events", "09-phone-events"),
        ("/conflicts", "10-phone-conflicts"),
    ]:
        phone.goto(url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 392, f"{url} scrolls sideways on a phone ({width}px)"
        shot(phone, name)
    phone.goto("/docs")
    phone.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    context.close()
