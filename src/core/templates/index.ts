import type { TemplateDescription, TemplateId } from '../template/types';
import { featureSpec } from './feature-spec';
import { technicalSpec } from './technical-spec';

/** Every template, in the order the home page lists them. */
export const templates: readonly TemplateDescription[] = [technicalSpec, featureSpec];

/** Template ids, for zod enums and route params. */
export const templateIds = ['technical-spec', 'feature-spec'] as const satisfies readonly TemplateId[];

/** The description of a template. */
export function getTemplate(id: TemplateId): TemplateDescription {
  return id === 'technical-spec' ? technicalSpec : featureSpec;
}

/** True when `value` names a known template. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (templateIds as readonly string[]).includes(value);
}

export { featureSpec, technicalSpec };
