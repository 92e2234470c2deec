"""The people of the CV corpus: the known content each generated CV renders, as JSON Resume.

Every field here is rendered by every layout that uses the person (make-corpus.py), so this is
also what a perfect import gives back: the `expected.yaml` beside each generated file.
"""

JANE = {
    "lang": "en", "dates": "abbr",
    "basics": {
        "name": "Jane Doe", "label": "Staff Backend Engineer", "email": "jane.doe@example.com",
        "phone": "+49 30 5550 1427", "url": "https://jane-doe.example.com",
        "summary": "Backend engineer with nine years of experience building payment systems in Go, Java and PostgreSQL. "
                   "Tech lead of a six-person platform team.",
        "location": {"city": "Berlin", "countryCode": "DE"},
        "profiles": [
            {"network": "LinkedIn", "username": "jane-doe-example", "url": "https://linkedin.com/in/jane-doe-example"},
            {"network": "GitHub", "username": "janedoe-example", "url": "https://github.com/janedoe-example"},
        ],
    },
    "work": [
        {"name": "Ledgerly", "position": "Staff Backend Engineer", "location": "Berlin, Germany", "startDate": "2021-04",
         "highlights": ["Led the migration of card processing from a PHP monolith to Go services, cutting p99 latency from 1.8 s to 240 ms.",
                        "Designed an idempotent payment state machine on PostgreSQL and Kafka that brought duplicate charges to zero.",
                        "Grew the team from three to six engineers and ran forty interviews."]},
        {"name": "Cartwheel Commerce GmbH", "position": "Senior Backend Engineer", "location": "Hamburg, Germany",
         "startDate": "2018-02", "endDate": "2021-03",
         "highlights": ["Rebuilt checkout as three Java services behind an API gateway, raising conversion by 3.4 %.",
                        "Introduced SLOs and blameless postmortems, halving the mean time to recovery."]},
        {"name": "Parcelwise", "position": "Software Engineer", "location": "Hamburg, Germany", "startDate": "2015-09", "endDate": "2018-01",
         "highlights": ["Built the carrier integration layer connecting 14 carriers through one tracking API.",
                        "Replaced cron-based label generation with a RabbitMQ queue, cutting print time from 9 s to 1.5 s."]},
    ],
    "education": [
        {"institution": "University of Hamburg", "area": "Computer Science", "studyType": "Master of Science", "startDate": "2013-10", "endDate": "2015-09"},
        {"institution": "University of Leeds", "area": "Computer Science", "studyType": "Bachelor of Science", "startDate": "2010-09", "endDate": "2013-06"},
    ],
    "certificates": [{"name": "AWS Certified Solutions Architect – Associate", "date": "2022-03", "issuer": "Amazon Web Services"}],
    "skills": [
        {"name": "Backend", "keywords": ["Go", "Java", "PostgreSQL", "Kafka"]},
        {"name": "Cloud", "keywords": ["AWS", "Kubernetes", "Terraform"]},
        {"name": "Practices", "keywords": ["Code review", "Incident management", "Mentoring"]},
    ],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "German", "fluency": "C1"}, {"language": "Spanish", "fluency": "B1"}],
}

