"""Union-find, shared by copy clusters, copy stories and conflict groups."""

from __future__ import annotations

from factcheck.components import Components


def test_items_joined_pair_by_pair_form_groups() -> None:
    joined: Components[str] = Components(["a", "b", "c", "d", "e"])
    assert joined.join("a", "b") == ("a", "b")
    assert joined.join("c", "b") == ("c", "a")  # b's group (rooted at a) joins c's
    assert joined.join("a", "c") is None  # one group already
    groups: dict[str, set[str]] = {}
    for item in joined.items():
        groups.setdefault(joined.root(item), set()).add(item)
    assert sorted(map(sorted, groups.values())) == [["a", "b", "c"], ["d"], ["e"]]


def test_a_new_item_is_a_group_of_its_own() -> None:
    joined: Components[int] = Components()
    assert joined.root(7) == 7
    assert joined.items() == [7]
