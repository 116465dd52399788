"""The command line's own words (help, usage, argparse's errors) in the terminal's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run


@pytest.fixture
def korean_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")


def test_help_reads_in_korean_at_a_korean_terminal(
    korean_terminal: None, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(data_dir, "log", "--help", capsys=capsys)
    assert code == 0
    assert out.startswith("사용법: shopcare log")
    assert "옵션:" in out and "이 도움말을 보여 주고 끝내기" in out
    assert "전화, 방문, 이메일" not in out  # the command's own line is in the list above
    assert "마음이 통한 대화" in out and "다음 중 하나: phone, walk-in" in out
    assert "an emotional connection" not in out and "show this help" not in out

    code, out, _ = run(data_dir, "--help", capsys=capsys)
    assert "사용법: shopcare" in out and "명령 ..." in out
    assert "전화, 방문, 이메일, 메시지, SNS 연락 기록" in out
    assert "상(喪), 생일, 결혼, 출산 같은 경조사 기록" in out


def test_usage_errors_are_one_korean_line_with_exit_2(
    korean_terminal: None, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(data_dir, "log", capsys=capsys)
    assert code == 2 and out == ""
    assert err == (
        "shopcare: 다음 인자가 필요해요: ID, --channel, --summary (shopcare log --help 참고)\n"
    )
    code, _, err = run(data_dir, "bogus", capsys=capsys)
    assert code == 2 and err.count("\n") == 1
    assert "고를 수 없는 값이에요: 'bogus'" in err and "중에서 고르세요" in err
    assert not data_dir.exists()  # refused before anything was opened or made


def test_an_english_terminal_keeps_english(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(data_dir, "log", "--help", capsys=capsys)
    assert code == 0 and out.startswith("usage: shopcare log")
    assert "an emotional connection" in out and "one of: phone, walk-in" in out
    code, _, err = run(data_dir, "log", capsys=capsys)
    assert code == 2
    assert err == (
        "shopcare: the following arguments are required: ID, --channel, --summary "
        "(see shopcare log --help)\n"
    )


def test_version_is_one_number_everywhere(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``shopcare --version``, the package and its installed metadata say the same."""
    from importlib.metadata import version

    import shopcare

    code, out, _ = run(data_dir, "--version", capsys=capsys)
    assert code == 0 and out == f"ShopCare {shopcare.__version__}\n"
    assert version("shopcare") == shopcare.__version__
    assert not data_dir.exists()