LUKAS = {
    "lang": "de", "dates": "numeric",
    "basics": {
        "name": "Lukas Becker", "label": "Senior Softwareentwickler", "email": "lukas.becker@example.de", "phone": "+49 89 5550 2233",
        "summary": "Softwareentwickler mit zehn Jahren Erfahrung in Java und Kotlin, zuletzt verantwortlich für die Plattform eines Logistikunternehmens.",
        "location": {"city": "München", "countryCode": "DE"},
        "profiles": [{"network": "GitHub", "username": "lbecker-dev", "url": "https://github.com/lbecker-dev"}],
    },
    "work": [
        {"name": "Acme Software GmbH", "position": "Senior Softwareentwickler", "location": "München", "startDate": "2018-03",
         "highlights": ["Migration von zwölf Diensten auf Kubernetes geleitet, Betriebskosten um 30 % gesenkt.",
                        "Einführung von Code-Reviews und Pair Programming im Team von acht Entwicklern."]},
        {"name": "Brezel Logistik AG", "position": "Softwareentwickler", "location": "Augsburg", "startDate": "2015-10", "endDate": "2018-02",
         "highlights": ["Routenplanung in Java entwickelt, die täglich 40.000 Sendungen verarbeitet."]},
        {"name": "Isar Technik KG", "position": "Werkstudent Softwareentwicklung", "location": "München", "startDate": "2013-04", "endDate": "2015-09",
         "highlights": ["Interne Werkzeuge in Python für die Qualitätssicherung gebaut."]},
    ],
    "education": [
        {"institution": "Technische Universität München", "area": "Informatik", "studyType": "M.Sc.", "startDate": "2012-10", "endDate": "2015-09"},
        {"institution": "Universität Augsburg", "area": "Informatik", "studyType": "B.Sc.", "startDate": "2009-10", "endDate": "2012-09"},
    ],
    "certificates": [{"name": "Certified Kubernetes Application Developer", "date": "2021", "issuer": "CNCF"}],
    "skills": [
        {"name": "Programmiersprachen", "keywords": ["Java", "Kotlin", "Python"]},
        {"name": "Frameworks", "keywords": ["Spring Boot", "Quarkus"]},
        {"name": "Werkzeuge", "keywords": ["Docker", "Kubernetes", "GitLab CI"]},
    ],
    "languages": [{"language": "Deutsch", "fluency": "Muttersprache"}, {"language": "Englisch", "fluency": "C1"}, {"language": "Französisch", "fluency": "A2"}],
}

CAMILLE = {
    "lang": "fr", "dates": "abbr",
    "basics": {
        "name": "Camille Martin", "label": "Ingénieure DevOps", "email": "camille.martin@example.fr", "phone": "+33 6 12 34 56 78",
        "summary": "Ingénieure DevOps passionnée par l'automatisation, l'observabilité et les plateformes cloud fiables.",
        "location": {"city": "Lyon", "countryCode": "FR"},
        "profiles": [{"network": "LinkedIn", "username": "camille-martin-example", "url": "https://linkedin.com/in/camille-martin-example"}],
    },
    "work": [
        {"name": "Nuage Services SAS", "position": "Ingénieure DevOps", "location": "Lyon, France", "startDate": "2019-01",
         "highlights": ["Mise en place d'une plateforme Kubernetes pour quarante équipes.", "Réduction du temps de déploiement de 45 à 8 minutes."]},
        {"name": "Banque Rhône SA", "position": "Administratrice systèmes", "location": "Lyon, France", "startDate": "2016-09", "endDate": "2018-12",
         "highlights": ["Automatisation de la gestion de 300 serveurs avec Ansible."]},
        {"name": "Lumière Startup", "position": "Stagiaire DevOps", "location": "Paris, France", "startDate": "2016-02", "endDate": "2016-07",
         "highlights": ["Conception d'une chaîne d'intégration continue avec GitLab CI."]},
    ],
    "education": [
        {"institution": "INSA Lyon", "area": "informatique", "studyType": "Diplôme d'ingénieur", "startDate": "2011-09", "endDate": "2016-07"},
    ],
    "certificates": [{"name": "Certified Kubernetes Administrator", "date": "2020-06", "issuer": "CNCF"}],
    "skills": [
        {"name": "Cloud", "keywords": ["AWS", "GCP", "Terraform"]},
        {"name": "Conteneurs", "keywords": ["Docker", "Kubernetes", "Helm"]},
        {"name": "Langages", "keywords": ["Python", "Bash", "Go"]},
    ],
    "languages": [{"language": "Français", "fluency": "langue maternelle"}, {"language": "Anglais", "fluency": "courant"}, {"language": "Allemand", "fluency": "intermédiaire"}],
}

