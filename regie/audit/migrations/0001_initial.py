"""The audit trail's tables moved here from `workflow`: the tables stay as they are."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("workflow", "0003_procedure")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditChainHead",
                    fields=[
                        ("id", models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False)),
                        ("length", models.BigIntegerField(default=0)),
                        ("last_hash", models.CharField(default="0" * 64, max_length=64)),
                    ],
                    options={"db_table": "workflow_auditchainhead"},
                ),
                migrations.CreateModel(
                    name="AuditEvent",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("timestamp", models.DateTimeField(db_index=True, verbose_name="tijdstip")),
                        ("event", models.CharField(db_index=True, max_length=80, verbose_name="gebeurtenis")),
                        ("actor_id", models.BigIntegerField(blank=True, null=True)),
                        ("actor_name", models.CharField(max_length=200, verbose_name="door")),
                        ("via", models.CharField(max_length=20, verbose_name="via")),
                        ("organization_id", models.BigIntegerField(blank=True, db_index=True, null=True)),
                        ("application_id", models.BigIntegerField(blank=True, null=True)),
                        ("object_type", models.CharField(max_length=60)),
                        ("object_id", models.CharField(blank=True, max_length=100)),
                        ("object_repr", models.CharField(blank=True, max_length=300)),
                        ("changes", models.JSONField(blank=True, default=list)),
                        ("data", models.JSONField(blank=True, default=dict)),
                        ("prev_hash", models.CharField(max_length=64)),
                        ("hash", models.CharField(max_length=64, unique=True)),
                    ],
                    options={
                        "db_table": "workflow_auditevent",
                        "verbose_name": "auditregel",
                        "verbose_name_plural": "audittrail",
                        "ordering": ["id"],
                        "indexes": [
                            models.Index(fields=["application_id", "id"], name="workflow_au_applica_f90708_idx"),
                            models.Index(fields=["object_type", "object_id"], name="workflow_au_object__ff9a8d_idx"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
