"""The lexical layer for Spanish, with the same policy as the English lexicon.

The embedding model Kindred ships reads English well and Spanish poorly, so in Spanish the
lexicon carries most of the weight: passive ideation, warning signs, plans and means,
method questions under any framing, self-harm, someone else at risk and danger at home are
crisis; distress is concern; idioms ("me muero de risa", "este trabajo me mata") are none.
Patterns run on ``normalize_es`` text: lowercase, no accents, common chat spellings undone.
"""

from __future__ import annotations

import re

from knowledge.safety.lexicon import (
    ASKS_FOR_METHOD,
    DANGER_TO_OTHERS,
    SOMEONE_ELSE_AT_RISK,
    LexicalResult,
    any_of,
)
from knowledge.safety.normalize import normalize, without_accents

CHAT_SPELLINGS: tuple[tuple[str, str], ...] = (
    (r"\b(q|k|ke)\b", "que"),
    (r"\b(xq|pq|porq|xk|pk|porke)\b", "porque"),
    (r"\b(tb|tmb|tbn)\b", "tambien"),
    (r"\bkiero\b", "quiero"),
    (r"\bkieres\b", "quieres"),
    (r"\baki\b", "aqui"),
    (r"\bnd\b", "nada"),
    (r"\bmrir\b", "morir"),
    (r"\bsuicid(arme|arse)\b", r"suicid\1"),
)
_SPELLINGS = tuple((re.compile(p), r) for p, r in CHAT_SPELLINGS)


def normalize_es(text: str) -> str:
    """Lowercase Spanish without accents, stretched letters shrunk, chat spellings undone."""
    text = without_accents(text or "").lower()
    text = re.sub(r"[¿¡*_~]", " ", text)
    text = re.sub(r"([a-z])\1{2,}", r"\1", text)
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


def normalize_for(text: str, language: str) -> str:
    """The text normalized as its language is read: Spanish by ``normalize_es``."""
    return normalize_es(text) if language == "es" else normalize(text)


WANT = r"(quiero|quisiera|queria|deseo|voy a|vo a|pienso|pensando en|pienso en|planeo|planeando|necesito|tengo ganas de|me dan ganas de|ganas de|decidi|estoy lista para|estoy listo para|(mi |la )?(oportunidad|chance) (de|para))"
# Leaving a chat or a group ("dejar de existir en el grupo de la oficina") is no wish to die.
NOT_FROM_A_GROUP = (
    r"(?! (en|de) (el|la|los|las|este|esta|ese|esa|mi|redes|whatsapp|instagram|grupo)\b)"
)
SELF_HARM = (
    r"(matarme|suicidarme|quitarme la vida|acabar con mi vida|acabar con todo|terminar con todo|terminar con mi vida|morirme|morir|desaparecer para siempre|dejar de existir"
    + NOT_FROM_A_GROUP
    + r"|hacerme dano|lastimarme|cortarme|colgarme|ahorcarme|tirarme(?! (a|al|en) (la |el |un |una )?(pile|pileta|piscina|alberca|cama|sillon|sofa|hamaca|playa|arena|pasto|suelo|piso a (dormir|descansar)))|aventarme|envenenarme|darme un tiro|pegarme un tiro)"
)
DRUGS = r"(pastillas|pildoras|tabletas|antidepresivos|medicamentos|paracetamol(es)?|ibuprofenos?|clonazepam|alprazolam|diazepam|lorazepam|tramadol|sertralina|fluoxetina|tylenol|aspirinas?|insulina|litio|benzos?|opioides|fentanilo|mg|miligramos|gramos|rivotril|xanax|somniferos|pastillas para dormir)"
MEANS = r"(pastillas|pildoras|soga|cuerda|arma|pistola|veneno|navaja|cuchilla|cuchillo|raticida)"
OTHER_PERSON = r"((mi|una|un|uno de mis|una de mis) (hijo|hija|hijos|nino|nina|amigo|amiga|mejor amigo|mejor amiga|novio|novia|esposo|esposa|marido|mujer|pareja|mama|madre|papa|padre|hermano|hermana|primo|prima|tio|tia|abuelo|abuela|nieto|nieta|sobrino|sobrina|suegro|suegra|alumno|alumna|alumnos|alumnas|estudiante|companero|companera|roomie|vecino|vecina|cunado|cunada|yerno|nuera|ex|compi|compa|jefe|jefa|padrino|madrina|ahijado|ahijada)|alguien que conozco|(una|un) (chica|chico|nina|nino|muchacha|muchacho|persona) de (mi|la|el) (clase|escuela|colegio|cole|trabajo|oficina|equipo|grupo|barrio|iglesia))"

