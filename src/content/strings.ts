/**
 * Every word the card adds around the essay. `{name}` marks a value filled in when rendered.
 * A site overrides any of them per card through the `strings` property; the table used is chosen
 * by the `lang` of the card or its nearest ancestor.
 */
export interface CardStrings {
  /** Byline under the essay's title. */
  byline: string;
  /** Link to the essay where it was first published. */
  sourceLink: string;
  /** Heading of the list of places to get help. */
  helpHeading: string;
  /** One calm sentence above the list. */
  helpIntro: string;
  /** The words before the button that calls the region's emergency number; `{number}` may name it. */
  emergency: string;
  /** The button that calls the region's emergency number. */
  emergencyCall: string;
  /** The same step when the region's emergency number is not known. */
  emergencyUnknown: string;
  /** Label of the region control. */
  region: string;
  /** The region control's choice for no particular region. */
  regionAnywhere: string;
  /** Shown on a national line when no region is chosen: where it serves. */
  serves: string;
  /** Shown after the default list: when its facts were checked. */
  checked: string;
  /** Label of a resource's opening hours. */
  hours: string;
  /** The default list's hours "24/7", as this language says it. */
  hoursAlways: string;
  /** The default list's hours "… daily": `{times}` is the span, for example 09:00–24:00. */
  hoursDaily: string;
  /** Label of the languages a resource answers in. */
  languages: string;
  /** The call action. */
  call: string;
  /** The text action, without a keyword. */
  text: string;
  /** The text action, with the keyword to send. */
  textKeyword: string;
  /** The chat action. */
  chat: string;
  /** The website action. */
  website: string;
  /** The email action. */
  email: string;
  /** Heading of the offer to write to someone the reader trusts. */
  reachOutHeading: string;
  /** One sentence under it. */
  reachOutIntro: string;
  /** The message itself, unless the `reachOutMessage` property gives another. */
  reachOutMessage: string;
  /** The link that opens the reader's messages app with the message filled in. */
  reachOutText: string;
  /** The button that copies the message. */
  reachOutCopy: string;
  /** Said when the message was copied. */
  reachOutCopied: string;
  /** Said when the browser would not copy. */
  reachOutCopyFailed: string;
  /** The control that opens every section. */
  expandAll: string;
  /** The control that closes every section. */
  collapseAll: string;
  /** Said at the end of the essay: the section headings are the card's, not the author's. */
  headingsNote: string;
}

export const en: CardStrings = {
  byline: 'By {author}. First published by {publisher}, {date}.',
  sourceLink: 'Read it on {publisher}',
  helpHeading: 'Talk to someone now',
  helpIntro: 'If you are struggling, you do not have to face it alone. You can reach someone here.',
  emergency: 'If you are in immediate danger:',
  emergencyCall: 'Call {number}',
  emergencyUnknown: 'If you are in immediate danger, call your local emergency number.',
  region: 'Showing help for',
  regionAnywhere: 'Anywhere',
  serves: 'Serves: {regions}',
  checked: 'Details checked {date}.',
  hours: 'Hours: {hours}',
  hoursAlways: '24/7',
  hoursDaily: '{times} daily',
  languages: 'Languages: {languages}',
  call: 'Call {phone}',
  text: 'Text {sms}',
  textKeyword: 'Text {keyword} to {sms}',
  chat: 'Chat online',
  website: 'Visit website',
  email: 'Email',
  reachOutHeading: 'Reach out to someone you trust',
  reachOutIntro: 'Send this to a friend or someone close. You choose who it goes to.',
  reachOutMessage: 'I am having a hard time right now. Could we talk?',
  reachOutText: 'Send as a text',
  reachOutCopy: 'Copy message',
  reachOutCopied: 'Copied. Paste it into a message to someone you trust.',
  reachOutCopyFailed: 'Could not copy. Select the message above to copy it.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  headingsNote: 'The section headings were added for this card; they are not part of the original essay.',
};

