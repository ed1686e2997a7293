/**
 * Names the spelling rule knows although no French dictionary has them: the
 * mission's acronyms and programmes, the free-software projects and
 * organisations its pages name. Case matters (`BlueHats`, not `bluehats`).
 */
export const PROPER_NOUNS: readonly string[] = [
  // the mission and the administration
  'SILL', 'DINUM', 'BlueHats', 'AMDAC', 'OSPO', 'OSPOs', 'Etalab', 'MLL', 'GTT', 'DSFR', 'RGAA', 'RGI', 'ANSSI', 'CNIL',
  'DGFiP', 'DNUM', 'MTES', 'MEN', 'MESR', 'INRIA', 'Inria', 'CNRS', 'ADULLACT', 'Adullact', 'TECH.GOUV', 'GouvTech',
  'beta.gouv', 'code.gouv.fr', 'data.gouv.fr', 'numerique.gouv.fr', 'Renater', 'RENATER', 'UGAP', 'Mim', 'Libre',
  'Comptoir', 'CoSIM', 'SIG', 'DSI', 'DSIs', 'API', 'APIs', 'FAQ', 'RGPD', 'PLM', 'FranceConnect', 'ProConnect',
  'LaSuite', 'Tchap', 'Resana', 'Osmose', 'Docs', 'Grist', 'Visio', 'Fichiers',
  // projects, forges and organisations
  'GitHub', 'GitLab', 'Forgejo', 'Gitea', 'Codeberg', 'SourceHut', 'Fordj', 'Matomo', 'LibreOffice', 'OnlyOffice',
  'Nextcloud', 'Moodle', 'Drupal', 'WordPress', 'Debian', 'Ubuntu', 'Linux', 'GNU', 'Firefox', 'Thunderbird',
  'PostgreSQL', 'Kubernetes', 'OKDP', 'Python', 'JavaScript', 'TypeScript', 'Rust', 'OW2', 'NLnet', 'OSOR', 'OSI',
  'FSF', 'FSFE', 'April', 'Framasoft', 'Wikipédia', 'Wikipedia', 'Mozilla', 'Apache', 'Eclipse', 'Software', 'Heritage',
  'SWH', 'CeCILL', 'EUPL', 'MPL', 'GPL', 'LGPL', 'AGPL', 'MIT', 'BSD', 'OSXP', 'Paris', 'Open', 'Source', 'Summit',
  'Mastodon', 'Peertube', 'PeerTube', 'Matrix', 'Element', 'Zulip', 'Discourse', 'Jitsi', 'BigBlueButton', 'Speakerdeck',
  'YouTube', 'Twitter', 'LinkedIn', 'Dailymotion', 'Slack', 'Microsoft', 'Google', 'Amazon', 'Oracle', 'COBOL',
  'GnuCOBOL', 'GCOS', 'MedocDB', 'AboutCode', 'Publiccode', 'publiccode.yml', 'Vitam', 'Gaspard', 'Sympa',
]