IDIOMS = any_of(
    # Picking up a prescription: "ya están listas mis pastillas en la farmacia" is an errand,
    # though "las pastillas listas" alone reads as a warning sign to the classifier.
    r"\b(ya )?(estan|esta) (listas?|listos?) (mis |las |los )?(pastillas|medicinas|medicamentos|receta|recetas)\b(?= (en|de) la farmacia)",
    r"\b(mis |las |los )?(pastillas|medicinas|medicamentos|receta|recetas) (ya )?(estan |esta )?(listas?|listos?) (en|para recoger en|para retirar en) la farmacia\b",
    r"\b(me )?(tomo|tome|tomar|tomarme) (tod[oa]s )?(mis |las |los )?(pastillas|medicinas|medicamentos|pildoras)( de (la|el) \w+)? (cada (manana|noche|dia|\d+ horas)|todas las (mananas|noches)|todos los dias|por la (manana|noche)|con (el|la) (desayuno|comida|cena)|a su hora|a tiempo|como me (las|los) recetaron)\b",
    r"\b(recoger|recogi|recojo|retirar|retire|retiro|pasar por|pase por|fui (a )?por|voy (a )?por|comprar|compre|surtir|surti) (mis |las |los )?(pastillas|medicinas|medicamentos|receta|recetas)( de (la|el) \w+)? (a|en|de) la farmacia\b",
    r"\bme (re |super )?(muero|mori|moria) (de|del) (risa|hambre|sueno|ganas|calor|frio|verguenza|envidia|aburrimiento|nervios|amor|la risa|susto|cansancio|asco|sed|miedo)\b",
    r"\bmuert[oa]s? de (cansancio|risa|hambre|sueno|frio|calor|miedo|verguenza|aburrimiento)\b",
    r"\b(me|nos) (mata|matan|esta matando|estan matando) (el|la|los|las|este|esta|estos|estas|mi) \w+",
    r"\b(el|la|este|esta|mi) (trabajo|examen|tarea|jefe|calor|trafico|dolor de \w+|espera|universidad|escuela) (me )?(mata|me esta matando|me va a matar)\b",
    r"\bme (va|van) a matar\b.{0,25}?\b(cuando|si)\b|\bme (va|van) a matar (mi|mis)\b",
    r"\bmatar el (tiempo|rato)\b|\bse (me )?murio (el|la|mi) (celular|telefono|bateria|movil|compu|laptop|planta)\b",
    r"\b(quiero|queria|quisiera|me voy a|ganas de) morir(me)? (de (la |el |lo )?|del )(risa|verguenza|calor|frio|hambre|sed|sueno|aburrimiento|nervios|miedo|envidia|amor|pena|ternura|emocion|felicidad|alegria|gusto|celos|cansancio|lindo|bonito|tierno|rico|bueno|cringe|oso|susto|asco)\b|\bque oso,? me quiero morir\b",
    # Effort said as dying or killing oneself ("me mato estudiando", "me voy a matar en el
    # gym") and a haircut or nails ("me quiero cortar el pelo"): no harm meant.
    r"\b((me|nos) (mato|matamos|mate|voy a matar|vamos a matar|estoy matando|estamos matando|estaba matando|he matado|tengo que matar)|matarme|matandome) (hoy |esta semana |todo el dia |toda la noche |este finde )?(estudiando|trabajando|entrenando|corriendo|limpiando|haciendo (ejercicio|pesas|cardio|tarea)|a (estudiar|trabajar|entrenar)|en el (gym|gimnasio|entreno))\b",
    r"\b(cortar(me|te|se|le|nos)?|me (quiero |voy a |tengo que )?(corto|corte|cortar)|quiero cortarme|voy a cortarme) (el |la |los |las |mi |mis )(pelo|cabello|flequillo|fleco|unas|barba|bigote|puntas|melena|cerquillo|chasquilla|mechas|capas|patillas)\b",
    # Love or missing someone "to death", dancing "till we die": an intensifier.
    r"\b(te|la|lo|los|las|le|les) (quiero|extrano|amo|adoro) a morir\b|\b(bailamos|bailar|bailando|reimos|reir|gozamos|disfrutamos) a morir\b",
    # Diving headfirst into a project; hanging up a hammock; a sauce or a call that "se cortó".
    r"\b(tirarme|me (voy a |vo a )?tir(o|e|ar)) de cabeza (a|al|en) (?!(el |la |los |las )?(vacio|rio|mar|agua|vias?|tren|puente|edificio|balcon|ventana|precipicio|acantilado)\b)",
    r"\bcolgar (la|el|los|las|un|una|unos|unas|mi|mis) (?!(soga|cuerda|cinturon|cinto|sabana|lazo|mecate|cable|corbata)\b)\w+",
    r"\bse me (corto|corta|cortaron|quemo|quemaron) (la|el|los|las|mi|mis) \w+",
    # Cuts and burns while cooking or shaving, or burnt food.
    r"\bme (corte|queme|lastime|hice dano|golpee)\b(?:(?!\b(otra vez|de nuevo|a proposito|porque|para sentir)\b)[^.!?]){0,50}\b(picando|cocinando|haciendo (la |el )?(cena|comida|desayuno|almuerzo|merienda)|preparando (la |el )?\w+|pelando|afeitando|rasurando|depilando|sacando|horneando|planchando|sin querer|jugando|entrenando|en el (gym|gimnasio|futbol|partido)|con (el|un|una|la) (hoja de )?(horno|sarten|plancha|papel|lata|olla))\b",
    # Burnt out on a thesis or a job ("me quemé con la tesis"): exhaustion, not a burn.
    r"\bme (queme|quemo|estoy quemando) con (la|el|mi|este|esta) (tesis|trabajo|carrera|proyecto|estudio|uni|universidad|maestria|doctorado|chamba|curro)\b",
    r"\bme queme (el|la|los|las) (pan|comida|arroz|tostadas?|pizza|torta|galletas|lengua|cafe|sopa|pastel|pollo|carne|frijoles|lentejas|huevos?)\b",
    r"\b(esta|estaba|estan|es|son) (para morirse|de muerte|de morirse)\b",
    r"\b(mi )?ultim[oa] (dia|semana|clase|examen|turno) (de|del|en) (clases?|trabajo|curso|escuela|la (oficina|uni|universidad|escuela)|vacaciones|practicas|el trabajo)\b",
)

# The word alone ("suicidio") in a question about signs, figures, prevention or a story is
# information, as in English; a first-person wish or plan elsewhere in it still counts.
SUICIDE_WORD = re.compile(r"\b(suicidio|suicidios|suicida|suicidas|suicidal)\b")
FIRST_PERSON = re.compile(
    r"\b(yo|me|mi|mis|conmigo|quiero|queria|quisiera|pienso|pensaba|siento|estoy|tengo|he|"
    r"hago|voy|intente|pense|podria|deberia|necesito|puedo|veo|creo|aguanto|soporto|merezco|"
    r"sirvo|considero|planeo|busco|deseo|sueno|imagino)\b"
)
# The word as a subject or a service, not a sign ("una pregunta sobre el suicidio", "la
# línea de prevención del suicidio").
SUICIDE_AS_A_SUBJECT = re.compile(
    r"\b(pregunta|preguntas|documental|pelicula|libro|articulo|podcast|ensayo|clase|charla|"
    r"presentacion|episodio|video|investigacion|proyecto|capacitacion|curso|taller|poema|"
    r"cancion|datos|mitos?|trabajo|tarea|exposicion|monografia|informe|noticia|reportaje|"
    r"serie|obra|tema) (sobre|acerca del?|de|del) (el )?suicidio\b|\b(linea|lineas|telefono|"
    r"prevencion|campana) (de|del|contra el) (prevencion del )?suicidio\b"
)
EXPOSURE = re.compile(
    r"\bsuicidio de (mi|su|un|una|nuestr[oa]|tu) \w+|\b(se suicido|murio por suicidio)\b"
)
FRAMING = any_of(
    r"\b(senales|signos) de (alerta|advertencia|riesgo)\b|\bfactores de riesgo\b",
    r"\b(prevencion|estadisticas?|tasas?|cifras|prevalencia|investigacion|campana|concientizacion|dia mundial)\b",
    # "una chica de mi clase" is a classmate, not a frame
    r"(?<!chica )(?<!chico )(?<!nina )(?<!nino )(?<!alguien )(?<!companero )(?<!companera )"
    r"(?<!amigo )(?<!amiga )(?<!alumno )(?<!alumna )(?<!gente )(?<!uno )(?<!una )"
    r"\b(para|de) (un|una|mi|la) (trabajo|ensayo|tesis|clase|tarea|novela|cuento|libro|pelicula|serie|articulo|presentacion|investigacion|personaje)\b",
    r"\b(personaje|protagonista|novela|pelicula|serie|documental|cancion)\b",
)
# The subject asked about in general: keeps the bare word from reading as the writer's own,
# without holding back the classifier (as ``lexicon.GENERAL_QUESTION``).
GENERAL_QUESTION = any_of(
    r"^\W*(por que|que hace que) (la gente|las personas|alguien|tantas personas|los jovenes|los adolescentes)\b",
    r"\b(como|que) (puedo|debo|se puede|hay que) (ayudar|apoyar|decir|hablar)(le)? (a|con) (alguien|una persona|las personas|la gente)\b (que|con)\b",
)

