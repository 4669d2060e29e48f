from factcheck import create_app
from factcheck.runtime import tune_gc

app = create_app()
tune_gc(int(app.config.get("GC_GEN0_THRESHOLD") or 0))
