"""The nouns that name a person: kin ('his wife'), people by age or sex ('a teen'), and the roles a victim
is named by ('a clerk', 'two deputies'). A leaf module, so the casualty words and phrases and the events
stage's clause triggers can share them."""

from __future__ import annotations

from typing import Final

# the people a list of victims names one by one after its first ('his wife, son and daughter')
KIN: Final = frozenset({"son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
                        "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter",
                        "niece", "nephew", "aunt", "uncle", "cousin", "girlfriend", "boyfriend", "fiancee",
                        "fiance", "friend", "neighbor", "neighbour"})  # fmt: skip
PERSONS: Final = frozenset({"man", "woman", "child", "boy", "girl", "baby", "infant", "toddler", "teen",
                            "teenager"})  # fmt: skip
# the roles and plurals a victim is named by besides those ('shooting two deputies', 'the clerk')
ROLES: Final = frozenset({"people", "person", "persons", "men", "women", "children", "boys", "girls", "teens",
                          "teenagers", "victim", "victims", "officer", "officers", "deputy", "deputies",
                          "member", "members", "family", "friends", "student", "students", "neighbors",
                          "neighbours", "relative", "relatives", "trooper", "troopers", "customer",
                          "customers", "clerk", "employee", "employees", "guard"})  # fmt: skip
# men who carry arms ('gunmen stormed a school', 'ten militants were neutralised'): armed attackers, never a
# crowd of protesters
ARMED_MEN: Final = frozenset({"gunman", "gunmen", "militant", "bandit", "attacker", "assailant", "insurgent",
                              "terrorist", "jihadist", "fighter", "rebel", "extremist", "raider",
                              "kidnapper"})  # fmt: skip
# the police and their like, who storm a place to raid it, not to riot ('police stormed the party's offices')
POLICE: Final = frozenset({"police", "policeman", "policemen", "officer", "officers", "cop", "cops",
                           "detective", "detectives", "agent", "agents", "gendarme", "gendarmes",
                           "gendarmerie"})  # fmt: skip
# the people of a protest by what they do there ('protesters', 'the crowd'), and a crowd that riots
PROTESTERS: Final = frozenset({"protester", "protestor", "demonstrator", "supporter", "crowd"})
RIOTING_CROWD: Final = PROTESTERS | {"mob", "rioter"}
