"""factcheck: atomic claims with spans, attribution and cross-article matching, over a JSON API."""
from __future__ import annotations

import os

from flask import Flask

from .config import DEFAULTS

__version__ = "0.1.0"

_BOOL_KEYS = {"READ_REQUIRES_KEY"}


def _configure(app: Flask, config: dict | None) -> None:
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("FACTCHECK")
    for key in _BOOL_KEYS:
        value = app.config.get(key)
        if isinstance(value, str):
            app.config[key] = value.strip().lower() in ("1", "true", "yes", "on")
    if config:
        app.config.update(config)
    app.config.update(
        API_TITLE="factcheck", API_VERSION="v1", OPENAPI_VERSION="3.0.3", OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json", OPENAPI_SWAGGER_UI_PATH="/docs",
        OPENAPI_SWAGGER_UI_URL="/docs/static/",
        API_SPEC_OPTIONS={"info": {"description": (
            "Atomic, checkable claims from news articles (Arabic and English) with exact spans, "
            "quantities, dates and attribution; matched across articles with reasons. Errors are "
            "RFC 9457 problem+json.")}},
    )
    app.json.ensure_ascii = False
    app.json.sort_keys = False


def create_app(config: dict | None = None) -> Flask:
    """Build the application: configuration, database setup, blueprints, error handlers, CLI."""
    app = Flask(__name__, instance_relative_config=True)
    _configure(app, config)
    from .api import register
    from .cli import register_cli
    from .store.setup import ensure_schema

    if app.config["DATABASE"] != ":memory:":
        os.makedirs(os.path.dirname(os.path.abspath(app.config["DATABASE"])), exist_ok=True)
    ensure_schema(app.config["DATABASE"], app.config["BUSY_TIMEOUT"])
    register(app)
    register_cli(app)
    from . import native

    app.logger.info("pipeline: %s", native.status()[1])

    return app
