"""Fixtures of the story tests: short articles written for them (two earthquakes, twice each)."""

import pytest

CHILE_1 = (
    "A magnitude 8.1 earthquake struck off the coast of northern Chile on Tuesday night, "
    "near the port city of Iquique. President Michelle Bachelet declared a state of "
    "emergency in the Tarapaca region. Six people were killed and thousands of residents "
    "fled to higher ground after a tsunami warning. The Chilean navy said waves of two "
    "metres reached Iquique harbour. Bachelet said the government would send troops to "
    "keep order after hundreds of inmates escaped from the Iquique women's prison."
)
CHILE_2 = (
    "Northern Chile was shaken by a powerful 8.1 quake late Tuesday, killing six people. "
    "The epicentre lay about 95 kilometres north-west of Iquique, the US Geological Survey "
    "said. Michelle Bachelet, the president, declared the Tarapaca region a disaster zone. "
    "Residents of Iquique spent the night on hills above the city while a tsunami of about "
    "two metres hit the coast. Prison guards said inmates escaped in Iquique."
)
NEPAL_1 = (
    "A 7.8 magnitude earthquake hit Nepal on Saturday, killing more than 1,800 people and "
    "toppling the Dharahara tower in Kathmandu. Prime Minister Sushil Koirala called an "
    "emergency cabinet meeting. Avalanches triggered by the quake swept through the Mount "
    "Everest base camp, killing at least 17 climbers. India sent rescue teams and aircraft "
    "to Kathmandu, and aftershocks rattled the Kathmandu valley through the night."
)
NEPAL_2 = (
    "Rescuers in Kathmandu dug through the rubble on Sunday after Saturday's 7.8 earthquake "
    "in Nepal, which killed more than 2,000 people. The nine-storey Dharahara tower, a "
    "landmark of Kathmandu, collapsed with dozens of visitors inside. On Mount Everest, an "
    "avalanche buried part of base camp and killed 17 climbers. Sushil Koirala, Nepal's "
    "prime minister, appealed for international aid as India flew in rescue teams."
)


@pytest.fixture(scope="session")
def quake_texts() -> dict[str, str]:
    """Article id -> text, in a mixed arrival order."""
    return {"chile-1": CHILE_1, "nepal-1": NEPAL_1, "chile-2": CHILE_2, "nepal-2": NEPAL_2}
