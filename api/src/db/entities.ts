import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { Activity } from '../project-data/activity.entity.js';
import { Company } from '../project-data/company.entity.js';
import { Enrolment } from '../project-data/enrolment.entity.js';
import { CompetenceShift, GapAnalysis } from '../project-data/gap-analysis.entity.js';
import { Financing, Organisation } from '../project-data/organisation.entity.js';
import { Participant } from '../project-data/participant.entity.js';
import { Project, ProjectPeriod, ProjectTargets } from '../project-data/project.entity.js';
import { ReportingSnapshot } from '../reporting/reporting-snapshot.entity.js';

/** Every entity and embeddable the ORM knows; migrations are generated against this list. */
export const entities = [
  Project,
  ProjectPeriod,
  ProjectTargets,
  Organisation,
  Financing,
  Company,
  Participant,
  Activity,
  Enrolment,
  GapAnalysis,
  CompetenceShift,
  ApiKey,
  AuditEntry,
  ReportingSnapshot,
];
