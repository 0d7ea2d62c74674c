"""The result types are frozen dataclasses whose fast ``__init__`` (``types.slot_init``) makes
exactly the objects the dataclass machinery would."""

import dataclasses
import pickle
from decimal import Decimal

import pytest

from targetx import score_item
from targetx.types import Frame, ItemScore, Mention, Pair, Quantity


def _generated_init(cls):
    """The ``__init__`` ``dataclasses`` writes for ``cls``'s fields (on a scratch class)."""
    namespace = {"__annotations__": {f.name: f.type for f in dataclasses.fields(cls)}}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f.name] = dataclasses.field(default_factory=f.default_factory)
    return dataclasses.dataclass(frozen=True, slots=True)(type(cls.__name__, (), namespace)).__init__


@pytest.mark.parametrize("cls", [Quantity, Frame, Mention, Pair, ItemScore])
def test_fast_init_sets_every_field_as_the_dataclass_init_does(cls):
    item = score_item("新增停车位500个,其中充电车位50个", "已建成停车位612个")
    sample = {Quantity: item.targets[0].quantity, Frame: item.targets[0].frame, Mention: item.actuals[0],
              Pair: item.pairs[0], ItemScore: item}[cls]
    values = {f.name: getattr(sample, f.name) for f in dataclasses.fields(cls)}
    fast = cls(**values)
    slow = object.__new__(cls)
    _generated_init(cls)(slow, **values)
    assert [getattr(fast, n) for n in values] == [getattr(slow, n) for n in values]


def test_defaults_and_default_factories_are_fresh_and_the_objects_stay_frozen():
    q = Quantity("5个", 0, 2, Decimal(5), "个", Decimal(5), "count", "count")
    a, b = Mention(q, "target"), Mention(q, "actual")
    assert a.frame == Frame() and a.frame is not b.frame and a.metric == "" and q.kind == "level"
    assert Mention(q, "target", frame=None).frame is None  # given, even as None, is kept
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.role = "actual"
    with pytest.raises(TypeError):
        Quantity("5个", 0, 2)  # required fields stay required
    assert pickle.loads(pickle.dumps(a)) == a and hash(pickle.loads(pickle.dumps(a))) == hash(a)
    assert dataclasses.replace(a, role="actual") == b
