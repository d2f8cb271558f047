"""The words a generated newsroom is made of: people, places, outlets, topics and the claims they make.

Lists are ordered from common to rare: the generator draws from them with a Zipf-like
distribution, so "percent", "government" and "tax" are everywhere and "lithium" is not.
"""

# --- People ---------------------------------------------------------------------------------------
# (first names, surnames, countries, language). Russian names carry their Cyrillic spelling, an alias.
CULTURES = {
    "en": (
        [
            "John",
            "Mary",
            "James",
            "Sarah",
            "Michael",
            "Emma",
            "David",
            "Olivia",
            "Robert",
            "Grace",
            "Thomas",
            "Amy",
            "Daniel",
            "Rachel",
            "Peter",
            "Helen",
            "Mark",
            "Laura",
            "Paul",
            "Kate",
            "Chris",
            "Anna",
            "Joe",
            "Nancy",
        ],
        [
            "Smith",
            "Johnson",
            "Brown",
            "Taylor",
            "Wilson",
            "Davies",
            "Evans",
            "Thompson",
            "Walker",
            "Wright",
            "Robinson",
            "Harris",
            "Clarke",
            "Mitchell",
            "Cooper",
            "Reynolds",
            "Hughes",
            "Fletcher",
            "Gallagher",
            "Whitmore",
            "Okonkwo",
            "Adeyemi",
            "Patel",
            "Sharma",
        ],
        ["US", "GB", "US", "GB", "AU", "CA", "NG", "IN", "IE", "ZA"],
    ),
    "es": (
        [
            "José",
            "María",
            "Juan",
            "Lucía",
            "Carlos",
            "Carmen",
            "Javier",
            "Sofía",
            "Alejandro",
            "Valentina",
            "Andrés",
            "Isabel",
            "Miguel",
            "Paula",
            "Sebastián",
            "Elena",
            "Raúl",
            "Ximena",
        ],
        [
            "García",
            "Rodríguez",
            "Martínez",
            "López",
            "Hernández",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Torres",
            "Flores",
            "Jiménez",
            "Muñoz",
            "Castillo",
            "Ortega",
            "Vargas",
            "Peña",
            "Ibáñez",
        ],
        ["ES", "MX", "AR", "CO", "CL", "PE"],
    ),
    "ru": (
        [
            ("Mikhail", "Михаил"),
            ("Sergei", "Сергей"),
            ("Anna", "Анна"),
            ("Dmitry", "Дмитрий"),
            ("Olga", "Ольга"),
            ("Alexei", "Алексей"),
            ("Yelena", "Елена"),
            ("Nikolai", "Николай"),
            ("Tatiana", "Татьяна"),
            ("Zamir", "Замир"),
            ("Igor", "Игорь"),
            ("Svetlana", "Светлана"),
        ],
        [
            ("Ivanov", "Иванов"),
            ("Petrov", "Петров"),
            ("Smirnov", "Смирнов"),
            ("Kuznetsov", "Кузнецов"),
            ("Sokolov", "Соколов"),
            ("Volkov", "Волков"),
            ("Lebedev", "Лебедев"),
            ("Morozov", "Морозов"),
            ("Kabulov", "Кабулов"),
            ("Novikov", "Новиков"),
            ("Fedorov", "Федоров"),
            ("Orlov", "Орлов"),
            ("Zakharov", "Захаров"),
            ("Belyaev", "Беляев"),
        ],
        ["RU", "RU", "KZ", "BY"],
    ),
    "fr": (
        [
            "Jean",
            "Marie",
            "Pierre",
            "Camille",
            "Nicolas",
            "Chloé",
            "François",
            "Léa",
            "Éric",
            "Amélie",
            "Mamadou",
            "Aïssata",
            "Olivier",
            "Hélène",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Lefèvre",
            "Moreau",
            "Laurent",
            "Girard",
            "Rousseau",
            "Fontaine",
            "Chevalier",
            "Diallo",
            "Traoré",
            "Mercier",
            "Lévêque",
        ],
        ["FR", "FR", "BE", "SN", "CI", "CA"],
    ),
    "pt": (
        [
            "João",
            "Ana",
            "Pedro",
            "Beatriz",
            "Luís",
            "Mariana",
            "Gonçalo",
            "Fernanda",
            "Rafael",
            "Juliana",
            "Tiago",
            "Conceição",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Carvalho",
            "Gonçalves",
            "Araújo",
        ],
        ["BR", "BR", "PT", "AO", "MZ"],
    ),
    "de": (
        ["Hans", "Ursula", "Jürgen", "Katrin", "Matthias", "Annalena", "Wolfgang", "Sabine"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Schäfer", "Köhler", "Wagner"],
        ["DE", "AT", "CH"],
    ),
    "ar": (
        ["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Youssef", "Nour"],
        ["Al-Hassan", "Haddad", "Mansour", "Khalil", "El-Sayed", "Nasser", "Saleh", "Abdullah"],
        ["EG", "JO", "LB", "MA", "AE"],
    ),
}
# How often each culture's people are quoted (the newsroom writes in English, for an international audience).
CULTURE_WEIGHTS = {"en": 50, "es": 14, "ru": 9, "fr": 10, "pt": 9, "de": 4, "ar": 4}

ROLES = ["Member of Parliament", "Senator", "Minister of Finance", "Prime Minister", "President", "Mayor",
         "Governor", "Minister of Health", "opposition leader", "party spokesperson", "Minister of the Interior",
         "economist", "chief executive", "trade union leader", "Minister of Education", "deputy foreign minister",
         "presidential envoy", "central bank governor", "campaign director", "talk show host", ""]  # fmt: skip
PARTIES = ["People's Party", "Labour Party", "Liberal Democrats", "Green Party", "Social Democrats",
           "National Front", "Progressive Alliance", "Conservative Party", "Workers' Party", "Independent",
           "Christian Democrats", "Citizens' Movement"]  # fmt: skip

ORGANISATIONS = ["Ministry of Finance", "National Statistics Office", "Ministry of Health", "Central Bank",
                 "Chamber of Commerce", "Federation of Trade Unions", "Green Party", "Ministry of the Interior",
                 "Taxpayers' Alliance", "Institute for Fiscal Studies", "World Health Organization",
                 "International Monetary Fund", "Farmers' Union", "Kremlin", "European Commission",
                 "Teachers' Association", "Police Federation", "Energy Regulator", "Migration Observatory",
                 "Housing Federation"]  # fmt: skip

# --- Places, organisations, things ------------------------------------------------------------------
PLACES = ["the country", "Texas", "London", "Brazil", "California", "Spain", "Florida", "Nigeria", "France",
          "Mexico", "Ohio", "India", "Russia", "Scotland", "Germany", "New York", "Argentina", "Kenya", "Canada",
          "Portugal", "Lagos", "Madrid", "Paris", "Moscow", "São Paulo", "Chicago", "Ukraine", "Colombia",
          "Wales", "Italy", "Afghanistan", "Manchester", "Australia", "Ireland", "Poland", "Chile", "Peru",
          "Bavaria", "Quebec", "Andalusia", "Catalonia", "Lisbon", "Rio de Janeiro", "Ghana", "South Africa",
          "Egypt", "Turkey", "Japan", "Indonesia", "Pakistan", "Arizona", "Georgia", "Michigan", "Kazakhstan",
          "Senegal", "Belgium", "the Netherlands", "Sweden", "Greece", "Morocco"]  # fmt: skip
REGIONS = ["Europe", "Latin America", "the region", "the world", "Africa", "the EU", "the OECD", "Asia",
           "the Americas", "the G7"]  # fmt: skip
ACTORS = ["the government", "the previous government", "the opposition", "parliament", "Congress", "the mayor",
          "the governor", "the ministry", "the central bank", "the European Union", "the IMF", "the Kremlin",
          "the Taliban", "the city council", "the administration", "the Treasury"]  # fmt: skip
GROUPS = ["families", "workers", "young people", "pensioners", "immigrants", "children", "women", "teachers",
          "nurses", "small businesses", "students", "farmers", "doctors", "police officers", "refugees",
          "single mothers", "veterans", "taxpayers", "tenants", "miners"]  # fmt: skip
PROGRAMMES = ["public schools", "the health service", "defence", "pensions", "the police", "social housing",
              "foreign aid", "roads", "renewable energy", "border security", "universities", "childcare",
              "public transport", "prisons", "the military", "unemployment benefits", "hospitals",
              "research"]  # fmt: skip
COMMODITIES = ["oil", "natural gas", "wheat", "electricity", "coffee", "steel", "beef", "soybeans", "gold",
               "lithium", "copper", "rare earth metals", "fuel", "fertiliser", "sugar", "cocoa"]  # fmt: skip
EVENTS = ["murders", "road deaths", "asylum applications", "arrests", "bankruptcies", "hospital admissions",
          "strikes", "overdose deaths", "burglaries", "evictions", "terror attacks", "wildfires",
          "school closures", "measles cases"]  # fmt: skip
CAUSES = ["air pollution", "smoking", "road accidents", "obesity", "gun violence", "poverty", "alcohol",
          "heat waves", "hospital infections", "drugs"]  # fmt: skip
POLICIES = ["the tax cut", "the new border law", "a higher minimum wage", "the carbon tax", "free school meals",
            "the pension reform", "nuclear power", "the ban on smartphones in schools", "rent control",
            "the trade deal"]  # fmt: skip
CREDITORS = ["China", "the IMF", "foreign banks", "the World Bank", "pension funds", "Russia"]

# (metric, topic): what most claims are about, and the topic an editor files them under.
METRICS = [
    ("unemployment", "Employment"), ("inflation", "Inflation"), ("the tax burden", "Taxes"),
    ("public debt", "Public debt"), ("crime", "Crime"), ("the budget deficit", "Budget"),
    ("house prices", "Housing"), ("net migration", "Immigration"), ("wages", "Wages"),
    ("energy bills", "Energy"), ("child poverty", "Poverty"), ("violent crime", "Crime"),
    ("youth unemployment", "Employment"), ("income tax", "Taxes"), ("petrol prices", "Energy"),
    ("food prices", "Food prices"), ("hospital waiting lists", "Health"), ("GDP", "Economy"),
    ("exports", "Trade"), ("CO2 emissions", "Climate"), ("the murder rate", "Crime"), ("rents", "Housing"),
    ("corporate tax receipts", "Taxes"), ("school funding", "Education"), ("the minimum wage", "Wages"),
    ("life expectancy", "Health"), ("vaccination rates", "Vaccines"), ("renewable energy output", "Energy"),
    ("military spending", "Defence"), ("the trade deficit", "Trade"), ("infant mortality", "Health"),
    ("pension spending", "Pensions"), ("illegal border crossings", "Immigration"), ("opioid deaths", "Health"),
    ("foreign investment", "Economy"), ("the birth rate", "Demography"), ("deforestation", "Environment"),
    ("water consumption", "Water"), ("tourist arrivals", "Tourism"), ("broadband coverage", "Technology"),
]  # fmt: skip

TOPICS = ["Economy", "Taxes", "Employment", "Inflation", "Health", "Education", "Crime", "Immigration",
          "Climate", "Energy", "Housing", "Elections", "Foreign policy", "Defence", "Agriculture", "Transport",
          "Trade", "Budget", "Welfare", "Pensions", "Public debt", "Environment", "Technology", "Science",
          "Covid-19", "Vaccines", "Justice", "Corruption", "Human rights", "Media", "Religion", "Sport",
          "Tourism", "Water", "Food prices", "Wages", "Poverty", "Demography", "Security",
          "Infrastructure"]  # fmt: skip

RISES = ["rose", "fell", "increased", "dropped", "went up", "jumped", "went down", "surged", "declined",
         "climbed", "grew", "shrank"]  # fmt: skip
RISEN = ["risen", "fallen", "increased", "doubled", "gone up", "dropped", "halved", "grown", "tripled"]
TIMEFRAMES = ["last year", "since 2010", "in the last five years", "over the past decade", "this year",
              "since the pandemic", "under this government", "in just two years", "since the election",
              "in the last twelve months", "since the war began", "in the first quarter"]  # fmt: skip
CURRENCIES = ["$", "€", "£", "R$", "₦"]
ORDINALS = ["second", "third", "largest", "fifth", "fourth", "tenth", "smallest"]

# --- Claims: templates, most frequent first ---------------------------------------------------------
# Slots: {metric} {metric_is} {metric_has} {risen} {place} {place2} {named_place} {region} {rise} {pct} {year}
# {money} {small_money} {count} {group} {actor} {programme} {programme2} {commodity} {events} {cause} {policy}
# {timeframe} {ordinal} {creditor} {n}
TEMPLATES_EN = [
    "{Metric} in {place} {rise} by {pct} percent {timeframe}.",
    "{Actor} spent {money} on {programme} in {year}.",
    "{Pct} percent of {group} in {place} live below the poverty line.",
    "{Place} has the highest {metric} in {region}.",
    "Since {year}, {actor} has cut funding for {programme} by {pct} percent.",
    "There were {count} {events} in {place} in {year}, the most on record.",
    "{Metric_is} now lower than in {year}.",
    "{Actor} raised taxes {n} times {timeframe}.",
    "{Place} imports more {commodity} than it produces.",
    "Under {actor}, {metric} {rise} by {pct}%.",
    "{Pct}% of the budget goes to {programme}.",
    "Every year {count} people in {place} die because of {cause}.",
    "{Place} spends more on {programme} than on {programme2}.",
    "{Metric_has} {risen} every year since {year}.",
    "The average salary of {group} in {place} is {small_money} a month.",
    "{Count} jobs were created in {place} in {year}.",
    "{Place} is the {ordinal} producer of {commodity} in the world.",
    "{Place}'s debt is now {pct} percent of GDP.",
    "More than {pct} percent of {group} support {policy}.",
    "In {place}, {metric} reached the highest level since {year}.",
    "The tax on {commodity} will rise by {pct} percent in {year}.",
    "{Place} has {count} fewer police officers than in {year}.",
    "We have cut {metric} in half {timeframe}.",
    "{Place} emits more CO2 than {place2} and {region} combined.",
    "The government of {place} owes {money} to {creditor}.",
    "Half of all new jobs in {place} went to {group} {timeframe}.",
    "Vaccination rates among {group} in {place} are below {pct} percent.",
    "{Actor} has built {count} new homes {timeframe}.",
    "The minimum wage in {place} is the lowest in {region}.",
    "A litre of petrol costs {small_money} in {place}, twice as much as in {place2}.",
    "{Count} {group} left {place} {timeframe}.",
    "{Place} has {pct} percent more {events} than {place2}.",
    "Nobody has paid more tax {timeframe} than {group}.",
    "The {programme} budget is {money} short this year.",
    "{Metric} among {group} {rise} by {pct} percent after {policy} came in.",
]

# A few claims come in the other languages the newsroom covers (no English stemming helps them);
# their places are named ones ("the country" is English).
TEMPLATES_OTHER = {
    "es": [
        "El desempleo en {named_place} subió un {pct} por ciento desde {year}.",
        "El gobierno gastó {n} millones de euros en sanidad en {year}.",
        "El {pct} por ciento de los jóvenes vive bajo el umbral de la pobreza en {named_place}.",
        "La inflación en {named_place} es la más alta desde {year}.",
    ],
    "fr": [
        "Le chômage en {named_place} a augmenté de {pct} % depuis {year}.",
        "Le gouvernement a dépensé {n} millions d'euros pour l'école en {year}.",
        "{Pct} % des jeunes vivent sous le seuil de pauvreté en {named_place}.",
    ],
    "pt": [
        "O desemprego em {named_place} subiu {pct} por cento desde {year}.",
        "O governo gastou {n} milhões de reais com a saúde em {year}.",
        "{Pct} por cento dos jovens vivem abaixo da linha da pobreza em {named_place}.",
    ],
    "ru": [
        "Безработица в регионе выросла на {pct} процентов с {year} года.",
        "Правительство потратило {n} миллионов рублей на здравоохранение в {year} году.",
        "Инфляция в {year} году составила {pct} процента.",
    ],
}
OTHER_LANGUAGE_SHARE = 0.06  # of claims

# How a speaker says it (direct quotes) or how a reporter reports it (paraphrases).
QUOTE_LEADS = ["", "", "", "Let me be clear: ", "The truth is that ", "Look, ", "As I said in parliament, ",
               "The figures are clear: ", "I can tell you that ", "Everybody knows that ", "Make no mistake, ",
               "The facts are simple. "]  # fmt: skip
QUOTE_TAILS = ["", "", "", " That is a fact.", " Nobody talks about it.", " Those are the official numbers.",
               " And it is getting worse.", " We did that.", " Check the figures."]  # fmt: skip
PARAPHRASE_LEADS = ["She said that ", "He said that ", "According to the speaker, ", "The minister claimed that ",
                    "In the debate it was claimed that ", "The post said that ", "He argued that ",
                    "She told reporters that "]  # fmt: skip

# --- Outlets, sources, evidence ---------------------------------------------------------------------
OUTLET_WORDS = ["Daily", "Times", "Herald", "Post", "Tribune", "Courier", "Observer", "Chronicle", "News",
                "Gazette", "Journal", "Star", "Mirror", "Independent", "Express", "Record", "Sentinel",
                "Monitor", "Telegraph", "Standard"]  # fmt: skip
OUTLET_PLACES = ["National", "Metro", "Capital", "Northern", "Southern", "Evening", "Morning", "City", "Sunday",
                 "Global", "Lagos", "Madrid", "Lisbon", "Moscow", "Paris", "Texas", "Ohio", "Rio", "Atlantic",
                 "Pacific", "Valley", "Coast", "Highland", "Eastern", "Western", "Continental"]  # fmt: skip
BROADCASTERS = ["Radio", "TV", "Channel", "Broadcasting", "FM", "Network"]
SOURCE_LANGUAGES = [("en", 85), ("es", 5), ("fr", 4), ("ru", 3), ("pt", 3)]
SOURCE_KINDS = [("article", 62), ("transcript", 10), ("speech", 7), ("video", 6), ("social_post", 8),
                ("press_release", 4), ("official_document", 3)]  # fmt: skip
SECTIONS = ["politics", "news", "economy", "world", "opinion", "business", "local", "health", "live"]
TITLE_PATTERNS = [
    "{Speaker} on {metric}: what was said",
    "{Place} debate: {metric} and {metric2} dominate",
    "{Speaker} defends record on {metric}",
    "Full transcript: {Speaker} interview",
    "{Metric} row deepens as {speaker_surname} hits back",
    "Live: {Place} parliament debates {programme}",
    "{Speaker} speech on {programme}",
    "What {speaker_surname} got wrong about {metric}",
    "{Place} election: candidates clash over {metric}",
    "Press conference with {Speaker}",
]
SOCIAL_HOSTS = ["x.com", "facebook.com", "instagram.com", "tiktok.com", "youtube.com", "t.me"]

EVIDENCE_SOURCES = [
    ("National Statistics Office", "stats.gov.example"), ("World Bank", "data.worldbank.org"),
    ("Eurostat", "ec.europa.eu"), ("OECD", "data.oecd.org"), ("IMF", "imf.org"),
    ("Office for National Statistics", "ons.gov.uk"), ("Bureau of Labor Statistics", "bls.gov"),
    ("INE", "ine.es"), ("IBGE", "ibge.gov.br"), ("INSEE", "insee.fr"), ("Rosstat", "rosstat.gov.ru"),
    ("World Health Organization", "who.int"), ("Ministry of Finance", "finance.gov.example"),
    ("Parliament records", "parliament.example"), ("UNHCR", "unhcr.org"), ("Our World in Data", "ourworldindata.org"),
]  # fmt: skip
EXPLANATIONS = [
    "Official figures from {agency} show that {metric} {rise} by {pct2} percent {timeframe}, not {pct} percent.",
    "The claim uses {year} as its starting point; measured from {year2}, the change is much smaller.",
    "{Agency} data for {year} confirm the figure, although the definition changed in {year2}.",
    "We could not find any source for the number; the ministry did not answer our questions.",
    "Experts we spoke to said the comparison leaves out inflation.",
    "The figure counts {group} only, while the claim speaks of everyone.",
    "The latest report, published in {year}, puts the number at {count}.",
    "The speaker's office pointed us to a study that does not support the claim.",
]
CORRECTION_NOTES = [
    "We updated the rating after {agency} revised its figures.",
    "An earlier version cited the wrong year for the {agency} data.",
    "The rating was changed after new evidence from {agency} came to light.",
    "We added a more recent source from {agency}.",
]
RETRACTION_NOTES = [
    "We retracted this verdict: the figures we relied on were withdrawn by {agency}.",
    "Retracted after we found the quote was taken out of context.",
]