# An everyday reason anywhere in the message (a move, a new job, leave, a donation) keeps a
# last day, things in order or things given away ordinary: "renuncié, el 28 es mi último
# día", "me mudo, así que voy a regalar la mayoría de mis muebles a la iglesia".
ORDINARY_REASON = (
    r"^(?:(?=[\s\S]*\b(ya no (l[oa]s? )?(voy a necesitar|necesito|necesitare)|para siempre|"
    r"despedi\w*|adios|ya no voy a estar|no voy a estar)\b)|(?![\s\S]*\b(mudanza|me mudo|"
    r"nos mudamos|mudarme|mudarnos|piso nuevo|casa nueva|depa nuevo|departamento nuevo|"
    r"vacaciones|baja (medica|laboral|por maternidad|por paternidad)|maternidad|paternidad|"
    r"jubil\w*|renunci\w*|nuevo (trabajo|laburo|curro|empleo)|trabajo nuevo|iglesia|caridad|"
    r"donar|dono|donacion|beneficencia|boda)\b))[\s\S]*"
)

IDEATION = any_of(
    # Taking all of them at once ("me las tomo todas", "la caja entera de una vez"); taking
    # all of one's pills each morning is adherence, so "todas" alone is not enough.
    r"\b(me (las|los) (voy a )?(tomo|tomar|tomare|tomaria|trago|tragar|tragare|tome|trague) tod[oa]s|tomarmel[ao]s tod[oa]s|tragarmel[ao]s tod[oa]s)\b",
    r"\b(me (voy a )?(tomo|tome|tomar|trago|trague|tragar)|tomarme|tragarme) (tod[oa]s )?(las |mis |el |la )?(pastillas|pildoras|tabletas|frasco|caja)\b.{0,25}\b(de (una|golpe)|de una (sola )?vez|entera|completa|juntas)\b",
    rf"\b(me )?{WANT} (a )?{SELF_HARM}\b",
    r"\b(me quiero|me queria|me voy a|me pienso) (matar|morir|suicidar|colgar|ahorcar|tirar|aventar|envenenar|cortar|lastimar)\b(?<!tirar)(?<!aventar)",
    # Throwing oneself, unless into a pool, onto the sofa or out of a plane on purpose.
    r"\b(me quiero|me queria|me voy a|me pienso) (tirar|aventar)\b(?! (a|al|en) (la |el |un |una )?(pile|pileta|piscina|alberca|cama|sillon|sofa|hamaca|playa|arena|pasto|paracaidas|bungee|tobogan|siesta)\b)",
    # Said flatly, now: "hoy me mato", "mejor me muero" ("me muero de risa" is an idiom, and
    # "ya me mato el calor" is "mató" without its accent: the heat did it).
    r"\b(hoy|ya|mejor|esta noche|ahorita|ahora si|manana) me (mato|suicido|cuelgo|ahorco)\b(?! (de|del|por|con|trabajando|estudiando|en el (gym|gimnasio)|el|la|los|las|este|esta|estos|estas|mi|mis|tu|su|un|una)\b)|\b(hoy|mejor|esta noche) me muero\b(?! (de|del|por|con)\b)",
    r"\bme (tiro|aviento|lanzo|arrojo)\b.{0,12}\b(del|de la|de (un|una)|desde (el|la|un|una|mi)|bajo (el|la|un|una))\b.{0,15}\b(piso|puente|edificio|balcon|azotea|ventana|terraza|techo|tren|metro|vias?|vacio|acantilado|precipicio|camion|barranco)\b",
    r"\bme (tiro|aviento|lanzo|arrojo)\b.{0,12}\b(por (la|una|el|un) (ventana|balcon|barranco|precipicio|acantilado)|al vacio|a las vias|a la via|al tren|al metro)\b",
    r"\bmorir(me)? es (la unica|mi unica|la mejor) (salida|solucion|opcion)\b|\bla unica (salida|solucion) (es|seria) (morir|morirme|matarme|la muerte|desaparecer)\b",
    r"\bsi (manana )?(amanezco|despierto) viv[oa]( manana)? (sera|va a ser|es) (mala suerte|una desgracia|un castigo|una pena)\b|\b(no quiero|odio) (amanecer|despertar(me)?) viv[oa]\b",
    r"\bdesaparecer (del mundo|de este mundo)\b",
    # Wanting to disappear, said alone; not from shame, a chat, a party or for a few days.
    r"\b(quiero|quisiera|solo quiero|nada mas quiero|me gustaria|tengo ganas de) desaparecer\b(?!\s+(de (la|las|los|el|mi|este|esta|aqui|redes|whatsapp|instagram)\b|del (mapa|chat|grupo|trabajo)\b|unos\b|un (rato|tiempo|dia|fin)\b|por (un|unos|una)\b|hasta\b|en\b|a\b|jaja))",
    # A farewell with thanks to everyone, and holding on "before I do something".
    r"\b(hoy|ya|asi que) me despido\b[^?]{0,40}\bgracias (a (todos|todas|ustedes|los que|las que)|por todo)\b",
    r"\b(aguantar|aguanto|resistir|resisto)\b.{0,30}\bantes de hacer (algo|una locura|una tonteria)\b",
    r"\b(suicidarme|quitarme la vida|matarme)\b",
    r"\bojala (no despertar|no despierte|no despertara|no amanezca|no amaneciera|me muera|me muriera|me pase algo|me atropell\w+|me (pille|pillara|arrolle|arrollara|agarre|agarrara|lleve|llevara) (un|una|el|la) (micro|bus|camion|carro|coche|auto|tren|metro|colectivo|camioneta|rayo)|me de algo|no existiera|nunca hubiera nacido|estuviera muert[oa]|me llevara|se acabara todo)\b",
    # Not till a time ("dormir y no despertar hasta el lunes" is a lie-in).
    r"\b(desearia|quisiera|quiero) (no )?(dormir(me)? y )?no (despertar(me)?|existir|haber nacido|estar aqui|estar viv[oa])\b(?! (hasta|antes de) )",
    # Not going on with a course, a job or a relationship ("no quiero seguir en esta
    # relación", "no quiero seguir estudiando derecho"); "así" and "con esto" stay.
    r"\bno (quiero|quisiera) (seguir )?(vivir|viviendo|existir|estar aqui|estar viv[oa]|despertar|seguir)\b(?! (en|con) (el|la|los|las|este|esta|ese|esa|mi|mis|su|sus|un|una) \w+| (estudiando|trabajando|yendo|saliendo|pagando|haciendo|viendo|esperando|intentando|peleando|discutiendo|tomando|usando|jugando|entrenando|con el tratamiento)\b| (hasta|antes de) )",
    r"\b(estarian|estaran|estarian todos|estaria todo|todos estarian|seria) mejor sin mi\b|\bmejor sin mi\b",
    r"\bya no (quiero|puedo) seguir (viviendo|aqui|asi|con vida)\b",
    r"\bno vale la pena (vivir|seguir viviendo|seguir)\b|\bpara que seguir\b",
    r"\bno tengo (razones|motivos|nada|por que|porque|para que) (para |por que |por lo que )?vivir\b",
    r"\b(quiero|quisiera) (irme|estar|reunirme) con (mi|mis) \w+ (que (se )?(murio|fallecio|ya no esta)|en el cielo|al cielo)\b|\b(quiero|quisiera) irme con (el|ella) al cielo\b",
    # Not tired of living somewhere or with something ("cansada de vivir con dolor", "harto
    # de vivir en esta ciudad"): that is asked about, not assumed.
    r"\b(cansad[oa]|hart[oa]) de (vivir(?! (con|en|aqui|alla|lejos|sol[oa]|de alquiler|alquilando|de prestado|al dia|con mis))|estar viv[oa]|existir|la vida)\b",
    r"\b(mejor|preferiria) (estar|estaria) muert[oa]\b|\bojala estuviera muert[oa]\b|\bdeberia morir(me)?\b",
    r"\b(desaparecer|irme) para siempre\b|\bdejar de existir\b" + NOT_FROM_A_GROUP,
    rf"{ORDINARY_REASON}\b(regale|regalando|regalar|he regalado|estoy regalando|regale todas) (mis|todas mis|mi) (cosas|pertenencias|ropa|libros|mascotas?|gat[oa]|perr[oa]|guitarra|coleccion)\b",
    r"\bcartas? de despedida\b|\b(escribi|escribiendo|deje|dejando) (una |unas |las )?(carta|cartas|notas?) (a|para) (mi familia|todos|mis hijos|mi mama|mis papas|mi novi[oa])\b",
    rf"{ORDINARY_REASON}(\b(este es|es|sera) mi ultimo (mensaje|post|dia|adios|cumpleanos)\b|\bmi ultima (noche|publicacion|entrada)\b)",
    r"\b(me despido|me despedi|me estoy despidiendo) de (todos|todo el mundo|ustedes|ti|mi familia)\b|\badios (a todos|para siempre)\b",
    rf"{ORDINARY_REASON}\b(deje|dejando|tengo|ya tengo|puse) (todo|mis cosas|mis papeles|mi testamento|mis cuentas) (arreglad[oa]s?|en orden|listo|listas?|organizad[oa]s?)\b",
    # Affairs put in order: the house or the car put in someone else's name.
    r"\b(puso|puse|pone|pongo|paso|pase|poner|pasar|poniendo|pasando|ha puesto|he puesto) (la casa|el auto|el carro|el coche|la camioneta|los papeles( de la casa| del auto| del carro| del coche)?|sus cuentas|mis cuentas|todo|sus cosas|mis cosas|sus bienes|mis bienes) a nombre de\b(?!.{0,50}\b(herencia|credito|impuestos|hipoteca|prestamo|banco|divorcio|seguro|visa|tramite)\b)",
    r"\b(planea|planeaba|planeando|planifica|planificando|planeo|planee) (su|mi) (propia )?(muerte|suicidio)\b",
    r"\bya (elegi|escogi|decidi|tengo) (la fecha|el dia|la hora|cuando|como)\b",
    rf"\b(tengo|junte|juntando|he juntado|guardo|guarde|guardando|compre|consegui) (las |unas |muchas |suficientes |una |un |el |la )?{MEANS}\b",
    r"\besta noche (lo hago|es la noche|me mato|termino con todo|se acaba todo)\b",
    r"\b(me volvi a|volvi a|sigo|empece a|me estoy|me he vuelto a|otra vez me) (cortar|cortando|lastimar|lastimando|quemar|quemando|hacer dano|haciendo dano|pegar|golpear)(me)?\b(?! (con (la|el) (plancha|sarten|horno|olla|estufa|cafe|agua|aceite|cuchillo|cocina)|cocinando|sin querer|(la|el|los|las) (rodilla|tobillo|espalda|mano|dedo|pie|pelo|brazo|cabeza|unas)))",
    r"\bme (corte|corto|quemo|queme|lastimo|lastime|hago dano|hice dano)\b(?! (el pelo|cocinando|sin querer|con el cuchillo de la cocina|la mano cocinando))",
    r"\bautolesi\w*\b|\bcortarme (los brazos|las piernas|las munecas|las venas)\b",
    r"\b(me tome|tome|me trague|trague) (todas|un monton de|muchas|toda la caja de|un frasco( entero)? de|el frasco( entero)? de|la caja( entera)? de|una caja( entera)? de|un blister( entero)? de) (las |mis )?(pastillas|pildoras|medicinas)\b|\bsobredosis\b",
    r"\b(la proxima|esta vez|la siguiente) (no (voy a|me va a) fallar|si lo (logro|consigo|hago)|no me (salvan|van a salvar))\b",
    r"\b(no creo que|quizas no|tal vez no) (llegue|este|siga) (a manana|aqui manana|viv[oa] manana)\b",
    r"\bnadie me (extranaria|va a extranar|extranaria si)\b",
    r"\b(el mundo|nadie|mi familia|ustedes|ellos) no (perderia|perderian|va a perder|van a perder|pierde|pierden) nada\b(?=.{0,40}\b(si (me muero|muero|no estoy|desaparezco|me voy)|sin mi|conmigo)\b)|\b(el mundo|nadie) no perderia nada\b",
    r"\bme voy (a un lugar|a algun lugar|adonde|donde) (donde )?ya no (duele|hay dolor|sufro|voy a sufrir|me duele)\b",
    r"\b(murio|fallecio|se fue|se murio|perdi a|entierro|funeral)\b.{0,100}\b(quiero|quisiera|solo quiero|me quiero) (irme|estar|reunirme) con (el|ella|ellos|mi \w+)\b",
    # To be wherever the one who died is ("quiero irme con él, estar donde sea que esté").
    r"\b(quiero|quisiera|me quiero|solo quiero) (irme|estar|reunirme) con (el|ella|ellos)\b.{0,20}\b(donde sea que|alla donde|donde quiera que) (este|esten)\b",
    # Better not to wake or get up one day ("sería mejor si un día no me levanto").
    r"\b(seria|sera|es) mejor (si )?(un dia|algun dia) no (me )?(levanto|levantara|despierto|despertara|despertar(me)?|amanezco|amaneciera)\b|\b(seria|sera|es) mejor (si )?no (me )?(levanto|levantara|despierto|despertara|despertar(me)?|amanezco|amaneciera) (nunca )?mas\b",
    # Pills put by for a bad day, or counted ("las estuve contando"); not a cupboard.
    r"\b(juntando|acumulando|ahorrando|escondiendo|he acumulado|he escondido|voy juntando) (las |mis |unas |todas las )?(pastillas|pildoras|tabletas|medicinas)\b|\b(pastillas|pildoras)\b.{0,60}\b(las )?(estuve|estaba|he estado|estoy|sigo) contando\b|\b(estuve|estaba|he estado|estoy|sigo) contando (las|mis) (pastillas|pildoras)\b|\b(tengo guardadas|guardo|he guardado|estoy guardando) (las |mis |unas )?(pastillas|pildoras)\b.{0,40}\b(por si|para cuando|para el dia)\b",
    r"\b(extrano|echo (tanto |mucho |muchisimo )?de menos|extranar) (tanto |mucho |muchisimo )?a (mi|mis) \w+\b.{0,50}\b(solo )?(quiero|quisiera|me quiero) (irme|estar|reunirme|ir) con (el|ella|ellos|ellas)\b",
    r"\b(voy|ire|me voy|vamos) (a ir )?(al|a un|a la|a las) (puente|vias|via del tren|azotea|acantilado|terraza del edificio)\b.{0,60}\b(se acabo|se acaba|se termina|termina todo|se acabo todo|y ya no mas|y fin)\b",
    r"\brecai(da)?\b.{0,60}\bsin (hacerme dano|cortarme|lastimarme|quemarme|autolesion\w*)\b|\b(hacerme dano|cortarme|lastimarme)\b.{0,40}\brecai\b",
    r"\brecai\b.{0,80}\b(la navaja|la cuchilla|las cuchillas|cortarme|me corte|los cortes)\b|\b(otra vez|de nuevo) (la navaja|la cuchilla|las cuchillas)\b",
    # Death shrugged at ("si me muero tampoco pasa nada"), an end set after a date.
    r"\bsi me muero (tampoco|no) (pasa|importa|pasaria|importaria) nada\b",
    r"\b(ahi|alli|despues de eso|con eso) (se )?(termina|acaba) todo para mi\b",
    r"\bestoy (en|arriba de|sobre) (la azotea|la cornisa|el borde del? \w+|el acantilado|la via del tren|las vias del tren)\b(?! (tomando|con (mis|mi|unos|unas)|de fiesta|arreglando|tendiendo|regando|comiendo|cenando|leyendo|haciendo|trabajando))",
)

