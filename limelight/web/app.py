"""The web application: ``create_app(db_path)`` builds the FastAPI app, ``run`` serves it.

Read endpoints (JSON under /api/, HTML pages elsewhere) are open; ingest over HTTP needs
the bearer token in ``LIMELIGHT_TOKEN``. Each worker thread keeps its own read connection
to the SQLite file (WAL lets readers run beside the one writer). Errors reach clients as
short JSON (or an HTML page for page routes), never as a traceback.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from limelight import api
from limelight.api import Limelight
from limelight.errors import LimelightError, NotFound, StoreError

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_BODY = 2 * 1024 * 1024  # bytes; LIMELIGHT_MAX_BODY overrides
log = logging.getLogger("limelight.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class Databases:
    """One Limelight per thread on the same database file (sqlite3 connections are per thread)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.local = threading.local()
        self.ingest_lock = threading.Lock()  # one ingest at a time: each rebuilds the graph

    def get(self) -> Limelight:
        ll = getattr(self.local, "ll", None)
        if ll is None:
            ll = self.local.ll = api.open(self.db, create=False, n_process=1)
        return ll


def create_app(db_path: str | os.PathLike, token: str | None = None, max_body: int | None = None) -> FastAPI:
    """The Limelight web app on the existing database ``db_path``.

    ``token`` (default: $LIMELIGHT_TOKEN) enables ``POST /api/articles``; without one,
    ingest over HTTP is refused. ``max_body`` caps request bodies (default 2 MiB).
    """
    db = str(db_path)
    with api.open(db, create=False):  # fail now on a missing database; fills the search index
        pass
    app = FastAPI(
        title="Limelight",
        summary="A sourced knowledge graph of celebrity news: people, meetings, quotes, relations.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.dbs = Databases(db)
    app.state.token = token if token is not None else os.environ.get("LIMELIGHT_TOKEN") or None
    app.state.max_body = max_body or int(os.environ.get("LIMELIGHT_MAX_BODY") or DEFAULT_MAX_BODY)
    app.state.templates = make_templates()

    from limelight.web import routes_api, routes_pages

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    swagger = swagger_dir()
    if swagger is not None:
        app.mount("/swagger", StaticFiles(directory=swagger), name="swagger")
    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    return app


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on for .html
    from limelight.web import present

    templates.env.filters.update(present.FILTERS)
    templates.env.globals.update(present.GLOBALS)
    return templates


def swagger_dir() -> Path | None:
    """Swagger UI 5's files from the installed ``swagger-ui-py`` package (no CDN)."""
    try:
        import swagger_ui
    except ImportError:
        return None
    static = Path(swagger_ui.__file__).resolve().parent / "static"
    return static if (static / "swagger-ui-bundle.js").is_file() else None


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, details: list | None = None):
    if wants_json(request):
        body: dict = {"error": {"status": status, "message": message}}
        if details:
            body["error"]["details"] = details
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(body, status_code=status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "Nothing here: no such page."
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        details = [
            {"where": ".".join(str(part) for part in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        status = 422 if wants_json(request) else 400
        return error_response(request, status, "invalid request parameters", details)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error_response(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.error("database error serving %s: %s", request.url.path, exc)
        return error_response(request, 503, "the database could not answer; try again")

    @app.exception_handler(LimelightError)
    async def library_error(request: Request, exc: LimelightError):
        return error_response(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("error serving %s", request.url.path)
        return error_response(request, 500, "internal error; the server log has the details")


def run(db_path: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``db_path`` with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db_path)
    shown = f"[{host}]" if ":" in host else host
    from limelight.store_pg import redact

    shown_db = redact(db_path) if "://" in str(db_path) else db_path  # never print a password
    print(f"Limelight is serving {shown_db} at http://{shown}:{port}/  (API docs: /docs; Ctrl+C stops)")
    if app.state.token is None:
        print("Ingest over HTTP is off; set LIMELIGHT_TOKEN to enable POST /api/articles.")
    uvicorn.run(app, host=host, port=port, log_level="warning")
