"""Text: normalisation, segmentation and page-furniture detection.

Runs compiled when the native core is built and current (see factcheck/native.py)."""
from ..native import package_path

__path__ = package_path(__name__, __path__)
