"""Spanish and French role nouns ('la cantante X', "l'actrice"), with the gender each implies, and
first names whose gender Spanish and French settle. Read through ``lexicon_foreign``."""

from __future__ import annotations

_F, _M = "female", "male"
# Role nouns that stand right before a name ("la cantante X", "le cinéaste Y") or for a person
# already named ("la artista", "l'actrice"); value: the gender the noun itself implies.
ROLE_NOUNS: dict[str, str | None] = {
    **dict.fromkeys("cantante artista cineasta modelo intérprete vocalista guitarrista".split()),
    **dict.fromkeys("futbolista tenista deportista piloto periodista novelista chef dj".split()),
    **dict.fromkeys("influencer youtuber humorista estrella".split()),
    **dict.fromkeys("tiktoker streamer instagramer soprano aristócrata socialité atleta golfista".split()),
    **dict.fromkeys("torera cantautora cantaora bailaora duquesa marquesa condesa baronesa".split(), _F),
    **dict.fromkeys("infanta locutora colaboradora tertuliana nadadora boxeadora".split(), _F),
    **dict.fromkeys("torero cantautor cantaor bailaor tenor duque marqués conde barón infante".split(), _M),
    **dict.fromkeys("locutor colaborador tertuliano nadador boxeador".split(), _M),
    **dict.fromkeys("pianista pianiste".split()),
    # 'la joven', 'la jeune femme', 'la madrileña': a person already named, told by age or town
    "joven": None,
    "jeune femme": _F,
    "jeune homme": _M,
    **dict.fromkeys(
        "madrileña sevillana barcelonesa valenciana parisienne marseillaise lyonnaise".split(), _F
    ),
    **dict.fromkeys("madrileño sevillano barcelonés valenciano parisien marseillais lyonnais".split(), _M),
    **dict.fromkeys("comunicadora arquitecta".split(), _F),
    **dict.fromkeys("comunicador arquitecto architecte".split(), _M),
    **dict.fromkeys("vidéaste sportive athlète cycliste top-model".split()),
    **dict.fromkeys("influenceuse youtubeuse championne chroniqueuse nageuse skieuse duchesse".split(), _F),
    **dict.fromkeys("comtesse baronne patineuse boxeuse joueuse".split(), _F),
    **dict.fromkeys("influenceur youtubeur champion chroniqueur nageur skieur duc comte".split(), _M),
    **dict.fromkeys("baron patineur boxeur rugbyman tennisman basketteur sportif".split(), _M),
    **dict.fromkeys("actriz rapera productora directora presentadora compositora bailarina".split(), _F),
    **dict.fromkeys("diseñadora escritora cocinera empresaria cómica fotógrafa princesa reina".split(), _F),
    **dict.fromkeys("actor rapero productor director presentador compositor bailarín".split(), _M),
    **dict.fromkeys("diseñador escritor cocinero empresario cómico fotógrafo príncipe rey".split(), _M),
    **dict.fromkeys("artiste cinéaste mannequin interprète pilote styliste journaliste".split()),
    **dict.fromkeys("humoriste star photographe".split()),
    **dict.fromkeys("chanteuse actrice comédienne rappeuse productrice réalisatrice".split(), _F),
    **dict.fromkeys("animatrice présentatrice musicienne compositrice danseuse romancière".split(), _F),
    **dict.fromkeys("écrivaine autrice créatrice cuisinière princesse reine".split(), _F),
    **dict.fromkeys("chanteur acteur comédien rappeur producteur réalisateur animateur".split(), _M),
    **dict.fromkeys("présentateur musicien compositeur danseur romancier écrivain auteur".split(), _M),
    **dict.fromkeys("créateur cuisinier prince roi footballeur".split(), _M),
}
# First names whose gender Spanish and French settle where the general list says 'either' or
# does not know them (nicknames: 'Curro', 'Chema', 'Kiko').
FIRST_NAMES = {
    **dict.fromkeys("Rocío María Andrea Irati".split(), _F),
    **dict.fromkeys("Jesús Curro Chema Kiko Maxime Gaël".split(), _M),
}
FEMALE_DETERMINERS = {"la", "una", "une", "esta", "cette"}
MALE_DETERMINERS = {"el", "un", "le", "al", "del", "du", "au", "este", "ce", "cet"}
