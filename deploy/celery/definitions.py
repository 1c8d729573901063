"""The scaled build with each step sent to Celery workers (pip install dagster-celery).

    celery -A dagster_celery.app worker -l info          # on every worker machine
    dagster dev -m deploy.celery.definitions             # or list it in a workspace.yaml

Workers need the repo installed, RAW_DIR readable and WAREHOUSE_PATH's folder (where
staging/ lives) on a shared mount, and the io manager's base_dir shared too.
"""
import os

from dagster import Definitions, FilesystemIOManager
from dagster_celery import celery_executor

from pipelines.assets.partitioned import defs as scaled

executor = celery_executor.configured({
    "broker": os.environ.get("CELERY_BROKER_URL", "pyamqp://guest@localhost//"),
    "backend": os.environ.get("CELERY_RESULT_BACKEND", "rpc://"),
    "include": ["pipelines.assets.partitioned"],
})

defs = Definitions.merge(scaled, Definitions(
    executor=executor,
    resources={"io_manager": FilesystemIOManager(base_dir=os.environ.get("DAGSTER_SHARED_STORAGE",
                                                                          "/mnt/shared/dagster"))}))
