"""The audit trail now lives in `regie.audit`; its tables are kept, only the state moves."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("workflow", "0003_procedure"), ("audit", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditEvent"),
                migrations.DeleteModel(name="AuditChainHead"),
            ],
            database_operations=[],
        ),
    ]
