"""`python -m pipelines build|query|export|review|dictionary` (see pipelines/cli.py)."""
import sys

from pipelines.cli import main

sys.exit(main())
