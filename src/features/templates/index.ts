// Users' own templates: the home page's "Your own templates" (add from a file or text, confirm, remove).

export { templateAccept, UserTemplates, type UserTemplatesProps } from './user-templates';
