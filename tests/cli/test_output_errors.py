"""Writing results fails with one line that says what to do, never a traceback, and
never leaves a ``.part`` file behind. Real stores, real paths that truly fail (as root too)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ARTICLE = "Officials said more than 4,500 soldiers were deployed to fight the depot fire.\n"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> str:
    folder = tmp_path_factory.mktemp("out")
    (folder / "fire.txt").write_text(ARTICLE)
    path = str(folder / "claims.db")
    result = runner.invoke(app, ["ingest", str(folder / "fire.txt"), "--db", path, "--no-pack"])
    assert result.exit_code == 0, result.output
    return path


def one_line(result) -> str:
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("error: ")
    return result.stderr


def no_part_files(folder: Path) -> None:
    assert not list(folder.rglob("*.part")), list(folder.rglob("*.part"))


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["report"]])
def test_out_pointing_at_a_folder(runner, db, tmp_path, command):
    result = runner.invoke(app, [*command, "--db", db, "--out", str(tmp_path)])
    assert result.exit_code == 2
    message = one_line(result)
    assert f"--out {tmp_path} is a folder; give a file name, e.g. --out {tmp_path}/" in message
    no_part_files(tmp_path.parent)
    assert not Path(str(tmp_path) + ".part").exists()


@pytest.mark.parametrize("command", [["export"], ["report", "--format", "md"]])
def test_out_under_a_regular_file(runner, db, tmp_path, command):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    target = blocker / "claims.out"
    result = runner.invoke(app, [*command, "--db", db, "--out", str(target)])
    assert result.exit_code == 2
    assert "is not an existing folder; create it" in one_line(result)
    assert blocker.read_text() == "a file, not a folder"
    no_part_files(tmp_path)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("command", [["export"], ["report"]])
def test_out_where_even_root_cannot_write(runner, db, command):
    # /proc takes no new files, whoever asks: a real failure also when tests run as root.
    target = "/proc/claimtrack-test.out"
    result = runner.invoke(app, [*command, "--db", db, "--out", target])
    assert result.exit_code == 1
    message = one_line(result)
    assert message.startswith(f"error: cannot write {target} (")
    assert "choose a writable folder with --out" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_out_into_a_read_only_folder(runner, db, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = runner.invoke(app, ["export", "--db", db, "--out", str(locked / "c.jsonl")])
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 1 and "cannot write" in one_line(result)
    no_part_files(tmp_path)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(runner, db, tmp_path):
    target = tmp_path / "claims.csv"
    target.write_text("old export\n")
    # The temporary file's name is taken by a folder, so opening it fails for real.
    (tmp_path / "claims.csv.part").mkdir()
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db, "--out", str(target)])
    assert result.exit_code == 1 and "cannot write" in one_line(result)
    assert target.read_text() == "old export\n"
    assert (tmp_path / "claims.csv.part").is_dir()  # somebody's folder is not ours to delete


def test_a_good_write_replaces_the_file(runner, db, tmp_path):
    target = tmp_path / "claims.csv"
    target.write_text("old export\n")
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db, "--out", str(target)])
    assert result.exit_code == 0 and "wrote 1 claims" in result.stderr
    assert "4500" in target.read_text()
    no_part_files(tmp_path)