SOFIA = {
    "lang": "es", "dates": "abbr",
    "basics": {
        "name": "Sofía García", "label": "Desarrolladora Backend", "email": "sofia.garcia@example.es", "phone": "+34 612 345 678",
        "summary": "Desarrolladora backend con experiencia en sistemas distribuidos, APIs REST y bases de datos relacionales.",
        "location": {"city": "Madrid", "countryCode": "ES"},
        "profiles": [{"network": "GitHub", "username": "sofiagarcia", "url": "https://github.com/sofiagarcia"}],
    },
    "work": [
        {"name": "Acme Iberia S.L.", "position": "Desarrolladora Backend", "location": "Madrid, España", "startDate": "2020-01",
         "highlights": ["Diseño de una API de pagos que procesa dos millones de peticiones al día.", "Migración de la base de datos a PostgreSQL sin tiempo de inactividad."]},
        {"name": "Soluciones Web SL", "position": "Programadora Junior", "location": "Valencia, España", "startDate": "2017-03", "endDate": "2019-12",
         "highlights": ["Desarrollo de servicios en Python y Django para clientes del sector turístico."]},
    ],
    "education": [
        {"institution": "Universidad Politécnica de Madrid", "area": "Ingeniería Informática", "studyType": "Grado", "startDate": "2012-09", "endDate": "2016-06"},
    ],
    "certificates": [{"name": "Professional Scrum Master I", "date": "2019-05", "issuer": "Scrum.org"}],
    "skills": [
        {"name": "Lenguajes", "keywords": ["Python", "Go", "SQL"]},
        {"name": "Herramientas", "keywords": ["Docker", "Git", "Linux"]},
    ],
    "languages": [{"language": "Español", "fluency": "nativo"}, {"language": "Inglés", "fluency": "C1"}],
}

MARCUS = {
    "lang": "en", "dates": "numeric",
    "basics": {
        "name": "Marcus Chen", "label": "Senior Data Scientist", "email": "marcus.chen@example.com", "phone": "+1 (415) 555-0134",
        "summary": "Data scientist who ships models to production: forecasting, experimentation and recommendation systems.",
        "location": {"city": "San Francisco", "region": "CA"},
        "profiles": [
            {"network": "LinkedIn", "username": "marcuschen", "url": "https://linkedin.com/in/marcuschen"},
            {"network": "GitHub", "username": "mchen-data", "url": "https://github.com/mchen-data"},
        ],
    },
    "work": [
        {"name": "Acme Analytics Inc.", "position": "Senior Data Scientist", "location": "San Francisco, CA", "startDate": "2019-09",
         "highlights": ["Built the demand forecasting service used for 1,200 stores, reducing stock-outs by 18 %.",
                        "Ran the experimentation platform behind 150 A/B tests a year."]},
        {"name": "Globex Corporation", "position": "Data Scientist", "location": "Seattle, WA", "startDate": "2015-09", "endDate": "2019-08",
         "dates": "Sep. 2015 – Aug. 2019",
         "highlights": ["Developed a churn model that saved 2.3 million dollars in its first year."]},
        {"name": "Initech Labs", "position": "Data Science Intern", "location": "Austin, TX", "startDate": "2014-06", "endDate": "2014-08",
         "dates": "Summer 2014",
         "highlights": ["Prototyped a recommendation engine in Python and Spark."]},
    ],
    "education": [
        {"institution": "Stanford University", "area": "Statistics", "studyType": "M.S.", "startDate": "2013-09", "endDate": "2015-06", "dates": "Sep. 2013 – Jun. 2015"},
        {"institution": "University of Michigan", "area": "Mathematics", "studyType": "B.S.", "startDate": "2009", "endDate": "2013", "dates": "2009 – 2013"},
    ],
    "certificates": [{"name": "TensorFlow Developer Certificate", "date": "2020", "issuer": "Google"}],
    "skills": [{"name": "Python"}, {"name": "R"}, {"name": "SQL"}, {"name": "Spark"}, {"name": "TensorFlow"}, {"name": "Causal inference"}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "Mandarin", "fluency": "Professional working proficiency"}],
}