METHOD_REQUEST = any_of(
    r"\bcuant[oa]s (pastillas|pildoras|gramos|mg|miligramos|tabletas)\b.{0,70}\b(morir|matar|muerte|letal(es)?|mortal(es)?|sobredosis|no despertar)\b",
    r"\bdosis (letal|mortal)\b|\bcantidad (letal|mortal)\b|\b(mayor|mas) letalidad\b|\b(metodos?|formas?|maneras?) de (suicidio|suicidarse|matarse|quitarse la vida)\b",
    r"\b(forma|manera|metodo|modo)s? (mas |menos )?(rapid[oa]|facil|indolor[oa]?|dolorosa|doloroso|efectiv[oa]|letal|segur[oa]|sin dolor) (de|para) (que )?(\w+ ){0,3}(morir|matarse|suicidarse|se suicide|se mate|acabar|quitarse)\b",
    rf"\bcuant[oa]s? (de )?(mis |las |los |estas |esas )?{DRUGS}( de \w+)?( juntas| juntos| de una vez| de golpe)? (es|son|seria|serian|sera|seran) (demasiad[oa]s?|mucho|muchas|muchos|letal|mortal|peligros[oa]s?|suficiente)\b",
    r"\bcomo (matarse|suicidarse|ahorcarse|colgarse|morir|cortarse las venas|envenenarse|quitarse la vida|hacer un nudo de horca)\b",
    r"\b(forma|manera|metodo|modo)s? (mas )?(rapid[oa]|facil|indolor[oa]|segur[oa]|efectiv[oa]|sin dolor) (de|para) (morir|matarse|suicidarse|acabar)\b",
    r"\b(que|cual|cuanta) (altura|puente|edificio|piso)\b.{0,80}\b(morir|matar|mortal|sobrevivir|letal|(ya )?no la (cuente|cuenta|cuentes|contaria))\b",
    r"\b(que|cual|cuanta|la) (dosis|cantidad)\b.{0,50}\b(mortal|letal|matar|matarse|matarl[oa]|morir|muerte)\b",
    r"\b(probabilidad|posibilidad|posibilidades|chance|que tan probable)\b.{0,30}\b(sobrevivir|morir|de que (muera|muere|se muera))\b.{0,40}\b(tira|tiro|lanza|lanzo|cae|salta|salto|avienta)\b",
    r"\bse sobrevive (a )?(una )?(caida|salto)\b|\bsobrevivir (a )?(una )?caida de\b",
    r"\b(donde|como) (compro|consigo|comprar|conseguir|puedo comprar|puedo conseguir) (veneno|raticida|una pistola|un arma|una soga|pastillas sin receta|cianuro)\b",
    r"\b(que|cual) (veneno|pastilla|medicamento|droga)\b.{0,30}\b(mata|matar|mortal|letal|morir)\b",
    r"\b(que|cual) (veneno|pastilla|medicamento|droga|metodo)\b.{0,40}\b(funcionaria|funciona|serviria|sirve|actua|haria efecto)\b",
    # "si me tomo toda la caja, ¿me muero?", "si me tiro del quinto piso, ¿sobrevivo?": whether
    # an act would kill is a lethality question, however it is worded.
    rf"\bsi (me )?(tomo|tomara|tomase|trago|tragara|bebo|bebiera|tiro|tirara|lanzo|lanzara|aviento|aventara|salto|saltara)\b.{{0,50}}\b({DRUGS}|caja|frasco|blister|piso|puente|edificio|azotea|balcon|techo|ventana|vias|tren|acantilado)\b.{{0,40}}\b(me muero|me moriria|moriria|muero|sobreviviria|sobrevivo|me mataria|me mata|seria suficiente|es suficiente|alcanza|alcanzaria|bastaria|basta|no despertaria|no despierto)\b",
    r"\b(toda la caja|todo el frasco|todo el blister|una caja (entera|completa)|un frasco (entero|completo)|todas (mis|las) (pastillas|pildoras))\b.{0,40}\b(alcanza\w*|basta\w*|suficiente|me muero|moriria|morir|me mata\w*|no despert\w*)\b",
    r"\b(alcanza\w*|basta\w*|suficiente)\b.{0,15}\bcon (toda la caja|todo el frasco|una caja (entera|completa)|un frasco (entero|completo)|todas (mis|las) (pastillas|pildoras))\b",
    rf"\bsobrevivi\w* (a )?(tomar(se)?|tragar(se)?|beber(se)?) .{{0,30}}\b({DRUGS}|caja|frasco)\b|\bsobrevivi\w* a (una )?sobredosis de\b",
    # A method asked about someone, a character or oneself: "¿cómo se suicida alguien sin que duela?"
    # (present or conditional only: "descubre cómo se suicidó la víctima" tells a plot)
    r"\bcomo se (suicida\w*|suicide\w*|quitar\w* la vida|quita la vida|ahorca\w*|ahorque\w*|envenena\w*|envenene\w*|cortar\w* las venas|corta las venas)\b",
    r"\bcomo se (mata|mataria)( (alguien|una persona|un personaje|mi personaje|el personaje|la protagonista|el protagonista))?\s*[?.!]*$",
    r"\bcomo (puedo|podria|se puede|uno puede|hago para|haria para) (morir|morirme|matarme|suicidarme|quitarme la vida|ahorcarme|envenenarme|cortarme las venas)\b",
    # How much it takes, what would keep one from waking, a way named by its act.
    r"\bcuant[oa]s? (\w+ ){0,5}(hace falta|hacen falta|se necesita|se necesitan|necesito|necesitaria|haria falta|harian falta) para (matar\w*|morir\w*|no despertar|quitar\w* la vida)\b",
    r"\b(que|cuales|cual) (\w+ )?(pastillas|pildoras|medicamentos|medicinas|venenos?|sustancias?|quimicos?|pastilla)\b.{0,20}\b(me |te |le )?(harian|haria|hacen|hace|sirven|servirian|ayudarian|ayudaria) (para )?(no despertar|morir|dormir para siempre|matar\w*|no volver a despertar)\b",
    r"\bcomo me (ahorco|mato|corto las venas|enveneno|suicido|cuelgo)\b",
    r"\b(forma|manera|metodo|modo)s? (mas |menos )?(rapid[oa]|facil|indolor[oa]?|dolorosa|doloroso|efectiv[oa]|segur[oa]|sin dolor|tranquil[oa]) (de|para) (irse|irme|desaparecer|dejar de existir|no despertar|dormirme para siempre)\b(?! (a|al|para|de(?! este mundo)|del|en|hacia|hasta|con|temprano)\b)",
)

