"""The competition folder of the exchange-format contract: read, check, import, export."""

from app.folder.merge import ImportSummary, check_score, import_folder, plan_import
from app.folder.read import read_folder
from app.folder.write import export_folder

__all__ = ["ImportSummary", "check_score", "export_folder", "import_folder", "plan_import",
           "read_folder"]
