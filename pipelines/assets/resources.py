"""Where a Dagster run reads and writes: explicit config, else the environment."""

from dagster import ConfigurableResource

from pipelines.config import Settings, load_settings


class PipelineSettings(ConfigurableResource):
    """Unset fields fall back to RAW_DIR / WAREHOUSE_PATH / PUBLISHED_PATH, read at run time."""
    raw_dir: str | None = None
    warehouse_path: str | None = None
    published_path: str | None = None

    def resolve(self) -> Settings:
        return load_settings(raw_dir=self.raw_dir, warehouse_path=self.warehouse_path,
                             published_path=self.published_path)