MEANS_QUERY = any_of(
    r"\b(puente|edificio|azotea|acantilado|torre|piso|estacionamiento)s? mas alt[oa]s?\b",
    r"\b(que|cuanta) altura tiene (el|la|ese|esa) (\w+ )?(puente|edificio|torre|acantilado|presa)\b",
    r"\b(a que hora|cuando) pasa (el )?(ultimo |primer )?tren\b",
    # A height asked as a threshold or of a named place ("que puentes miden mas de 25
    # metros", "la altura del puente"), a floor asked for a fall.
    r"\b(puente|edificio|azotea|acantilado|torre|rascacielos|estacionamiento|parking|presa)s?\b.{0,40}\b(miden?|tienen?|de|con|alcanzan?|superan?) (mas de|por encima de|al menos|sobre) \d+ ?(m|metros?|pisos?|plantas?)\b",
    r"\b(la )?altura (del|de la|de ese|de esa|de este|de esta) (\w+ ){0,3}(puente|edificio|torre|acantilado|presa|rascacielos)\b",
    r"\b(caida|salto|altura) (mortal|letal)\b|\b(desde )?(que|cual|cuantos?) (piso|pisos|altura|metros)\b.{0,40}\b(saltar|tirarse|tirarme|caer|caerse|caida|aventarme|aventarse|lanzarme|lanzarse)\b",
)

