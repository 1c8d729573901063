"""`python -m pipelines build|query|export|review|dictionary` (see pipelines/cli.py)."""
from pipelines.cli import run

run()
