"""The Insights charts as plain Vega-Lite specs, drawn with ``st.vega_lite_chart``.

Plain dicts rather than Altair objects: Altair validates every chart against the whole
Vega-Lite schema on each rerun, which was most of the page's time with a year of check-ins.
Each function returns a fresh dict (Streamlit may add to the one it is given).
"""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]


def _field(name: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"field": name, "type": kind, **extra}


def _own_words() -> dict[str, Any]:
    """The person's own names for the day's moods (a custom Daylio mood), beside the 1-5."""
    return _field("own_words", "nominal", title="your words")


def mood_line() -> Spec:
    """Average mood per day; ``detail`` on ``run`` draws one line per run of consecutive
    days, so days without check-ins stay gaps."""
    return {
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": _field("day", "temporal", title=None),
            "y": _field("mood", "quantitative", scale={"domain": [1, 5]},
                        title="Average mood (1-5)"),
            "detail": _field("run", "nominal"),
            "tooltip": [_field("day", "temporal"), _field("mood", "quantitative", format=".1f"),
                        _field("checkins", "quantitative"), _own_words()],
        },
    }  # fmt: skip


def year_pixels(months: list[str]) -> Spec:
    return {
        "mark": {"type": "rect", "stroke": "white", "strokeWidth": 1},
        "encoding": {
            "x": _field("day", "ordinal", title="Day of the month"),
            "y": _field("month", "nominal", sort=months, title=None),
            "color": _field("mood", "quantitative", title="Average mood",
                            scale={"domain": [1, 5], "scheme": "blues"}),
            "tooltip": [_field("date", "nominal"),
                        _field("mood", "quantitative", format=".1f"), _own_words()],
        },
    }  # fmt: skip


def weekday_bars(weekdays: list[str]) -> Spec:
    return {
        "mark": {"type": "bar"},
        "encoding": {
            "x": _field("weekday", "nominal", sort=weekdays, title=None),
            "y": _field("average_mood", "quantitative", scale={"domain": [0, 5]},
                        title="Average mood"),
            "tooltip": [_field("weekday", "nominal"),
                        _field("average_mood", "quantitative", format=".1f"),
                        _field("checkins", "quantitative")],
        },
    }  # fmt: skip


def activity_bars(activities: list[str]) -> Spec:
    """Mood with and without each activity, side by side."""
    return {
        "mark": {"type": "bar"},
        "encoding": {
            "y": _field("activity", "nominal", sort=activities, title=None),
            "yOffset": _field("when", "nominal"),
            "x": _field("average_mood", "quantitative", scale={"domain": [0, 5]},
                        title="Average mood"),
            "color": _field("when", "nominal", title="Days"),
            "tooltip": [_field("activity", "nominal"), _field("when", "nominal"),
                        _field("average_mood", "quantitative", format=".2f")],
        },
    }  # fmt: skip


def emotion_bars() -> Spec:
    return {
        "mark": {"type": "bar"},
        "encoding": {
            "y": _field("emotion", "nominal", sort="-x", title=None),
            "x": _field("count", "quantitative", title="Times"),
        },
    }


def tracker_lines() -> Spec:
    """One small chart per tracker, each with its own scale, gaps kept as gaps."""
    return {
        "facet": {"row": _field("tracker", "nominal", title=None,
                                header={"labelAngle": 0, "labelAlign": "left"})},
        "spec": {
            "height": 110,
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": _field("day", "temporal", title=None),
                "y": _field("value", "quantitative", title=None),
                "detail": _field("run", "nominal"),
                "tooltip": [_field("tracker", "nominal"), _field("day", "temporal"),
                            _field("value", "quantitative", format=".2f")],
            },
        },
        "resolve": {"scale": {"y": "independent"}},
    }  # fmt: skip


def month_grid(weekdays: list[str]) -> Spec:
    """A month as a weekday x week grid coloured by average mood, with the day numbers."""
    cell = {
        "x": _field("weekday", "nominal", sort=weekdays, title=None),
        "y": _field("week", "ordinal", axis=None),
    }
    return {
        "layer": [
            {
                "mark": {"type": "rect", "stroke": "white"},
                "encoding": {
                    **cell,
                    "color": _field("mood", "quantitative", title="Average mood",
                                    scale={"domain": [1, 5], "scheme": "blues"}),
                    "tooltip": [_field("date", "nominal"),
                                _field("mood", "quantitative", format=".1f")],
                },
            },
            {"mark": {"type": "text", "baseline": "middle"},
             "encoding": {**cell, "text": _field("day", "quantitative")}},
        ],
    }  # fmt: skip