DANGER = any_of(
    r"\b(mi \w+|el|ella) me (pega|golpea|ahorca|amenaza|amenazo|lastima|pego|golpeo)\b",
    r"\bme (amenazo|amenaza|quiere) (con )?matar(me)?\b",
    # A threat passed on, or tied to leaving: "si lo dejo dice que me va a matar".
    r"\b(dice|dijo|me dijo|me dice|amenazo con|amenaza con) que (me )?(va a|iba a|van a) (matar|pegar|golpear|hacer dano|lastimar)(me)?\b",
    r"\bsi (lo|la|los) dejo\b.{0,30}\b(me (va|van) a|me) (matar|pegar|golpear|hacer dano|lastimar)\b",
    r"\b(las voces|una voz|la voz|algo|alguien) me (dicen?|ordenan?|piden?|repiten?) que (mate|lastime|hiera|ataque|haga dano|me mate|me lastime)\b",
    r"\bno (estoy|me siento) segur[oa] (en (mi )?casa|con (el|ella|mi \w+)|aqui)\b",
    r"\b(quiero|voy a|pienso) (matar|lastimar|golpear|hacerle dano) a (alguien|mi \w+|el|ella|todos)\b|\b(matarlo|matarla|matarlos)\b",
)

THIRD_PARTY_RISK = any_of(
    rf"\b{OTHER_PERSON}\b.{{0,60}}\b(se (quiere|piensa|planea) (matar|morir|suicidar|quitar la vida)|se va a (suicidar|quitar la vida|colgar|ahorcar)|quiere (morir|morirse|matarse|suicidarse|desaparecer|quitarse la vida)|(esta|anda|sigue|ha estado) pensando en (matarse|suicidarse|quitarse la vida|morirse|acabar con (todo|su vida))|piensa en (matarse|suicidarse|quitarse la vida)|(la|lo) va a usar contra (el|ella|si) mism[oa]|(todo )?seria (mas facil|mejor) si (el|ella) no (existiera|estuviera)|(va a|piensa|planea) (matarse|suicidarse|quitarse la vida)|dice que se (quiere|va a) (matar|morir)|habla (otra vez |de nuevo |siempre |todo el tiempo )?de (morir|matarse|suicidarse|quitarse la vida|(acabar|terminar) con (todo(?! (el|la|los|las|lo|eso|esto)\b)|su vida))|se (esta )?(corta|cortando|lastima|lastimando)|dejo una carta|regalo sus cosas|regalando sus cosas|se despidio|intento suicidarse|(planea|planeaba|planeando|planifica) su (propia )?(muerte|suicidio)|tomo (muchas|un monton de) pastillas|no quiere vivir|(piensa|quiere|va a|planea) (terminar|acabar) con (todo(?! (el|la|los|las|lo|eso|esto)\b)|su vida))\b",
    # The means already at hand, or how to die looked up ("ya tiene la cuerda"); a shotgun
    # for ducks, a rope for the washing or bridges for a thesis are not.
    rf"\b{OTHER_PERSON}\b.{{0,60}}\b(ya (tiene|compro|consiguio) (la |una )?(cuerda|soga|veneno)(?! (para|de) (?!(colgarse|ahorcarse|matarse|suicidarse|quitarse)))|(investigando|buscando|averiguando) (sobre )?como (matarse|suicidarse|morir|quitarse la vida))\b",
    rf"\b{OTHER_PERSON}\b.{{0,60}}\b(no contesta|desaparecio|no responde|no aparece)\b.{{0,60}}\b(despues de|desde que|tras) (publicar|su post|un post|un mensaje|escribir)\b",
    # Passive ideation said of someone else ("mi hijo me escribió que ya no quiere seguir",
    # "mi hija dice que se quiere ir con su papá que murió", "ojalá el bus la atropellara").
    rf"\b{OTHER_PERSON}\b.{{0,80}}\b(ya no quiere (seguir( viviendo| aqui| asi)?|vivir|estar aqui|despertar)(?=\s*([,.;:!?]|$|y |pero |que |porque ))|no quiere (seguir viviendo|vivir mas|despertar)|ojala (el|un|la|una) \w+ (la|lo) (atropell|pis|mat)\w*|(ya )?(escogio|eligio) el dia para (irse|reunirse|morir))\b",
    rf"\b{OTHER_PERSON}\b.{{0,80}}\b(se )?(quiere|quisiera|habla de) (irse|ir|reunirse|estar) con (su|el|ella|ellos) ?\w*\b.{{0,40}}\b(que )?(se )?(murio|fallecio|ya no esta)\b",
    rf"\b(desde que|cuando) (se )?(murio|fallecio)\b.{{0,80}}\b{OTHER_PERSON}\b.{{0,60}}\b(habla de|quiere|dice que quiere) (irse|reunirse|estar) con (el|ella|ellos)\b",
    rf"\b{OTHER_PERSON}\b.{{0,60}}\b(desde que|cuando) (se )?(murio|fallecio) (el|la|mi|su) \w+\b.{{0,40}}\b(habla de|quiere|dice que quiere) (irse|reunirse|estar) con (el|ella|ellos)\b",
    # An attempt, talk of death, tiredness of being a weight, hitting or burning themselves.
    rf"\b{OTHER_PERSON}\b.{{0,80}}\b((ya )?no quiere existir|(esta|anda) cansad[oa] de ser (un peso|una carga)|(habia |ha )?intent(o|ado) (colgarse|ahorcarse|quitarse la vida|suicidarse|matarse|tirarse|cortarse las venas)|(lleva \w+ |anda |esta )?hablando de (la muerte|morir|morirse|matarse|suicidarse)|se golpea (la cabeza|contra)|se (quema|esta quemando) (los|las|el|la|con))\b",
    r"\b(diciendo|dice|dijo|decia|me escribio|me dijo|me mando) (que|q) (ya )?no quiere (existir|vivir|seguir viviendo|estar aqui)\b",
    # A farewell in their last message ("su último mensaje decía perdón por todo").
    r"\b(su|el) (ultimo )?(mensaje|whatsapp|audio|post|estado|texto)\b.{0,40}\b(perdon por todo|perdonen (por )?todo|cuiden a \w+|adios para siempre|estaran mejor sin mi|gracias por todo y adios)\b",
    r"\b(me|nos|le|les) (escribio|mando|dijo|dejo|puso)\b.{0,40}\b(perdon por todo|perdonen (por )?todo|adios para siempre|estaran mejor sin mi)\b",
    # "Estaríamos mejor sin él": said of them, never of the writer ("sin mí").
    r"\b(estariamos|estarian|estarias|estaria) (todos |todas )?mejor sin (el|ella|ellos|ellas)\b(?! en (el|la|los|las|este|esta|mi|nuestro|nuestra) )",
    r"\b(alguien|una persona|un chico|una chica|un amigo|una amiga)? ?(que |q )?creo (que|q) se (quiere|va a) (matar|suicidar|quitar la vida)\b",
    # A threat to die tied to being left ("dice que si lo dejo se mata").
    r"\bsi (lo|la|le) (dejo|dejara|dejase|termino|corto)\w*,? (dice que |me dice que )?se (mata|suicida|quita la vida|va a matar|va a suicidar|mataria)\b|\bamenaza con (matarse|suicidarse|quitarse la vida)\b",
    # The same the other way round: a dark or farewell post, then silence.
    rf"\b{OTHER_PERSON}\b.{{0,60}}\b(publico|escribio|subio|posteo|mando)\b.{{0,50}}\b(oscur[oa]s?|de despedida|muy triste|muy raro|muy rara)\b.{{0,60}}\b(nadie sabe nada|no sabemos nada|nadie ha sabido|no contesta|no responde|no aparece|desaparecio|no da senales)\b",
)

