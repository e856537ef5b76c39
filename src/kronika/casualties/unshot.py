"""People a sentence tells hurt by something other than a gunshot: by glass, a fall, a car, a knife.

The Gun Violence Archive counts only those hurt by a gun, yet a story's 'six people were hurt' takes in the
girl who fell running from the shots, and her own sentence ('was injured after falling') reads as one more
hurt. So these people are counted apart and taken off the story's injured.
"""

from __future__ import annotations

import re

from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER

__all__ = ["hurt_not_shot", "road_toll", "side_hurt", "tells_gunfire", "unshot_hurt"]

_HURT = r"(?:injured|hurt|cut|struck|hit|wounded)"
_VEHICLE = r"(?:car|vehicle|truck|SUV|van)"

# one person per telling, hurt as a side of the shooting: "was injured by shattered glass", "was hit with
# glass", "was injured after falling", "hurt when she fell", "was not hit, but twisted his ankle",
# "was hit by a car as he fled", "fleeing the shots, was struck by a truck"
_FLEE = r"(?:fle\w*|fled|run|running|ran|escape\w*)"
_BY_CAR = rf"(?:hit|struck|run\s+over)\s+by\s+(?:a|an|another)\s+(?:\w+\s+)?{_VEHICLE}"
SIDE_HURT = re.compile(
    rf"\b{_HURT}\s+(?:by|with)\s+(?:[\w-]+\s+)?glass\b"
    rf"|\b{_HURT}\s+(?:\w+\s+){{0,2}}?(?:after|when|while|as)\s+(?:falling|(?:s?he|they)\s+fell)\b"
    rf"|\bnot\s+(?:been\s+)?shot\b[^.;]{{0,40}}\b(?:injured|hurt)\b"
    rf"|\b{_BY_CAR}\b[^.;]{{0,60}}\b{_FLEE}\b|\b{_FLEE}\b[^.;]{{0,60}}\b{_BY_CAR}\b",
    re.IGNORECASE,
)

# one person per telling, hurt with a knife: "was stabbed in the shoulder", "suffered a stab wound"
STABBED = re.compile(r"\b(?:was|were)\s+(?:also\s+)?stabbed\b|\bstab\s+wounds?\b", re.IGNORECASE)

# "six people injured, five by gunfire": those hurt besides the shot were hurt some other way
PART_SHOT = re.compile(
    rf"\b(?P<all>{NUMBER})\s+(?:people\s+|persons\s+)?(?:injured|hurt|wounded),\s+"
    rf"(?P<shot>{NUMBER})\s+(?:of\s+them\s+)?(?:by\s+gunfire|with\s+gunshot\s+wounds|shot)\b",
    re.IGNORECASE,
)

# people hurt by a car driven into them or their own car, counted by the phrase after 'injuring': "rammed a
# detective's vehicle, injuring both detectives", "drove into the police cars, injuring two officers" (GVA
# study 0..2100: 2 articles so worded, both over-counting their injured by the two; none told otherwise)
_RAM = (
    r"(?:rammed|rams|ramming|drove\s+(?:\w+\s+)?into|crashed\s+into|crashing\s+into|slammed\s+into"
    r"|plowed\s+into|ran\s+over|running\s+over)"
)
RAMMED = re.compile(
    rf"\b{_RAM}\b[^.;]{{0,80}}?\s(?:injuring|hurting)\s+(?:the\s+)?(?P<n>both|{NUMBER})?", re.IGNORECASE
)

# a story told as a shooting: only then are its injured the shot (a stabbing's or a riot's hurt stay hurt)
_GUNFIRE = re.compile(r"\b(?:shot|shoot\w*|gunfire|gunshots?|gunm[ae]n|opened\s+fire)\b", re.IGNORECASE)


# people killed or hurt on the road: "died in a single vehicle wreck", "was killed in a car crash", "a
# two-vehicle, non-injury crash" (a page's other news, or a victim's past, beside a shooting story)
ROAD_TOLL = re.compile(
    r"\b(?:died|killed|injured|hurt)\s+(?:\w+\s+){0,2}?in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:wreck|crash"
    r"|collision|(?:car|road|traffic|vehicle)\s+accident)\b|\bnon-injury\s+(?:crash|accident|collision)\b",
    re.IGNORECASE,
)


def road_toll(text: str) -> bool:
    """Whether the sentence tells people killed or hurt on the road, not by a gun ('died in a car wreck'):
    its count is no shooting's toll. One telling gunfire too ('was shot and died in the crash') is the
    shooting's."""
    return ROAD_TOLL.search(text) is not None and not tells_gunfire(text)


def tells_gunfire(text: str) -> bool:
    """Whether the sentence tells a shooting ('was shot', 'gunfire', 'opened fire')."""
    return _GUNFIRE.search(text) is not None


def side_hurt(text: str) -> int:
    """How many people the sentence tells hurt by the shooting but not by a bullet (by glass, a fall, a car
    while fleeing or one driven into them): 0 for none. Such a telling is of the article's shooting wherever
    in it it stands."""
    if m := PART_SHOT.search(text):
        every, shot = parse_count(m["all"]), parse_count(m["shot"])
        if every is not None and shot is not None and every > shot:
            return every - shot
    if m := RAMMED.search(text):
        # "injuring a deputy", "injuring the officer": one where no count is told
        return (parse_count(m["n"]) if m["n"] else None) or 1
    return 1 if SIDE_HURT.search(text) else 0


def unshot_hurt(text: str) -> int:
    """How many people the sentence tells hurt by something other than a gunshot, the stabbed too: 0 for
    none. A sentence telling one such hurt counts one, however it restates it."""
    return side_hurt(text) or (1 if STABBED.search(text) else 0)


def hurt_not_shot(story: list[str], article: list[str] | None = None) -> int:
    """How many of a shooting story's hurt were not shot: the most any of its sentences tells, and for the
    article's lead story (`article` given) the most any sentence of the article tells hurt beside the
    shooting, since the lead's other mentions, whose stories stop short of that sentence, would keep the
    larger count. A stabbing counts only where this story tells it (a round-up's next item may be one).
    0 where neither the story nor the article tells gunfire: a knife attack's or a riot's hurt all count."""
    if not any(tells_gunfire(text) for text in article or story):
        return 0
    own = max((unshot_hurt(text) for text in story), default=0)
    return max(own, max((side_hurt(text) for text in article or ()), default=0))