PRIYA = {
    "lang": "en", "dates": "abbr",
    "basics": {
        "name": "Priya Natarajan", "label": "Senior Product Manager", "email": "priya.n@example.co.uk", "phone": "+44 20 7946 0958",
        "summary": "Product manager for consumer fintech apps, with a background in analytics and a habit of talking to users every week.",
        "location": {"city": "London", "countryCode": "GB"},
        "profiles": [{"network": "LinkedIn", "username": "priya-natarajan", "url": "https://linkedin.com/in/priya-natarajan"}],
    },
    "work": [
        {"name": "Moneybox Ltd", "position": "Senior Product Manager", "location": "London, United Kingdom", "startDate": "2020-02", "dates": "since Feb 2020",
         "highlights": ["Launched the savings goals feature, used by 400,000 customers in its first quarter.", "Set up weekly user research sessions with the design team."]},
        {"name": "Quickbite Ltd", "position": "Associate Product Manager", "location": "London, United Kingdom", "startDate": "2017-01", "endDate": "2019-12",
         "highlights": ["Owned the restaurant onboarding funnel and raised completion from 52 % to 71 %."]},
        {"name": "Northwind Consulting", "position": "Business Analyst", "location": "Manchester, United Kingdom", "startDate": "2014-09", "endDate": "2016-12",
         "highlights": ["Modelled pricing scenarios for retail clients in SQL and Excel."]},
    ],
    "education": [
        {"institution": "University of Warwick", "area": "Economics", "studyType": "BSc", "startDate": "2011", "endDate": "2014", "dates": "2011 – 2014"},
    ],
    "certificates": [{"name": "Certified Scrum Product Owner", "date": "2018-04", "issuer": "Scrum Alliance"}],
    "skills": [{"name": "Roadmapping"}, {"name": "User research"}, {"name": "SQL"}, {"name": "A/B testing"}, {"name": "Jira"}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "Tamil", "fluency": "Native"}, {"language": "French", "fluency": "Intermediate"}],
}

TOM = {
    "lang": "en", "dates": "abbr",
    "basics": {
        "name": "Tom O'Brien", "label": "Site Reliability Engineer", "email": "tom.obrien@example.ie", "phone": "+353 1 555 0199",
        "summary": "Site reliability engineer keeping payment infrastructure fast and boring, with a soft spot for good runbooks.",
        "location": {"city": "Dublin", "countryCode": "IE"},
        "profiles": [{"network": "GitHub", "username": "tobrien", "url": "https://github.com/tobrien"}],
    },
    "work": [
        {"name": "Harbour Payments Ltd", "position": "Site Reliability Engineer", "location": "Dublin, Ireland", "startDate": "2019-02",
         "highlights": ["Cut paging alerts by 60 % by rewriting alert rules around service level objectives.",
                        "Led the move from self-managed Kafka to a managed service."]},
        {"name": "Emerald Hosting Ltd", "position": "Systems Administrator", "location": "Cork, Ireland", "startDate": "2016-09", "endDate": "2019-01",
         "dates": "Sept 2016 – Jan 2019",
         "highlights": ["Ran 2,000 virtual machines across three data centres."]},
    ],
    "education": [
        {"institution": "Trinity College Dublin", "area": "Computer Science", "studyType": "BA", "startDate": "2012", "endDate": "2016", "dates": "2012 – 2016"},
    ],
    "certificates": [{"name": "Google Cloud Professional Cloud Architect", "date": "2021-11", "issuer": "Google Cloud"}],
    "skills": [{"name": "Linux"}, {"name": "Kubernetes"}, {"name": "Prometheus"}, {"name": "Terraform"}, {"name": "Go"}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "Irish", "fluency": "Intermediate"}],
}
