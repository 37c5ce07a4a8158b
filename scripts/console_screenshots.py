"""Screenshots of every console page, for the README: `scripts/console-screenshots [OUT_DIR]` (docs/console by default).

Starts the app as `greetbot serve` would (uvicorn on 127.0.0.1, SQLite in a temporary directory, the model endpoint
a closed port so drafts are the offline composer's), with Telegram mounted on the doc-based fake Bot API from
tests/fakes, fills it with demo data (scripts/console_demo.py), and photographs each page with Debian's headless
Chromium through Selenium, the browser the tests use: the whole page at desktop width (1280 px), and two pages at
phone width (390 px). Each PNG is quantized to a palette with Pillow so it stays small (under ~200 KB).
"""

from __future__ import annotations

import asyncio
import io
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from console_demo import broadcasts, seed  # noqa: E402
from PIL import Image  # noqa: E402

from adapters.telegram import TelegramAdapter  # noqa: E402
from bot.service.app import create_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.storage.store import Store  # noqa: E402
from tests.fakes.telegram import running_fake_telegram  # noqa: E402

PASSWORD = "demo console password"
TOKEN, SECRET = "123456:AAH-console-demo", "console_demo_secret"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
MAX_BYTES = 200_000
MAX_HEIGHT = 2600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chrome(width: int):
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                f"--window-size={width},900", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))


def save(driver, out: Path, name: str, width: int) -> None:
    """The whole page (up to MAX_HEIGHT) as a palette PNG, with fewer colours until it is under MAX_BYTES."""
    time.sleep(0.3)  # charts draw on DOMContentLoaded; let the canvas settle
    height = min(MAX_HEIGHT, driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(width, height + (driver.get_window_size()["height"] - driver.execute_script(
        "return window.innerHeight")))
    time.sleep(0.3)
    shot = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    for colors in (128, 64, 32):
        buf = io.BytesIO()
        shot.quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            buf, "PNG", optimize=True)
        if buf.tell() <= MAX_BYTES:
            break
    (out / f"{name}.png").write_bytes(buf.getvalue())
    print(f"{name}.png {shot.width}x{shot.height} {buf.tell() // 1024} KB ({colors} colours)")
    driver.set_window_size(width, 900)


def log_in(driver, url: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/console/login")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-button").click()


def shoot(url: str, out: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    desktop = chrome(1280)
    try:
        desktop.get(url + "/console/login")
        save(desktop, out, "login", 1280)
        log_in(desktop, url)
        WebDriverWait(desktop, 30).until(lambda d: d.find_elements(By.ID, "charts"))
        for name, path in [("overview", "/console/"), ("broadcasts", "/console/broadcasts"),
                           ("broadcast-new", "/console/broadcasts/new"), ("broadcast-preview", "/console/broadcasts/2"),
                           ("broadcast-report", "/console/broadcasts/1"), ("learning", "/console/learning")]:
            desktop.get(url + path)
            save(desktop, out, name, 1280)
        desktop.get(url + "/console/try")
        desktop.find_element(By.ID, "say").send_keys(REQUEST)
        desktop.find_element(By.ID, "send").click()
        WebDriverWait(desktop, 60).until(lambda d: "离线草稿" in d.find_element(By.ID, "transcript").text)
        save(desktop, out, "try", 1280)
        desktop.get(url + "/console/audit")
        save(desktop, out, "audit", 1280)
    finally:
        desktop.quit()
    phone = chrome(390)
    try:
        log_in(phone, url)
        WebDriverWait(phone, 30).until(lambda d: d.find_elements(By.ID, "charts"))
        save(phone, out, "phone-overview", 390)
        phone.get(url + "/console/broadcasts/2")
        save(phone, out, "phone-broadcast-preview", 390)
    finally:
        phone.quit()


def main(out: Path) -> None:
    import uvicorn

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data, running_fake_telegram(TOKEN) as telegram:
        settings = Settings(data_dir=Path(data), console_password=PASSWORD, llm_base_url=f"http://127.0.0.1:{free_port()}/v1",
                            llm_timeout_s=0.5, telegram_token=TOKEN, telegram_secret=SECRET,
                            telegram_api_base=telegram.api_base, _env_file=None)

        async def fill() -> None:
            store = await Store.open(settings.resolved_database_url())
            try:
                await seed(store)
                await broadcasts(store, timezone=settings.timezone)
            finally:
                await store.close()

        asyncio.run(fill())
        app = create_app(settings, adapters=[TelegramAdapter.from_settings(settings)])
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=(port := free_port()), log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            assert thread.is_alive(), "uvicorn did not start"
            time.sleep(0.05)
        try:
            shoot(f"http://127.0.0.1:{port}", out)
        finally:
            server.should_exit = True
            thread.join(30)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "console")
