"""Spanish and French words the foreign-language extractor (``foreign.py``) reads.

Families of phrasings, never names: role nouns (with the gender they imply), kinship nouns (with the
relation they give), speech verbs, meeting verbs and nouns, age phrases, relative dates, unnamed
speakers, and the nouns after which a capitalised run names a work, a place or a company.
"""

from __future__ import annotations

import re

# role nouns and first names live apart for size; read them from here
from .lexicon_foreign_roles import FEMALE_DETERMINERS as FEMALE_DETERMINERS
from .lexicon_foreign_roles import FIRST_NAMES as FIRST_NAMES
from .lexicon_foreign_roles import MALE_DETERMINERS as MALE_DETERMINERS
from .lexicon_foreign_roles import ROLE_NOUNS as ROLE_NOUNS


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _alts(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# Capitalised words that open or frame a name run in es/fr text but are never part of a name.
STOP_CAPS = {
    # articles, prepositions, conjunctions, pronouns
    *"el la los las un una unos unas lo al del de y o e a en con por para sin sobre tras según".split(),
    *"le les l' une des du au aux et ou à dans avec pour sans sur chez selon après avant".split(),
    "dj",
    "mc",  # 'el DJ Álex Soto': a role, not part of the name
    *"su sus mi mis tu son sa ses mon ma mes leur leurs ce cet cette ces este esta estos estas".split(),
    *"él ella ellos ellas yo nosotros il elle ils elles je nous vous on qui que quand où".split(),
    *"pero aunque además también ya hoy ayer anoche así mientras durante desde hasta muy".split(),
    *"mais aussi déjà hier aujourd'hui puis ainsi pendant depuis face très tout toute tous".split(),
    *"nacida nacido née né lee leer lire voir ver foto photo vídeo vidéo crédito crédit".split(),
    # weekdays and months
    *"lunes martes miércoles jueves viernes sábado domingo".split(),
    *"lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    *"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre".split(),
    *"diciembre janvier février mars avril mai juin juillet août octobre novembre décembre".split(),
}

# Kinship and partner nouns -> predicate from the possessor's view ("su hermana X": X sibling_of her).
KIN_NOUNS = {
    **dict.fromkeys("hermana hermano hermanas hermanos gemela gemelo sœur soeur frère".split(), "sibling_of"),
    **dict.fromkeys("marido esposo esposa mari époux épouse".split(), "spouse_of"),
    **dict.fromkeys(
        "novio novia pareja prometido prometida compagnon compagne fiancé fiancée chico chica chéri chérie "
        "amoureux amoureuse".split(),
        "partner_of",
    ),
    **dict.fromkeys(
        "exmarido exesposa exesposo exmujer ex-mari ex-femme ex-épouse ex-époux".split(), "ex_spouse_of"
    ),
    **dict.fromkeys(
        "ex expareja exnovio exnovia ex-compagnon ex-compagne ex-fiancé ex-fiancée".split(), "ex_partner_of"
    ),
    **dict.fromkeys("hija hijo hijas hijos fille fils filles enfants".split(), "parent_of"),
    **dict.fromkeys("madre padre mamá papá mère père maman papa".split(), "child_of"),
    **dict.fromkeys("amiga amigo amigas amigos amie ami amies amis".split(), "friend_of"),
    # 'la viuda de X': married until X died (as the English 'widow')
    **dict.fromkeys("viuda viudo veuve veuf".split(), "spouse_of"),
    # words only a possessive makes kin ("su mujer", "sa femme")
    "mujer": "spouse_of",
    "femme": "spouse_of",
}
KIN_MODIFIERS = (
    "menor mayor pequeña pequeño mejor gran querida querido inseparable "
    "cadette aînée aîné cadet petite petit grande grand meilleure meilleur chère cher fidèle "
    "nuevo nueva actual nouveau nouvel nouvelle actuel actuelle"  # 'su nuevo novio', 'son nouveau compagnon'
).split()

_ES_SPEECH = (
    "dijo dice decía aseguró asegura afirmó afirma declaró declara gritó grita escribió escribe "
    "explicó explica contó cuenta confesó confiesa reveló revela añadió añade agregó comentó comenta "
    "admitió admite bromeó señaló apuntó expresó manifestó publicó compartió respondió responde "
    "recordó recuerda insistió subrayó relató sentenció concluyó exclamó confirmó anunció destacó "
    "detalló bromea reconoció reconoce sostuvo sostiene lamentó lamenta agradeció agradece aclaró "
    "aclara desveló desvela indicó indica precisó narró opinó advirtió adelantó defendió presumió "
    "zanjó matizó confesaba contaba explicaba afirmaba aseguraba reconocía comentaba escribía relataba"
).split()
_ES_PARTICIPLES = (
    "dicho asegurado afirmado declarado escrito explicado contado confesado revelado añadido "
    "comentado admitido señalado publicado compartido respondido recordado confirmado anunciado "
    "reconocido lamentado agradecido aclarado desvelado indicado precisado expresado relatado "
    "bromeado sostenido insistido"
).split()
_FR_PARTICIPLES = (
    "déclaré dit confié écrit assuré expliqué ajouté raconté avoué révélé lancé souligné précisé "
    "affirmé plaisanté confirmé annoncé commenté publié partagé répondu poursuivi insisté glissé "
    "témoigné rappelé estimé reconnu conclu souri murmuré crié indiqué réagi lâché détaillé admis "
    "confessé résumé ironisé tranché martelé rétorqué avancé concédé"
).split()
_FR_PRESENT = (
    "déclare dit confie écrit assure explique ajoute raconte avoue révèle lance souligne précise "
    "affirme plaisante confirme annonce commente publie partage répond poursuit insiste glisse "
    "témoigne rappelle estime reconnaît conclut sourit lâche indique réagit détaille admet confesse "
    "résume ironise tranche martèle rétorque concède confiait disait expliquait racontait déclarait "
    "assurait avouait ajoutait affirmait lançait écrivait"
).split()


# A speech verb in any order of aux, inverted pronoun and adverb ("a-t-elle confié", "ha dicho").
# A pronoun for the listener may come first ('nos contó', 'nous a confié', 'se ha sincerado').
SPEECH = (
    rf"(?:(?:(?:nos|me|le|les|se)\s+)?(?:(?:{_alts(_ES_SPEECH)})|(?:ha|han|había)\s+(?:{_alts(_ES_PARTICIPLES)}))"
    r"|se (?:sinceró|sincera|sinceraba|ha sincerado)"
    rf"|(?:(?:nous|me|m['’]|lui|leur)\s+)?(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+"
    rf"(?:\w+ment\s+)?(?:{_alts(_FR_PARTICIPLES)})"
    rf"|(?:{_alts(_FR_PRESENT)})(?:-t?-?(?:il|elle|ils|elles))?"
    r"|s['’]est\s+(?:confiée?|exclamée?|réjouie?|amusée?|souvenue?)|se confie)"
)
INVERTED_PRONOUN = _c(r"-t?-?(?:il|elle|ils|elles)\b")

# Unnamed speakers: "una fuente", "un portavoz", "une source", "un proche".
ANONYMOUS = (
    "fuente fuentes portavoz allegado allegada testigo asistente espectador espectadora fan "
    "seguidor seguidora representante publicista insider cercano cercana "
    "source sources porte-parole proche proches témoin spectateur spectatrice représentant "
    "représentante entourage invité invitée internaute"
).split()

# Words after which a capitalised run is a work, a brand, a place or a company, not a person.
NONPERSON_BEFORE = (
    "gira single disco álbum album canción tema película serie programa documental libro novela "
    "marca empresa restaurante revista diario periódico club equipo banda grupo premio premios gala "
    "teatro barrio calle avenida hotel estadio sala festival show espectáculo evento "
    "tournée film chanson titre série émission spectacle documentaire livre roman magazine journal "
    "groupe prix théâtre quartier rue avenue hôtel stade salle cinéma marque maison"
).split()
# Nouns that follow a title in quotation marks ("«X», el single que...").
WORK_NOUNS = {
    *"single disco álbum album canción tema película serie libro novela videoclip".split(),
    *"film chanson titre série livre roman clip morceau tube".split(),
}
# What comes right before a fictional character's name.
CHARACTER_BEFORE = (
    r"(?:el papel de|en el papel de|interpreta a|interpretaba a|da vida a|daba vida a|encarna a|"
    r"le rôle de|le rôle d['’]|dans le rôle de|incarne|incarnait|joue|jouait|personnage de|personnage d['’])"
)

MONTHS = {
    **{m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre".split(), 1)},
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    **{m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre".split(), 1)},
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}
WEEKDAYS = {
    **{d: i for i, d in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())},
    **{d: i for i, d in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())},
}
YESTERDAY = _c(r"\b(?:anoche|ayer|la (?:pasada )?noche del? ayer|hier(?: soir)?|la nuit dernière)\b")
TODAY = _c(r"\b(?:hoy|esta (?:noche|tarde|mañana)|aujourd['’]hui|ce (?:soir|matin)|cet après-midi)\b")
VAGUE = _c(
    r"\b(?:la semana pasada|hace (?:unos |algunos |pocos )?(?:días|semanas|meses)|recientemente|"
    r"el mes pasado|hace poco|el año pasado|la semaine dernière|récemment|dernièrement|"
    r"il y a (?:quelques |deux |trois )?(?:jours|semaines|mois)|le mois dernier|l['’]an dernier|"
    r"l['’]année dernière)\b"
)
MONTH_PERIOD = _c(  # 'en enero', 'el pasado mes de enero', 'au mois de janvier 2025' (no day before)
    rf"(?<!\d )\b(?:en|el (?:pasado )?mes de|en el mes de|au mois de|à la mi-|a mediados de|début|fin)\s+"
    rf"({_alts(MONTHS)})\b(?:\s+(?:de\s+|del\s+)?(\d{{4}}))?"
)
FUTURE_BEFORE = _c(r"\b(?:próxim[oa]s?|prochain(?:e|s)?)\s*$")  # "el próximo 19 de julio"
WEEKDAY = _c(rf"\b({_alts(WEEKDAYS)})\b")
EXPLICIT_DATE = _c(
    rf"\b(\d{{1,2}})(?:º|°|er)?\s+(?:de\s+)?({_alts(MONTHS)})\b(?:\s+(?:de\s+|del\s+)?(\d{{4}}))?"
)

# Meeting phrasings, in the forms that tell of something that happened (no futures).
_NEXT_TO = (
    r"(?:junto a|junto con|con|al lado de|juntos|juntas|avec|ensemble|"
    r"(?:aux côtés|à côté|en compagnie)\s+d(?:e|u|es|['’]))"
)
MEETING_STRONG = _c(
    r"\b(?:abraz(?:ó|aron|arse|ándose|ando|o|os|ados|adas)|se abrazan|"
    r"bes(?:ó|aron|arse|ándose|ando|o|ados|adas)|se besan|"
    rf"(?:pos(?:ó|aron|ar|ando|aba|aban|a|an|é|ée|és|ées|er|ait|aient|ent|e|ant)|cen(?:ó|aron|ar|aba|aban|ando)|"
    rf"almorz(?:ó|aron|ar)|comi(?:ó|eron)|(?:dîn|déjeun)(?:é|er|ait|aient|ent))\s+(?:[\w'’-]+\s+){{0,4}}?{_NEXT_TO}|"
    r"(?:se )?reuni(?:ó|eron|rse|dos|das)|se reúnen?|reencuentro|reencontr(?:ó|aron|arse)|"
    r"salud(?:ó|aron|arse|ándose)|(?:se )?encontr(?:ó|aron)(?:se)? con|se encontraron|"
    r"(?:se dejaron ver|fueron vistos|fueron vistas|fueron fotografiados|fueron captados) juntos|"
    r"se (?:unió|sumó) a|compartieron escenario|"
    r"(?:s['’])?embrass(?:é|ée|és|ées|er|ent|ait|aient|ant)|enlacé(?:e|s|es)?|étrei(?:nt|nte|ndre)|"
    r"accolade|bise|câlin|(?:se sont )?retrouv(?:é|ée|és|ées|er|ent|ait|aient)|retrouvailles|"
    r"rejoin(?:t|te|ts|tes|dre)|salu(?:é|ée|és|ées|er|ent|ait)|rencontr(?:é|ée|és|ées|er|ent)|"
    r"(?:aperçu|vu|photographié)(?:e|s|es)? ensemble|s['’]affich(?:ent|aient) ensemble|"
    # 'aperçue en compagnie de son compagnon', 'disfruta de unas vacaciones en Ibiza junto a su novio'
    r"(?:aperçu|vu|photographié|surpris)(?:e|s|es)?\s+(?:\w+\s+){0,3}?"
    r"(?:en compagnie|aux côtés)\s+d(?:e|u|es|['’])|"
    r"disfrut(?:a|an|ó|aron|aba|aban|ando)\s+(?:\w+\s+){0,6}?(?:junto a|junto con|con)\s|"
    r"(?:fue|fueron)\s+(?:fotografiad|vist|captad|pillad)[oa]s?|"
    # a couple's outing told without 'juntos': 'cenaron en', 'pasearon de la mano', 'au bras de',
    # 'ont été surpris', 'ont échangé un baiser', 'se casaron' (a plural verb or arm in arm)
    r"(?:cenaron|almorzaron|comieron|desayunaron|coincidieron|posaron|ont (?:dîné|déjeuné|soupé|posé))|"
    r"(?:compartieron|ont partagé|disfrutaron de|ont passé) (?:una? |le |la |les )?"
    r"(?:mesa|cena|comida|velada|noche|escapada|dîner|déjeuner|repas|soirée|week-end|vacances)|"
    r"de la mano|main dans la main|(?:del brazo|au bras) de|acompañad[oa] (?:de|por)|accompagnée? (?:de|par)|"
    r"se dejaron ver|(?:fueron|han sido) (?:sorprendid|cazad|pillad)[oa]s|ont été surpri(?:s|ses)|"
    r"se sont affiché(?:e|s|es)?|(?:ont )?échangé (?:un baiser|leurs vœux|des baisers)|"
    # 'se dieron el «sí, quiero»': the quoted words are blanked before this is read
    r"se (?:dieron|dan|han dado) (?:el\b|un beso)|se casaron|se sont mariés|se sont dit oui|ont dit oui|"
    r"se cruzaron|se sont croisé(?:e|s|es)?|"
    # headline shorthand: 'X y Y, juntos en Madrid', 'X et Y réunis à Paris', 'dîner en amoureux'
    r"[,:]\s*(?:juntos|juntas|ensemble|pillad[oa]s|cazad[oa]s)\b(?!\s+(?:desde|depuis))|réuni(?:e?s)|"
    r"(?:cena|escapada|viaje|vacaciones|dîner|escapade|vacances|week-end)\s+"
    r"(?:romántic[oa]s?|en amoureux|romantiques?)|"
    r"(?:muy\s+)?(?:cariños[oa]s?|acaramelad[oa]s)\s+con|(?:très\s+)?complices|"
    r"(?:bail(?:ó|aron)|dans(?:é|ée|és|ées|ait|aient)) (?:\w+ )?(?:con|avec)\b|"
    r"ont été (?:photographié|aperçu|vu|immortalisé|repéré|pris)e?s)\b"
)
MEETING_WEAK = _c(  # doing something together: "cantaron juntos", "ont chanté ensemble"
    r"\b(?:cant(?:ar|aron|ó)|interpret(?:ar|aron|ó)|actu(?:ar|aron)|bail(?:ar|aron)|llegaron|salieron|"
    r"chant(?:er|é|és|ent)|interprét(?:er|é|és|ent)|dans(?:er|é|és|ent)|arrivés|repartis)\s+"
    r"(?:juntos|juntas|ensemble)\b"
)
NEGATION = _c(  # and apart: 'cenaron por separado', 'chacun de son côté'
    r"\b(?:no|nunca|jamás|sin|ni|ne|jamais|sans|por separado|séparément|chacun de son côté|"
    r"cada uno por su lado)\b|\bn['’]"
)
UNREAL = _c(
    r"\b(?:va a|van a|iba a|podría|podrían|quiere|querría|planea|espera|esperan|"
    r"va|vont|pourrait|pourraient|devrait|devraient|souhaite|espère)\b"
)
SPECULATION = _c(
    r"\b(?:rumor\w*|especul\w*|supuestamente|presuntamente|rumeur\w*|spécul\w*|aurai(?:en)?t|serai(?:en)?t)\b"
)
COUPLE_WORD = _c(r"la pareja|le couple")
GROUP = _c(
    r"\b(?:(?:los|las|les|tous|toutes)\s+(?:les\s+)?(?:dos|tres|cuatro|deux|trois|quatre)|amb[oa]s|"
    r"la pareja|el dúo|el trío|le couple|le duo|le trio|tous deux|toutes deux|"
    r"les amoureux|les tourtereaux|los enamorados|los novios|les jeunes mariés|los recién casados)\b"
)
# Events, not venues: 'du Festival de Cannes', 'en la gala de los Premios X'
EVENT_WORDS = set(
    "festival gala premios prix ceremonia cérémonie concierto concert gira tournée desfile défilé "
    "estreno première fiesta fête soirée boda mariage".split()
)
# Where one clause ends and a clause about another moment begins ("..., antes de ...").
CLAUSE_SPLIT = _c(
    r",?\s+(?=(?:antes de|después de|tras|y luego|y después|avant de|avant d['’]|après|puis|et puis)\b)"
)

MEDIA = [
    (
        _c(r"instagram|publicación|\bpost\b|stor(?:y|ies)|redes sociales|réseaux sociaux|publication"),
        "Instagram",
    ),
    (_c(r"\btuit|tweet|twitter|\ben X\b|\bsur X\b"), "X"),
    (_c(r"tiktok"), "TikTok"),
    (_c(r"escenario|al público|a la multitud|sur scène|au public|à la foule"), "on stage"),
    (
        re.compile(
            # 'confesó a la revista', 'dans les colonnes de Gala', 'a confié à Voici', 'a ¡Hola!'
            r"(?i:entrevista|interview|periodista|journaliste|prensa|presse|au micro|revista|magazine|"
            r"colonnes|declaraciones a|micro de)|\b(?:a|à|au) ¡?[A-Z]"
        ),
        "interview",
    ),
]

# ----------------------------------------------------------------- name shapes and phrases around names

CAP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"
_WORD = rf"(?:[{CAP}][{LOW}]+(?:[{CAP}][{LOW}]+)?(?:[-'’][{CAP}{LOW}]+)*|[{CAP}]{{2,}})"
PARTICLE = re.compile(r" (?:de la|de las|de los|del|de|Le|La|van der|van|von) | d['’]")  # 'de la Vega'
RUN = re.compile(rf"(?<![\w@#&]){_WORD}(?: {_WORD})*(?![\w@])")  # capitalised words in a row
BOUNDARY = re.compile(rf"[.!?…][»”\"]?(\s+)(?=[«“\"¡¿{CAP}])")  # between two sentences
_ROLE = _alts(ROLE_NOUNS)
_KIN = _alts(KIN_NOUNS)
_MOD = _alts(KIN_MODIFIERS)
_NOT_ADJ = r"(?!(?:de|del|du|des|en|y|et|que|qui|a|à|con|avec|por|par|para|pour|se|ha|est|es)\b)"
_ADJ = rf"(?:\s+{_NOT_ADJ}(?-i:[{LOW}-]+))"  # "estadounidense", "étoilé"
_DEF = r"(?:(?P<det>el|la|le|al|del|du|au|las|los)\s+|(?P<elided>[ld])['’])"
_AGED = r"(?:\s+de\s+\d{1,3}\s+(?:años|ans))?"  # "la actriz de 38 años |X"
_EX = r"(?:ex-?)?"  # 'el exfutbolista', "l'ex-mannequin": a role held before still names a person
ROLE_BEFORE = _c(rf"(?:\b{_DEF})?\b{_EX}(?P<role>{_ROLE}){_ADJ}{{0,2}}{_AGED}\s+$")  # "el rapero noruego |X"
AGE_IN_ROLE = _c(rf"\b(?:{_ROLE})\s+de\s+(\d{{1,3}})\s+(?:años|ans)\s+$")
ROLE_AFTER = _c(rf"^\s*,\s*{_DEF}{_EX}(?P<role>{_ROLE})\b")  # "X|, la cantante"
DESCRIPTOR = _c(
    rf"(?<!\w){_DEF}{_EX}(?P<role>{_ROLE})\b(?:{_ADJ}){{0,2}}+(?!\s*(?-i:[{CAP}]))"
)  # "la artista"
AGE_AFTER = _c(  # "X|, de 27 años", "X|, 35 ans,", "X| (27)", "X|, âgée de 45 ans", "X|, à 45 ans,"
    r"^\s*(?:,|\()\s*(?:(?:también|ya|ahora|hoy|aussi|désormais|tout juste|aujourd['’]hui)\s+)?"
    r"(?:(?:de|âgée?s?\s+de|con|que tiene|quien tiene|qui a|à|a sus|que acaba de cumplir|"
    r"qui vient d['’]avoir)\s+)?(\d{1,3})(?![\d.])\s*(?:años|ans|printemps)?"
    r"(?:\s+(?:de edad|recién cumplidos|révolus))?\s*[,);.:]"
)
AGE_UNIT = _c(
    r"^\s*(?:,|\()[^,)]*?(?:años|ans|printemps)\b|^\s*\(\s*\d{1,3}\s*\)|^\s*,\s*(?:de\s+)?\d{1,3}\s*,"
)
# "l'actrice |de 45 ans", "la actriz |de 34 años"
AGE_OF = _c(r"^\s+(?:de|âgée?s?\s+de)\s+(\d{1,3})\s+(?:años|ans)\b")
AGE_LEAD = _c(  # "À 45 ans, X", "Âgée de 38 ans, l'actrice X"
    r"\W*(?:a sus|a los|con|à|du haut de ses|âgée?s? de|agée?s? de)\s+(\d{1,3})\s+(?:años|ans)\s*,"
)
# "X| tiene 38 años", "X| est âgée de 38 ans", "X| a 38 ans" (right after the name: 'il y a 38 ans' is a
# time ago)
AGE_VERB = _c(  # not 'a 20 ans de carrière', 'tiene 20 años de casada'
    r"^\s+(?:tiene|est âgée? de|a)\s+(\d{1,3})\s+(?:años|ans)\b(?!\s+d(?:e\b|['’])(?!\s+edad))"
)
AGE_TURNED = _c(
    r"\b(?:cumplió|cumple|ha cumplido|celebró sus|celebra sus|a fêté ses|fête ses|a célébré ses|"
    r"vient d['’]avoir|a soufflé ses|souffle ses|acaba de cumplir|a eu|vient de fêter ses)"
    r"\s+(\d{1,3})\s*(?:años|ans|bougies)?\b"
)
SPEECH_AFTER = _c(rf"^[\s,.!?]*[—–-]?\s*{SPEECH}\b")  # "», aseguró", "», a confié"
SPEECH_BEFORE = _c(rf"\b{SPEECH}(?:\s+\w+ment)?\s+$")  # "a déclaré |X"
# "el empresario aseguró que «...»", "il a affirmé qu'« ... »": a lead-in that reports the words
SPEECH_LEAD = _c(rf"\b{SPEECH}(?:\s+\w+ment)?(?:\s+que|\s+qu['’])?\s*$")
# A speaker told by a description no one was given ('la recién casada', 'le jeune marié'): not
# the last person named. Media ('a la revista') and adverbs are no speakers.
UNKNOWN_SPEAKER = _c(
    r"\s*(?:el|la|los|las|le|les|un|una|une|l['’])\s*(?!(?:revista|prensa|presse|magazine|micro|"
    r"cámara|caméra|público|public|periodista|journaliste)\b)(?-i:[a-zà-ÿ])"
)
ACCORDING = _c(r"^[\s,]*(?:según|selon)\s+")
ACCORDING_BEFORE = _c(r"\b(?:según|selon)\b|^\W*(?:en palabras de|pour|para)\s+[^,]{2,60},\s*$")  # 'Pour X, «
ANON = _c(rf"\b(?:un|una|une|unos|unas|des|su|sus|son|sa|ses|el|la|le|l['’])\s*(?:{_alts(ANONYMOUS)})\b")
KIN_AFTER = _c(rf"^\s*,\s*(?:(?:el|la|los|las|le|les|su|sa|son)\s+|l['’])?(?:(?:{_MOD})\s+)*(?:{_KIN})\b")
# "du célèbre navigateur |X", "de la famosa actriz |Y": a few small words describing the owner
_DESC = rf"(?:(?!(?:su|sus|son|sa|ses|mi|mon|ma|mes|sur|dans|pour)\b){_NOT_ADJ}(?-i:[{LOW}-]+)\s+){{0,3}}"
KIN_POSS = _c(  # "su hermana |X", "son mari, le chef étoilé |X", "su padre, el veterano actor |X"
    rf"\b(?:su|sus|son|sa|ses)\s+(?:(?:{_MOD})\s+)*(?P<kin>{_KIN})(?:\s+(?:{_MOD}))?"
    r"(?:\s+(?:desde|depuis)\s+[^,.;]{1,25}?(?=,))?,?\s+"  # 'su pareja desde hace cinco años, X"
    rf"(?:{_DEF}?(?:{_ROLE}){_ADJ}{{0,2}}\s+|(?:(?:el|la|le|los|las)\s+|[ld]['’]){_DESC})?(?=(?-i:[{CAP}]))"
)
KIN_OF = _c(  # "X|, la hermana menor de |Y", "X|, hija del director |Y"
    rf"\s*,\s*(?:(?:el|la|le|los|las|les)\s+|l['’])?(?:(?:{_MOD})\s+)*(?P<kin>{_KIN})"
    rf"(?:\s+(?:{_MOD}))?\s+(?:del|de|d['’]|du)\s*{_DESC}(?=(?-i:[{CAP}]))"
)
# "la sœur de |Camille|, |Inès Arnaud": the one named after the owner is the kin
KIN_OF_THEN_NAMED = _c(
    rf"\b(?:(?:el|la|le|los|las|les)\s+|l['’])(?:(?:{_MOD})\s+)*(?P<kin>{_KIN})(?:\s+(?:{_MOD}))?"
    rf"\s+(?:de|d['’])\s*(?=(?-i:[{CAP}]))"
)
# "X|, 33 ans, est le frère de la chanteuse |Y", "X| es la hermana menor de |Y": the same as
# KIN_OF said with a verb, an age allowed between, a role allowed before Y.
_AGE_GAP = (  # ', 33 ans,', ', por su parte,' and/or ', que' / ', qui' before the verb
    r"(?:\s*,\s*(?:de\s+)?\d{1,3}\s*(?:años|ans)\s*,)?"
    r"(?:\s*,\s*(?:por su parte|por otro lado|de su lado|de son côté|pour sa part|quant à (?:lui|elle)|"
    r"él también|ella también|lui aussi|elle aussi)\s*,)?"
    r"(?:\s*,?\s*(?:que|qui|quien)(?=\s))?"
)
KIN_IS_OF = _c(
    rf"{_AGE_GAP}\s+(?:es|era|fue|est|était)\s+(?:(?:el|la|le|los|las|les)\s+|l['’])?(?:(?:{_MOD})\s+)*"
    rf"(?P<kin>{_KIN})(?:\s+(?:{_MOD}))?\s+(?:del|de|d['’]|du)\s*{_DEF}?{_DESC}(?=(?-i:[{CAP}]))"
)
# "X| está casada con |Y" (now), "X| estuvo casado con la modelo |Y", "X| était marié à |Y" (over)
_TO_SOMEONE = rf"\s+(?:(?:con|à|avec)\s+{_DEF}?|au\s+)(?:(?:{_ROLE}){_ADJ}{{0,2}}\s+)?(?=(?-i:[{CAP}]))"
# "X|, hija del director Y,| estuvo casada con": an aside between a person and what is said of her
_ASIDE = r"(?:\s*,\s*(?:(?:el|la|le|su|sa|son)\s+)?[\w-]+\s+(?:del|de|du|d['’])\s+[^,.;]{1,50},)?"
MARRIED_NOW = _c(  # 'est marié depuis 2010 à', 'está casada desde 2015 con'
    rf"{_AGE_GAP}\s+(?:(?:está|están|est|sont)\s+(?:casad[oa]s?|mariée?s?)|se casó|se casaron)"
    rf"(?:\s+(?:depuis|desde)\s+(?:\d{{4}}|\w+))?{_TO_SOMEONE}"
)
MARRIED_BEFORE = _c(
    rf"{_ASIDE}{_AGE_GAP}\s+(?:estuvo|estaba|fue|était|a été|avait été)\s+(?:casad[oa]|mariée?)"
    rf"(?:\s+(?:durante|pendant|por)\s+[\w ]{{1,20}}?)?{_TO_SOMEONE}"  # 'durante diez años
)
NAMED_AS_KIN = _c(  # 'su hija, |', "la mère de Léa, l'ancienne mannequin |"
    rf"(?:\b(?:su|sus|son|sa|ses)\s+\w+,?\s+"
    rf"|\b(?:{_KIN})\s+(?:de|d['’])\s*(?-i:[{CAP}])[\w'’-]*(?:\s+(?-i:[{CAP}])[\w'’-]*)*\s*,\s*"
    rf"(?:{_DEF}?(?:\w+\s+)?(?:{_ROLE})\s+)?)$"
)
POSSESSOR = _c(rf"\b(?:{_KIN})(?:\s+(?:{_MOD}))?\s+(?:del|de|d['’]|du)\s*{_DESC}$")  # "la hermana de |X"
BIRTH = _c(r"\b(?:nacid[oa]|née?|de nombre real|de son vrai nom|cuyo nombre real es)\s+$")
NONPERSON = _c(rf"\b(?:{_alts(NONPERSON_BEFORE)})(?:\s+(?:de|del|du|des|d['’]))?\s*$")
WORK_AFTER = _c(rf"^\s*,\s*(?:el|la|le|un|una|une|su|son|sa)\s+(?:\w+\s+)?(?:{_alts(WORK_NOUNS)})\b")
CHARACTER = _c(rf"{CHARACTER_BEFORE}\s*$")
PLACE_PREP = _c(r"\b(?:en|a|de|desde|hacia|in|à|au|aux|dans|depuis|vers)\s+$")
IN_PLACE = _c(r"\b(?:en|a|in|à|dans)\s+$")  # where something is, not where from or of what
# "en el restaurante La Brújula", "au restaurant Le Cabanon", "à l'hôtel Miramar": the name after a
# venue noun may open with its own article.
VENUE_NOUNS = (
    "restaurante restaurant hotel hôtel discoteca club bar café cafetería brasserie bistrot "
    "teatro théâtre palacio palais sala salle estadio stade local chiringuito terraza galería "
    "galerie museo musée casino cine cinéma"
).split()
_VENUE_NAME = rf"(?:[{CAP}][\w’'&.-]*)(?:\s+(?:[{CAP}][\w’'&.-]*|\d+))*"
VENUE_NAMED = re.compile(
    rf"\b(?i:en|au|à|dans|a|al|del|du)\s+(?i:(?:el|la|le|un|una|une)\s+|l['’])?"
    rf"(?i:{_alts(VENUE_NOUNS)})(?:\s+(?-i:[{LOW}]+)){{0,2}}?\s+"
    rf"((?:(?:El|La|Los|Las|Le|Les)\s+|L['’])?{_VENUE_NAME})"
)
VENUE = re.compile(
    rf"\b(?:en el|en la|al|del|au|à la|à l['’]|du)\s+((?:[{CAP}][\w’'&.-]*)(?:\s+(?:[{CAP}][\w’'&.-]*|\d+))*)"
)
