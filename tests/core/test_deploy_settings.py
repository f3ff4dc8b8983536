"""Production settings: `check --deploy` is clean and a secret key is mandatory."""

from tests.conftest import run_regie

PRODUCTION = {"DJANGO_SETTINGS_MODULE": "regie.conf.production",
              "REGIE_SECRET_KEY": "k" * 20 + "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1908",
              "REGIE_ALLOWED_HOSTS": "regie.voorbeeld.nl"}


def test_it_passes_check_deploy_in_production(tmp_path):
    result = run_regie("check", "--deploy", "--fail-level", "WARNING",
                       env={**PRODUCTION, "REGIE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_production_without_a_secret_key(tmp_path):
    env = {**PRODUCTION, "REGIE_SECRET_KEY": "", "REGIE_DATA_DIR": str(tmp_path)}
    result = run_regie("check", env=env)
    assert result.returncode == 2
    assert "REGIE_SECRET_KEY" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "secret_key").exists()


def test_it_refuses_a_malformed_boolean_variable_by_name(tmp_path):
    result = run_regie("check", env={"REGIE_DEBUG": "misschien", "REGIE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "REGIE_DEBUG" in result.stderr and "Traceback" not in result.stderr
