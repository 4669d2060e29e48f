"""Operations commands: API keys and online backup."""
from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Add the operations commands to ``app.cli``."""
