import { Project, ProjectPeriod, ProjectTargets } from '../project/project.entity.js';

/** Every entity and embeddable the ORM knows; migrations are generated against this list. */
export const entities = [Project, ProjectPeriod, ProjectTargets];
