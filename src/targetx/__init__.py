"""targetx: find the quantitative promises in Chinese government work-report progress tables,
pair each with the result reported for it, and tell how far it was kept.

>>> from targetx import score_item
>>> row = score_item("新增孵化面积40万平方米", "全区新增孵化面积32.76万")
>>> pair = row.pairs[0]
>>> pair.target.text, pair.actuals[0].quantity.unit, round(pair.ratio, 4)
('40万平方米', '万平方米', 0.819)
"""

from __future__ import annotations

from .extract import extract
from .freetext import score_text
from .inputs import score_report
from .io import read_table
from .pipeline import score_item, score_row
from .rules import Rules, RulesError
from .tracking import Track, Trajectory, track
from .types import ItemScore, Mention, Pair, Quantity, Report, Row, RowError

__version__ = "0.1.0"

__all__ = [
    "extract",
    "score_item",
    "score_row",
    "score_report",
    "score_text",
    "read_table",
    "track",
    "Track",
    "Trajectory",
    "Rules",
    "RulesError",
    "Quantity",
    "Mention",
    "Pair",
    "ItemScore",
    "Report",
    "Row",
    "RowError",
    "__version__",
]