export const es: CardStrings = {
  byline: 'Por {author}. Publicado originalmente en {publisher}, {date}.',
  sourceLink: 'Leer en {publisher}',
  helpHeading: 'Habla con alguien ahora',
  helpIntro: 'Si estás pasando por un momento difícil, no tienes que afrontarlo sin ayuda. Aquí hay personas con quienes puedes hablar.',
  emergency: 'Si estás en peligro inmediato:',
  emergencyCall: 'Llamar al {number}',
  emergencyUnknown: 'Si estás en peligro inmediato, llama al número de emergencias de tu zona.',
  region: 'Ayuda para',
  regionAnywhere: 'Cualquier país',
  serves: 'Disponible en: {regions}',
  checked: 'Datos comprobados el {date}.',
  hours: 'Horario: {hours}',
  hoursAlways: 'las 24 horas, todos los días',
  hoursDaily: '{times}, todos los días',
  languages: 'Idiomas: {languages}',
  call: 'Llamar al {phone}',
  text: 'Enviar SMS al {sms}',
  textKeyword: 'Enviar {keyword} al {sms}',
  chat: 'Chatear en línea',
  website: 'Visitar el sitio web',
  email: 'Correo electrónico',
  reachOutHeading: 'Escribe a alguien de confianza',
  reachOutIntro: 'Envíaselo a alguien cercano. Tú eliges a quién.',
  reachOutMessage: 'Estoy pasando por un momento difícil. ¿Podemos hablar?',
  reachOutText: 'Enviar por SMS',
  reachOutCopy: 'Copiar mensaje',
  reachOutCopied: 'Copiado. Pégalo en un mensaje a alguien de confianza.',
  reachOutCopyFailed: 'No se pudo copiar. Selecciona el mensaje de arriba para copiarlo.',
  expandAll: 'Desplegar todo',
  collapseAll: 'Plegar todo',
  headingsNote: 'Los títulos de las secciones se añadieron para esta tarjeta; no forman parte del ensayo original.',
};

export const fr: CardStrings = {
  byline: 'Par {author}. Publié initialement sur {publisher}, {date}.',
  sourceLink: 'Lire sur {publisher}',
  helpHeading: 'Parler à quelqu’un maintenant',
  helpIntro: 'Si vous traversez une période difficile, vous n’avez pas à y faire face sans aide. Voici à qui vous pouvez parler.',
  emergency: 'Si vous êtes en danger immédiat :',
  emergencyCall: 'Appeler le {number}',
  emergencyUnknown: 'Si vous êtes en danger immédiat, appelez le numéro d’urgence local.',
  region: 'Aide pour',
  regionAnywhere: 'Partout',
  serves: 'Disponible : {regions}',
  checked: 'Informations vérifiées le {date}.',
  hours: 'Horaires : {hours}',
  hoursAlways: '24 h/24, 7 j/7',
  hoursDaily: '{times}, tous les jours',
  languages: 'Langues : {languages}',
  call: 'Appeler le {phone}',
  text: 'Envoyer un SMS au {sms}',
  textKeyword: 'Envoyer {keyword} au {sms}',
  chat: 'Discuter en ligne',
  website: 'Voir le site',
  email: 'Écrire un courriel',
  reachOutHeading: 'Écrire à une personne de confiance',
  reachOutIntro: 'Envoyez ce message à un proche. C’est vous qui choisissez à qui.',
  reachOutMessage: 'Je traverse une période difficile. On pourrait se parler ?',
  reachOutText: 'Envoyer par SMS',
  reachOutCopy: 'Copier le message',
  reachOutCopied: 'Copié. Collez-le dans un message à une personne de confiance.',
  reachOutCopyFailed: 'Impossible de copier. Sélectionnez le message ci-dessus pour le copier.',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  headingsNote: 'Les titres des sections ont été ajoutés pour cette carte ; ils ne font pas partie du texte original.',
};

/** The tables the package ships, by primary language subtag. */
export const stringTables = { en, es, fr } as const satisfies Readonly<Record<string, CardStrings>>;

/** A language the card ships its words in. */
export type CardLanguage = keyof typeof stringTables;

/** The language of the table the card uses for a page language: its own, else English. */
export function cardLanguage(lang: string): CardLanguage {
  const primary = lang.split('-')[0].toLowerCase();
  return Object.hasOwn(stringTables, primary) ? (primary as CardLanguage) : 'en';
}