/** Common words of the field, correct in French pages but absent from dictionary-fr. */
export const FIELD_WORDS: readonly string[] = [
  'open', 'source', 'sources', 'opensource', 'wébinaire', 'wébinaires', 'webinaire', 'webinaires', 'forge', 'forges',
  'mainteneur', 'mainteneurs', 'mainteneuse', 'mainteneuses', 'contributeur', 'contributrice', 'hackathon', 'hackathons',
  'cybersécurité', 'interopérabilité', 'interministériel', 'interministériels', 'interministérielle', 'interministérielles',
  'réutilisateur', 'réutilisateurs', 'réutilisatrice', 'réutilisatrices', 'chatbot', 'chatbots', 'back-end', 'front-end',
  'frontend', 'backend', 'datasets', 'dataset', 'cloud', 'commits', 'commit', 'issues', 'pull', 'request', 'requests',
  'repository', 'repositories', 'dépôts', 'SaaS', 'logiciels', 'libristes', 'libriste', 'newsletter', 'newsletters',
  'podcast', 'podcasts', 'blog', 'blogs', 'meetup', 'meetups', 'tutoriel', 'tutoriels', 'bluehats', 'gazette',
  'visio', 'visios', 'visioconférence', 'webconférence', 'stack', 'pad', 'pads', 'dev', 'devs', 'devops', 'git', 'markdown',
  'json', 'csv', 'pdf', 'odt', 'html', 'release', 'releases', 'backlog', 'template', 'templates', 'dashboard', 'dashboards',
  'datascience', 'dataviz', 'datavisualisation', 'opendata', 'open data', 'mentoring', 'committer', 'committers',
  'roadmap', 'workshop', 'workshops', 'refactoring', 'microservices', 'webservices', 'email', 'emails', 'online', 'offline',
  'fullstack', 'frontend', 'webapp', 'helpdesk', 'standup', 'onboarding', 'gamification', 'crowdsourcing', 'hackfest',
  // the French administration's forms, registers and methods
  'cerfa', 'cerfas', 'Cerfa', 'Sirene', 'SIRENE', 'SIRET', 'SIREN', 'Siret', 'Siren', 'requêtage', 'requêter', 'wireframe', 'wireframes',
  'maquettage', 'valideur', 'valideurs',
  // the public services' words that dictionary-fr lacks (attested: réseau viaire, agent télétravaillable, omnicanal…)
  'viaire', 'viaires', 'multiservice', 'multiservices', 'télétravaillable', 'télétravaillables', 'intrapreneur', 'intrapreneurs',
  'intrapreneure', 'intrapreneures', 'intrapreneuriat', 'investigué', 'investiguée', 'investigués', 'investiguées', 'littératie',
  'littéracie', 'numératie', 'numéracie', 'actionnable', 'actionnables', 'actionnabilité', 'omnicanal', 'omnicanale', 'omnicanales',
  'omnicanaux', 'omnicanalité', 'serviciel', 'servicielle', 'serviciels', 'servicielles', 'bâtimentaire', 'bâtimentaires',
  'maintenancier', 'maintenanciers', 'maintenancière', 'maintenancières',
  'devroom', 'projectathon', 'garagethon', 'datalab', 'médialab', 'pseudonymisation', 'pseudonymiser', 'containerisation',
  'multiplateforme', 'écoresponsabilité', 'éco-responsable', 'cybermenace', 'géoservices', 'webmapping', 'monorepo',
  'versionnement', 'bioinformatique', 'bioinformatiques', 'datascientiste', 'datascientistes', 'explicabilité',
  'interopérer', 'découvrabilité', 'intrapreneuse', 'hyperconvergence', 'triplestore', 'sandboxing', 'scraping',
  'cyber', 'webmail', 'webmails', 'datascientist', 'switchs', 'métavers', 'metavers', 'écoconçu', 'écoconçue', 'écoconçus',
  'écoconçues', 'recetteur', 'recetteurs', 'recetteuse', 'recetteuses', 'choroplèthe', 'choroplèthes', 'facilitant', 'facilitante',
  'facilitants', 'facilitantes', 'introspecter', 'autofiltre', 'autofiltres', 'opérationnalisable', 'opérationnaliser',
  'éditorialisation', 'éditorialiser', 'wikimédien', 'wikimédienne', 'wikimédiens', 'wikimédiennes', 'blogpost', 'blogposts',
  'easyhack', 'easyhacks', 'sysadmin', 'sysadmins', 'devsecops', 'mlops', 'finops', 'low-code', 'no-code', 'open-source',
]

/**
 * Products of the field (free software, services and tools that pages about public
 * free software name), in the case their projects write them; lower-case forms of
 * tools typed as commands (`kubernetes`, `postgres`) are known too.
 */
