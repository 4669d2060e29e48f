"""Write the OpenAPI document generated from the marshmallow schemas (``make schemas``)."""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import create_app  # noqa: E402


def openapi_document() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"DATABASE": str(Path(tmp) / "spec.db")})
        with app.test_client() as client:
            return client.get("/openapi.json").get_json()


def render(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/openapi.json")
    out.write_text(render(openapi_document()), encoding="utf-8")
    print(f"wrote {out}")
