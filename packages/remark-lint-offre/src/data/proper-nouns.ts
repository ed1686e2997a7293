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
  'datascience', 'dataviz', 'datavisualisation', 'opendata', 'open data', 'mentoring', 'committer', 'committers', 'beta',
  'roadmap', 'workshop', 'workshops', 'refactoring', 'microservices', 'webservices', 'email', 'emails', 'online', 'offline',
  'fullstack', 'frontend', 'webapp', 'helpdesk', 'standup', 'onboarding', 'gamification', 'crowdsourcing', 'hackfest',
  'devroom', 'projectathon', 'garagethon', 'datalab', 'médialab', 'pseudonymisation', 'pseudonymiser', 'containerisation',
  'multiplateforme', 'écoresponsabilité', 'éco-responsable', 'cybermenace', 'géoservices', 'webmapping', 'monorepo',
  'versionnement', 'bioinformatique', 'bioinformatiques', 'datascientiste', 'datascientistes', 'explicabilité',
  'interopérer', 'découvrabilité', 'intrapreneuse', 'hyperconvergence', 'triplestore', 'sandboxing', 'scraping',
]
