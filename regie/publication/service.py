"""Publication's public face: Algoritmeregister export and publishing, CMDB export, the public
transparency page's data, the dossier report and the dashboard figures."""

from regie.publication.client import (
    AlgoritmeregisterClient,
    ClientConfig,
    PublishError,
    config_from_env,
)
from regie.publication.dashboard import dashboard_figures
from regie.publication.evidence import record_cmdb_export
from regie.publication.export import (
    algoritmeregister_records,
    cmdb_csv,
    cmdb_rows,
    cmdb_xlsx,
    todo_report,
)
from regie.publication.mapper import MappedRecord, record_hash, to_record
from regie.publication.publishing import (
    confirm_publication,
    drift,
    publish,
    register_states,
    retract,
)
from regie.publication.report import application_report_pdf, yearly_report_pdf
from regie.publication.standard import FIELDS, load_definitions
from regie.publication.validation import read_record_file, validate_record

__all__ = [
    "FIELDS",
    "load_definitions",
    "validate_record",
    "read_record_file",
    "MappedRecord",
    "to_record",
    "record_hash",
    "algoritmeregister_records",
    "todo_report",
    "cmdb_rows",
    "cmdb_csv",
    "cmdb_xlsx",
    "AlgoritmeregisterClient",
    "ClientConfig",
    "PublishError",
    "config_from_env",
    "publish",
    "confirm_publication",
    "record_cmdb_export",
    "retract",
    "drift",
    "register_states",
    "application_report_pdf",
    "yearly_report_pdf",
    "dashboard_figures",
]
