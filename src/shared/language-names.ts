import type { Language } from '../domain/town-schema'

/** Each language by its own name, as readers of it look for it. */
export const LANGUAGE_NAMES: Record<Language, string> = { sl: 'Slovenščina', de: 'Deutsch', hu: 'Magyar', en: 'English' }
