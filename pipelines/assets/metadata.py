"""Small helpers to describe stage results in the Dagster UI."""

from dagster import MetadataValue

from pipelines.load.records import Row


def markdown_table(header: tuple[str, ...], rows: list[tuple], limit: int = 10) -> MetadataValue:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows[:limit]:
        lines.append("| " + " | ".join(str(v).replace("|", "\\|")[:80] for v in row) + " |")
    if len(rows) > limit:
        lines.append(f"\n… {len(rows) - limit} more")
    return MetadataValue.md("\n".join(lines))


def quarantine_preview(rows: tuple[Row, ...] | list[Row]) -> MetadataValue:
    return markdown_table(("source_path", "stage", "table", "reason"),
                          [(r["source_path"], r["stage"], r["table_name"] or "", r["reason"]) for r in rows])
