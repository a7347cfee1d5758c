"""Which code page a .txt file is read in: BOM, strict UTF-8, UTF-8 with a few "�", then a legacy page decided
by words (break27: French Latin-1 read as Baltic, one stray byte turning UTF-8 into mojibake, UTF-16 refused)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reader.document import load_document
from reader.document.charset import decode_text

FRENCH = ("Le ministre de l'Économie a déclaré mercredi que la réforme des retraites serait présentée à "
          "l'Assemblée nationale. Selon lui, « il n'y a pas d'alternative crédible » et les syndicats, très "
          "critiques, préparent déjà une grève. La première ministre s'est dite prête à négocier sur l'âge légal.\n\n")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_legacy_text_is_read_as_windows_1252_with_a_warning(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes((FRENCH * 3).encode(codec))
    doc = load_document(path)
    assert doc.text == FRENCH * 3  # was "présentée ą l'Assemblée … trčs … déją … prźte" (cp1257)
    assert doc.id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.warnings and "Windows-1252" in doc.warnings[0]


def test_a_short_latin1_line_is_western(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Café crème über die Straße.\n".encode("latin-1"))
    assert load_document(path).text == "Café crème über die Straße.\n"  # was "Café crčme"


@pytest.mark.parametrize(("text", "codec"), [
    ("Türkiye'nin başkenti Ankara'dır. Işık ağaçların arasından süzülüyordu ve çocuklar şarkı söylüyordu.\n",
     "cp1254"),
    ("Rząd zdecydował, że port zostanie zamknięty w maju. Firma twierdzi, że to błąd i źle wpłynie na gospodarkę.\n",
     "cp1250"),
    ("Министр заявила, что порт закроется в мае. Компания оспаривает это решение.\n" * 3, "cp1251"),
    ("He said “hello” – and then … left. It cost €5, or £4.\n", "cp1252"),
])
def test_other_legacy_pages_keep_their_letters(text: str, codec: str) -> None:
    decoded = decode_text(text.encode(codec), "x.txt")
    assert decoded.text == text and decoded.encoding == codec


def test_one_bad_byte_in_utf8_is_one_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "onebad.txt"
    path.write_bytes((FRENCH * 3).encode() + b"Fin du texte \xff.\n")
    doc = load_document(path)
    assert doc.text == FRENCH * 3 + "Fin du texte \ufffd.\n"  # was "l'Ãconomie a dÃĐclarÃĐ …"
    assert doc.warnings and "UTF-8" in doc.warnings[0] and "1 unreadable" in doc.warnings[0]


@pytest.mark.parametrize(("data", "text"), [
    (b"Hello \xff\xfe\xc3 world. Anna Berg said \xe2\x80 that.\n",
     "Hello \ufffd\ufffd\ufffd world. Anna Berg said \ufffd that.\n"),  # was "Hello яюГ world"
    (b"abc \xed\xa0\x80 def Anna Berg.\n", "abc \ufffd\ufffd\ufffd def Anna Berg.\n"),  # was "abc эаА def"
])
def test_stray_bytes_in_ascii_are_unreadable_not_cyrillic(data: bytes, text: str) -> None:
    decoded = decode_text(data, "x.txt")
    assert decoded.text == text and decoded.warnings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_text(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(("\ufeff" + FRENCH).encode(codec))  # Notepad's "Unicode" is UTF-16-LE with a BOM
    doc = load_document(path)  # was refused: "looks like a binary file"
    assert doc.text == FRENCH and not doc.warnings


def test_utf8_text_and_nul_bytes_are_unchanged(tmp_path: Path) -> None:
    assert decode_text(("\ufeff" + FRENCH).encode(), "x.txt").text == FRENCH
    assert decode_text(FRENCH.encode(), "x.txt").warnings == ()
    with pytest.raises(Exception, match="binary"):
        decode_text(b"\x00\x01\x02binary\x00" * 20, "x.bin")


JAPANESE = ("港湾委員会は火曜日に拡張計画を審査した。市長は投票を三月まで延期することに同意した。"
            "地元の漁業組合は、工事が漁場に与える影響について説明を求めている。\n\n")
CHINESE = "港口委员会周二审查了扩建计划。市长同意推迟投票。当地渔民协会要求说明工程对渔场的影响。\n\n"
TRADITIONAL = "港口委員會週二審查了擴建計劃。市長同意推遲投票。當地漁民協會要求說明工程對漁場的影響。\n\n"
KOREAN = "항만 위원회는 화요일에 확장 계획을 검토했다. 시장은 투표를 3월까지 연기하는 데 동의했다.\n\n"


@pytest.mark.parametrize(("text", "codec", "label"), [
    (JAPANESE, "shift_jis", "Shift JIS (Japanese)"),
    (JAPANESE, "euc_jp", "EUC-JP (Japanese)"),
    (CHINESE, "gbk", "(Chinese)"),
    (TRADITIONAL, "big5", "Big5 (Chinese)"),
    (KOREAN, "euc_kr", "EUC-KR (Korean)"),
], ids=["shift_jis", "euc_jp", "gbk", "big5", "euc_kr"])
def test_chinese_japanese_and_korean_code_pages_are_read(tmp_path: Path, text: str, codec: str, label: str) -> None:
    path = tmp_path / "cjk.txt"
    path.write_bytes((text * 12).encode(codec))
    doc = load_document(path)  # was UTF-8 with "�" for half its bytes ("�`�p�ψ���…")
    assert doc.text == text * 12
    assert doc.warnings and label in doc.warnings[0]


@pytest.mark.parametrize(("text", "codec"), [
    ("Городской совет обсудил план расширения порта. Мэр согласился отложить голосование.\n", "koi8_r"),
    ("港口委员会周二审查了扩建计划。市长同意推迟投票。\n", "gbk"),
], ids=["koi8_r", "gbk"])
def test_a_single_line_of_russian_in_koi8_or_chinese_in_gbk_is_read(text: str, codec: str) -> None:
    assert decode_text(text.encode(codec), "x.txt").text == text  # was "��������� ����� …"


def test_bytes_no_code_page_reads_are_not_called_utf8_with_a_few_bad_bytes() -> None:
    decoded = decode_text(b"Hello \xff\xfe\xc3 world. Anna Berg said \xe2\x80 that.\n", "x.txt")
    assert decoded.warnings == ("“x.txt” is in an encoding Dossier could not tell; 4 unreadable byte sequence(s) are "
                                "shown as “\ufffd”.",)  # was "is UTF-8 except for 4 unreadable byte sequence(s)"


ENGLISH = ("“We will not be rushed,” the minister said on Tuesday — the harbour council’s vote on the ferry timetable "
           "was put off to March, after the islands’ residents asked for more time to read the plans.\n")


def test_utf8_with_a_few_bad_bytes_among_its_punctuation_is_utf8(tmp_path: Path) -> None:
    """UTF-8 whose only characters past ASCII are punctuation (no word in any list) and three stray bytes was read as
    cp857, "ÿáÇ" for the bytes and "ΓÇ£" for every quote (an outside tester, stop 59): more characters past ASCII
    read as UTF-8 than bytes that do not, and no code page making words, is UTF-8 with a few bad bytes."""
    data = ENGLISH.encode("utf-8") * 3
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:100] + b"\xff\xe1\x80" + data[100:])
    doc = load_document(path)
    assert doc.text.replace("\ufffd", "") == ENGLISH * 3
    assert doc.warnings == ("“stray.txt” is UTF-8 except for 2 unreadable byte sequence(s), shown as “�”.",)
