# Type stubs of the zzreport extension module (python/module.cpp), installed beside it.
import os

import pandas
from typing import Any, Iterable, Iterator, Literal, Optional, Sequence, Union

__version__: str

Source = Union[str, bytes, os.PathLike[str]]
"""A text (str), a file's bytes, or a path (a str naming an existing file, or any os.PathLike)."""
Parts = Union[None, str, Sequence[str]]

class Error(Exception):
    """Base of zzreport's errors; the message is the command line's (FILE: reason)."""

class InputError(Error):
    """An input cannot be read, is empty or binary, or cannot be decoded."""

class DataError(Error):
    """zzreport's data files (lexicon, rules) or a user dictionary are missing or bad."""

class UsageError(ValueError):
    """An argument asks for something impossible (an unknown part, method, kind)."""

class DocumentWarning(UserWarning):
    """A document panel() or trend() left out with errors='warn'; the message is the command
    line's (FILE: reason)."""

def set_data_dir(path: str) -> None: ...
def data_dir() -> str: ...
def load_userdict(path: str) -> None: ...
def clear_userdicts() -> None: ...
def cut(text: str, hmm: Optional[bool] = None) -> list[str]: ...
def lcut(text: str, hmm: Optional[bool] = None) -> list[str]: ...
def cut_iter(text: str, hmm: Optional[bool] = None) -> Iterator[str]: ...
def analyze(
    text_or_path: Source, *, parts: Parts = None, encoding: Optional[str] = None
) -> dict[str, Any]: ...
def analyze_json(
    text_or_path: Source,
    *,
    parts: Parts = None,
    encoding: Optional[str] = None,
    format: Literal["json", "jsonl"] = "json",
) -> str: ...
def targets(
    text_or_path: Source,
    *,
    kind: Literal["target", "achievement", "all", "any"] = "all",
    encoding: Optional[str] = None,
) -> dict[str, Any]: ...
def keywords(
    text_or_path: Source,
    *,
    k: int = 20,
    method: Literal["tfidf", "textrank", "combined"] = "tfidf",
    encoding: Optional[str] = None,
) -> dict[str, Any]: ...
def segment(text_or_path: Source, *, encoding: Optional[str] = None) -> list[dict[str, Any]]: ...

class ReportIterator(Iterator[Any]):
    def __iter__(self) -> ReportIterator: ...
    def __next__(self) -> Any: ...

def analyze_many(
    inputs: Iterable[Source],
    *,
    jobs: int = 0,
    parts: Parts = None,
    encoding: Optional[str] = None,
    format: Literal["dict", "json", "jsonl"] = "dict",
    errors: Literal["raise", "record"] = "raise",
) -> ReportIterator: ...

def panel(
    inputs: Iterable[Source],
    *,
    indicators: Union[str, Sequence[str], None] = None,
    jobs: int = 0,
    encoding: Optional[str] = None,
    errors: Literal["raise", "warn"] = "raise",
) -> Union["pandas.DataFrame", list[dict[str, Any]]]: ...
def trend(
    terms: Sequence[str],
    inputs: Iterable[Source],
    *,
    by: Optional[str] = None,
    words: bool = False,
    jobs: int = 0,
    encoding: Optional[str] = None,
    errors: Literal["raise", "warn"] = "raise",
) -> Union["pandas.DataFrame", list[dict[str, Any]]]: ...
