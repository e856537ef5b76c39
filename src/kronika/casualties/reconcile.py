"""A story's toll from its sentences' tallies: the largest count of each kind any sentence states, people
said to have been shot injured unless counted among the dead, the killer counted once, victims the story
introduces one by one, and the whole no larger than its headline's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding
from kronika.casualties.headline_tolls import HeadlineToll
from kronika.casualties.joined import conjuncts
from kronika.casualties.phrases import introduced_victim
from kronika.casualties.sentence_tally import Tally, highest
from kronika.casualties.slain_attackers import DeadTold, with_slain_attacker
from kronika.casualties.wounded_attackers import with_wounded_attacker
from kronika.model import Casualties

__all__ = ["one_by_one", "reconcile", "within_headline", "within_headline_hits"]


def one_by_one(doc: Doc, findings: list[list[Finding]]) -> int:
    """How many distinct single victims the story introduces as shot or hurt ('A 44-year-old woman was hit
    in the hip.' ... 'A 27-year-old man was also hit in the shoulder.', the second read as hurt besides the
    dead): each sentence alone names only one."""
    named = (
        introduced_victim(person)
        for found in findings
        for f in found
        if f.kind in {"shot", "injured"} and f.victim >= 0 and f.token >= 0
        for person in _people(doc[f.victim], f.count)
    )
    keys = {k for k in named if k is not None}
    # "a 6-year-old was shot" told beside "a 6-year-old child was shot": the bare age names the same child
    return sum(1 for k in keys if not any(o.startswith(f"{k} ") for o in keys))


def _people(victim: Token, count: int) -> list[Token]:
    """The people a victim phrase names one by one: 'a 25-year-old man and a 1-year-old boy' is two."""
    parts = [victim, *conjuncts(victim)]
    return parts if len(parts) == count else []


def reconcile(tallies: list[Tally], one_by_one: int = 0) -> Casualties:
    """The story's toll: the largest count of each kind any sentence states; people said to have been
    shot are injured unless counted among the dead ('Three men were shot.' ... 'One died in hospital.')."""
    told = _with_lone_suicide(tallies, highest(t.killed for t in tallies))
    if any(t.murder_suicide for t in tallies):
        # "police investigate an apparent murder-suicide": two dead at least, the killer among them
        told = max(told or 0, 2)
    killed = with_slain_attacker(
        [DeadTold(t.killed, t.dead, t.slain_attacker, t.with_killer) for t in tallies], told
    )
    # "shot his wife and son, wounding both, before killing himself": the gunman was not among the shot
    # a gunman who killed himself, or one the police killed besides his victims, is no one his attack hit
    besides = any(t.himself for t in tallies) or (killed or 0) > (told or 0)
    dead_shot = (killed or 0) - (1 if killed and besides else 0)
    injured = _injured(tallies, dead_shot, one_by_one, killed or 0)
    # "three others were wounded" ... "the suspect was also shot": he is one hurt besides them
    victims = _injured(
        [t for t in tallies if not (t.wounded_attacker or t.attacker_hurt)],
        dead_shot,
        one_by_one,
        killed or 0,
    )
    taken_in = any(t.with_killer and (t.injured or t.shot) for t in tallies)
    injured = with_wounded_attacker(injured, victims, [t.wounded_attacker for t in tallies], taken_in)
    # "five men were shot and a woman was pistol-whipped": hurt with the gun, though none of those shot
    struck = max(t.struck for t in tallies) if tallies else 0
    return Casualties(killed, (injured or 0) + struck if struck else injured)


def _injured(tallies: list[Tally], dead_shot: int, one_by_one: int, killed: int = 0) -> int | None:
    """The injured the tallies count: the largest count told injured, or the largest told shot less the
    dead among them (`dead_shot`, or all the dead, `killed`, where the count takes the killer in), whichever
    is more."""
    injured = highest(t.injured for t in tallies)
    shots = [(t.shot, killed if _shot_with_killer(t) else dead_shot) for t in tallies if t.shot is not None]
    hit = [shot - dead for shot, dead in [*shots, (one_by_one, dead_shot)] if shot > dead]
    return max(injured or 0, *hit) if hit else injured


def _shot_with_killer(tally: Tally) -> bool:
    """Whether a sentence's count of people shot takes in a killer who shot himself: its wording counts him
    ('All four were found with gunshot wounds, his self-inflicted'), or it tells every one of them dead ('the
    four were taken to a hospital, where they died'), so none of them is one hurt besides the dead."""
    if tally.shot is None or tally.himself:
        return False
    return tally.with_killer or (tally.killed is not None and tally.shot <= tally.killed)


def _with_lone_suicide(tallies: list[Tally], killed: int | None) -> int | None:
    """The story's dead with the killer counted once: a suicide's count of two or more takes him in; a
    killer whose own death a sentence tells apart ('He killed his wife.' ... 'He then took his own life.')
    is one besides the others, as the archive counts him."""
    # "two found dead in an apparent murder-suicide": a count told as a suicide's takes the killer in
    counted = highest(
        t.killed
        for t in tallies
        if t.with_killer and (t.killed or 0) >= 2 and not (t.himself or t.lone_suicide)
    )
    if counted is not None:  # the largest count that adds no killer to it
        return highest(iter([counted, *(t.killed for t in tallies if not (t.himself or t.lone_suicide))]))
    own = _besides_own_death(tallies)
    if own is not None:
        return own
    if not any(t.lone_suicide for t in tallies) or any(t.himself or t.with_killer for t in tallies):
        return killed
    others = highest(t.killed for t in tallies if not t.lone_suicide)
    # "A boy fatally shot himself." ... "the fatal shooting of a boy": the one who died is the boy himself
    killers = {k for t in tallies if t.lone_suicide for k in t.killers}
    # "A boy shot himself." ... "He was found dead": a death no sentence tells as an act is his own
    slain = any(t.slays for t in tallies if not t.lone_suicide)
    return others + 1 if others and slain and not killers & {d for t in tallies for d in t.dead} else killed


def _besides_own_death(tallies: list[Tally]) -> int | None:
    """'shot his wife and son before turning the gun on himself' ... 'the boy was found shot to death': a
    sentence whose only death is the killer's, told beside others it calls only shot, counts him one besides
    the dead the other sentences tell killed by an act, unless one of theirs takes him in ('two dead,
    including the gunman', 'killed two and then himself') or names him among its dead. None where no
    sentence tells such a death, or no other its dead."""
    if not any(t.own_death for t in tallies) or any(_takes_killer_in(t) for t in tallies):
        return None
    # a sentence telling only the killer's death ('was found dead of a self-inflicted wound') is his again
    rest = [t for t in tallies if not (t.own_death or t.lone_suicide)]
    if any(t.himself for t in rest):
        return None  # 'killed two and then himself': that count has him already
    # only a death told as someone's act ('was found shot to death'): 'was found dead' may be the killer's
    others = highest(t.killed for t in rest if t.slays)
    killers = {k for t in tallies if t.own_death or t.lone_suicide for k in t.killers}
    if not others or killers & {d for t in rest for d in t.dead}:
        return None
    # "shot her husband and her mother before turning the gun on herself" ... "the three were found shot
    # dead": more dead than the others he shot counts him already
    shot = highest(t.shot for t in tallies if t.own_death)
    return others + 1 if shot is None or others <= shot else None


def _takes_killer_in(tally: Tally) -> bool:
    """Whether a sentence's dead takes the killer in: a count told with him ('three dead, including the
    gunman'), not one telling his death alone ('was found dead of a self-inflicted wound')."""
    return tally.with_killer and bool(tally.killed) and not tally.lone_suicide


def within_headline(toll: Casualties, headline: HeadlineToll | None, killer: bool = False) -> Casualties:
    """The story's toll no larger than its headline's whole one ('2 dead, 4 wounded in shooting'): a body
    that counts more has counted someone twice, or another incident's victims. `killer`: the story tells the
    attacker dead too, whom the archive counts and a headline on his victims may not ('4 dead, 1 hurt')."""
    if headline is None:
        return toll
    killed, injured = toll.fatalities, toll.injured
    return Casualties(
        killed if killed is None or killer else min(killed, headline.killed),
        None if injured is None else min(injured, headline.injured),
    )


def within_headline_hits(toll: Casualties, headline: HeadlineToll | None) -> Casualties:
    """The story's hurt no more than the headline's whole toll leaves beside its dead, where the story tells a
    later death ('4 shot, 2 fatally' over 'Three other men were also shot' ... 'where he later died'): some of
    the headline's hurt may have died since it was written, but everyone hit is in its count."""
    if headline is None or toll.injured is None:
        return toll
    room = max(headline.killed + headline.injured - (toll.fatalities or 0), 0)
    return Casualties(toll.fatalities, min(toll.injured, room))