DISTRESS = any_of(
    r"\b(triste|deprimid[oa]|depresion|sol[oa]|soledad|ansios[oa]|ansiedad|panico|desesperad[oa]|agotad[oa]|cansad[oa]|llorando|lloro|llore|duelo|estresad[oa]|estres|insomnio|angustia|angustiad[oa]|sin esperanza|inutil|fracasad[oa]|fracaso)\b",
    # empty inside, not an empty stomach, tank or flat
    r"\b(me siento|siento|estoy|me quede|me dejo|me deja|tan|muy|super|re) vaci[oa]\b|\bvacio (por dentro|interior|existencial)\b|\b(un|este|ese) vacio\b",
    r"\b(no puedo mas|ya no puedo|ya no aguanto|no aguanto mas|no doy mas|hart[oa] de todo|no aguanto esta vida)\b",
    r"\b(soy|me siento) (una carga|un estorbo|un problema|basura|nada)\b|\bnadie me (quiere|entiende|escucha)\b|\bnada (tiene sentido|importa)\b",
    r"\b(perdi|se murio|fallecio|murio) (mi|a mi)\b|\bextrano a\b|\bme (dejo|corrieron|despidieron)\b",
)

PAST = any_of(
    r"\bhace (\d+|un|una|dos|tres|cuatro|cinco|unos|unas|varios|varias|muchos|muchas) (anos|meses|ano|mes)\b",
    r"\bcuando (era|tenia) (joven|adolescente|nin[oa]|chic[oa]|\d+)\b|\ben (la prepa|la secundaria|la universidad)\b",
    r"\b(antes|en el pasado) (me cortaba|intente|pensaba en|queria)\b",
)
RECOVERED = any_of(
    r"\b(ya )?lo (supere|he superado)\b|\bahora (estoy|me siento) (bien|mejor|estable)\b|\bestoy (mucho )?mejor\b|\b(llevo|tengo) \w+ (anos|meses) (sin|limpi[oa]|sobri[oa])\b",
)
PRESENT = any_of(
    r"\b(otra vez|de nuevo|volvi a|esta noche|hoy|ahora|ultimamente|estos dias|esta semana|anoche|ayer|todavia|aun|sigo)\b",
)
NEGATED = any_of(
    r"\bno (me voy a|pienso|quiero|voy a) (matar|matarme|suicidar|suicidarme|hacerme dano|lastimarme|morir)\b(?! (pero|aunque))",
    r"\bno (estoy|soy) suicida\b|\bnunca me (mataria|haria dano)\b",
)
SETTLING = any_of(
    r"\b(voy a|ya) (llamar|escribir|hablar con|mandar mensaje)\b|\b(gracias|ya estoy mejor|estoy a salvo|me siento mas tranquil[oa])\b",
)


