"""The ceiling for the HTTP benchmark: a bare Flask app served under the same gunicorn settings."""
from __future__ import annotations

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


@app.get("/hello")
def hello():
    return jsonify(hello="world")
