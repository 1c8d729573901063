"""`python -m pipelines build|query|export`."""
import sys

from pipelines.cli import main

sys.exit(main())
