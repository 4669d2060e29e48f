"""Offline API docs: Swagger UI files served from the swagger-ui-bundle package (no CDN)."""
from __future__ import annotations

from flask import Blueprint, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs_static", __name__)


@bp.route("/docs/static/<path:filename>")
def static_file(filename: str):
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
