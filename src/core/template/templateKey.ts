import type { ReportTemplate } from './ReportTemplate';

/** A template version's key: "hn-kl01@2". */
export function templateKey(template: Pick<ReportTemplate, 'id' | 'version'>): string {
  return `${template.id}@${template.version}`;
}