export const PRODUCTS: readonly string[] = [
  // collaboration, office and communication
  'CryptPad', 'Cryptpad', 'Etherpad', 'etherpad', 'Framadate', 'framadate', 'Framaforms', 'Nuxeo', 'Alfresco', 'Collabora',
  'BigBlueButton', 'bigbluebutton', 'Rocket.Chat', 'RocketChat', 'Mattermost', 'Jitsi', 'Wekan', 'Kanboard', 'Mantis', 'mantis',
  'Redmine', 'Taiga', 'Zimbra', 'Roundcube', 'Thunderbird', 'XWiki', 'MediaWiki', 'DokuWiki', 'Wiki.js', 'Outline', 'Nextcloud',
  'ownCloud', 'Seafile', 'Scenari', 'Moodle', 'Chamilo', 'Mahara', 'Pod', 'Esup', 'Peertube', 'Discourse', 'Signal', 'Element',
  'Twake', 'Linagora', 'OpenProject', 'Penpot', 'Figma', 'Inkscape', 'GIMP', 'Scribus', 'Blender', 'Krita', 'Audacity', 'VLC', 'OBS',
  // data, science and geography
  'Metabase', 'Superset', 'Redash', 'Grafana', 'Kibana', 'Elasticsearch', 'OpenSearch', 'Jupyter', 'JupyterHub', 'Onyxia', 'RStudio',
  'QGIS', 'gvSIG', 'GeoServer', 'GeoNetwork', 'MapServer', 'OpenLayers', 'Leaflet', 'MapLibre', 'OpenStreetMap', 'PostGIS', 'GDAL',
  'OpenRefine', 'CKAN', 'uData', 'udata', 'Dataiku', 'Airflow', 'Spark', 'Hadoop', 'Kafka', 'Keycloak', 'keycloak', 'Vault', 'MinIO',
  'minio', 'Ceph', 'OpenStack', 'Proxmox', 'Docker', 'docker', 'Podman', 'Kubernetes', 'kubernetes', 'Helm', 'Terraform', 'Ansible',
  'Puppet', 'Jenkins', 'SonarQube', 'Nginx', 'nginx', 'Varnish', 'HAProxy', 'Traefik', 'Prometheus', 'Zabbix', 'Nagios', 'Centreon',
  'Wazuh', 'Suricata', 'OpenSSL', 'LibreSSL', 'GnuPG', 'WireGuard', 'OpenVPN', 'Tor', 'Let’s', 'Encrypt',
  // languages, frameworks and libraries
  'PostgreSQL', 'postgresql', 'Postgres', 'postgres', 'MariaDB', 'MySQL', 'SQLite', 'MongoDB', 'Redis', 'Neo4j', 'Node.js', 'NodeJS',
  'nodejs', 'npm', 'npmjs', 'Deno', 'React', 'Vue', 'VueJS', 'Vue.js', 'Nuxt', 'NuxtJS', 'Vuetify', 'Angular', 'Svelte', 'jQuery',
  'jquery', 'Django', 'Flask', 'FastAPI', 'Symfony', 'Laravel', 'Rails', 'Ruby', 'Perl', 'perl', 'PHP', 'Java', 'Kotlin', 'Scala',
  'Golang', 'Haskell', 'OCaml', 'Elixir', 'Erlang', 'Julia', 'Fortran', 'Flutter', 'flutter', 'Dart', 'Qt', 'GTK', 'Electron', 'Tauri',
  'Pandas', 'NumPy', 'SciPy', 'PyTorch', 'TensorFlow', 'Keras', 'scikit-learn', 'Hugging', 'Face', 'Ollama', 'Mistral', 'Llama',
  'Eleventy', 'eleventy', 'Hugo', 'Jekyll', 'Docusaurus', 'Docsify', 'docsify', 'MkDocs', 'Sphinx', 'Storybook', 'Jest', 'Vitest',
  'Playwright', 'Cypress', 'Selenium', 'Webpack', 'Vite', 'Babel', 'ESLint', 'Prettier', 'Supabase', 'Strapi', 'Directus', 'Odoo',
  'Dolibarr', 'Tryton', 'Koha', 'PMB', 'Omeka', 'Islandora', 'Fedora', 'Dataverse', 'Zenodo', 'HAL', 'ORCID', 'Wikidata', 'Wikimedia',
  'Asqatasun', 'Tanaguru', 'Pa11y', 'axe', 'Lighthouse', 'Matomo', 'Plausible', 'Umami', 'Sentry', 'GLPI', 'OCS', 'Fusion',
  'Maven', 'Gradle', 'Tomcat', 'WildFly', 'Hibernate', 'Spring', 'Quarkus', 'Keycloak', 'LemonLDAP', 'OpenLDAP', 'Shibboleth',
  'X-Road', 'Decidim', 'Consul', 'Publik', 'Publicodes', 'publicodes', 'OpenFisca', 'Signalen', 'Démarches', 'Tchap', 'Osmose',
  'JOSM', 'iD', 'MapComplete', 'StreetComplete', 'Wikipédia', 'Mobilizon', 'Pixelfed', 'Lemmy', 'Funkwhale', 'Framagit',
  'dnsmasq', 'curl', 'OpenSSH', 'Debian', 'Fedora', 'Arch', 'Alpine', 'NixOS', 'FreeBSD', 'OpenBSD', 'Emacs', 'Vim', 'Neovim', 'VSCodium',
]
