"""The scaled build with each step in its own Kubernetes pod (pip install dagster-k8s dagster-aws).

Runs are launched by the K8sRunLauncher (k8s/dagster.yaml); inside a run, k8s_job_executor
starts a pod per step, so a backfill of `scaled/staged_facts` spreads its partitions over
the cluster. Values pass between pods through S3; RAW_DIR and WAREHOUSE_PATH sit on a
ReadWriteMany volume (see run_config.yaml) until the warehouse moves to object storage.
"""
import os

from dagster import Definitions
from dagster_aws.s3 import S3PickleIOManager, S3Resource
from dagster_k8s import k8s_job_executor

from pipelines.assets.partitioned import defs as scaled

defs = Definitions.merge(scaled, Definitions(
    executor=k8s_job_executor.configured({"max_concurrent": int(os.environ.get("MAX_STEP_PODS", "16"))}),
    resources={"io_manager": S3PickleIOManager(s3_resource=S3Resource(),
                                               s3_bucket=os.environ.get("DAGSTER_S3_BUCKET", "pharma-dagster"),
                                               s3_prefix="io")}))
