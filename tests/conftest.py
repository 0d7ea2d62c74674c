"""Shared test set-up: hypothesis profiles (on top of hypothesis' own ``ci`` profile)."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "targetx-ci", parent=settings.get_profile("ci"), max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("targetx-dev", max_examples=150, deadline=None)
# TARGETX_THOROUGH=1 pytest tests/test_properties.py: a long hunt for counterexamples
settings.register_profile("targetx-thorough", max_examples=3000, deadline=None)
if os.environ.get("TARGETX_THOROUGH"):
    settings.load_profile("targetx-thorough")
else:
    settings.load_profile("targetx-ci" if os.environ.get("CI") else "targetx-dev")