def scan_es(normalized: str) -> LexicalResult:
    """Score one ``normalize_es`` message with the Spanish rules."""
    result = LexicalResult()
    text, idioms = IDIOMS.subn(" ", normalized)
    if idioms:
        result.reasons.append("idiom ignored")
    text, negations = NEGATED.subn(" ", text)
    if negations:
        result.reasons.append("denies intent")
    result.settling = bool(SETTLING.search(text))
    result.method_request = bool(METHOD_REQUEST.search(text))
    result.distress = bool(DISTRESS.search(text))
    result.means_query = bool(MEANS_QUERY.search(text))
    if DANGER.search(text):
        result.level = "crisis"
        result.reasons.append(DANGER_TO_OTHERS)
    if THIRD_PARTY_RISK.search(text):
        result.third_party = True
        result.level = "crisis"
        result.reasons.append(SOMEONE_ELSE_AT_RISK)
    result.framed = bool(FRAMING.search(text))
    exposure = EXPOSURE.search(text)
    result.distress |= bool(exposure)
    # The bare word counts only said of oneself or alone ("suicidio."), as in English.
    bare_word = (
        bool(SUICIDE_WORD.search(SUICIDE_AS_A_SUBJECT.sub(" ", text)))
        and not (result.framed or exposure or GENERAL_QUESTION.search(text))
        and bool(FIRST_PERSON.search(text) or len(text.split()) <= 3)
    )
    if (IDEATION.search(text) or bare_word) and not result.third_party:
        # "ahora estoy estable" is the recovery itself, not a present sign.
        present = PRESENT.search(RECOVERED.sub(" ", text))
        past_only = PAST.search(text) and RECOVERED.search(text) and not present
        if past_only:
            result.level = _max(result.level, "concern")
            result.reasons.append("past experience, described as over")
        else:
            result.level = "crisis"
            result.reasons.append("suicidal or self-harm language")
    if result.method_request:
        result.level = "crisis"
        result.reasons.append(ASKS_FOR_METHOD)
    if result.level != "crisis" and result.means_query:
        result.level = "crisis" if result.distress else "concern"
        result.reasons.append(
            "question about means after distress" if result.distress else "means question"
        )
    if result.level == "none" and result.distress:
        result.level = "concern"
        result.reasons.append("distress")
    return result


def _max(a: str, b: str) -> str:
    order = ("none", "concern", "crisis")
    return a if order.index(a) >= order.index(b) else b
