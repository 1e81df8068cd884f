import { ValidateNested } from 'class-validator';
import { Int } from 'type-graphql';
import { Priority, labels } from '../enums.js';
import { choice, field, inputType } from '../fields/field.js';
import { between, date, numberWhere, orgNumber, rule, textUpTo, whole } from '../fields/rules.js';
import { CompetenceShift, GapAnalysis } from '../gap-analysis.entity.js';
import type { EntityDescriptor } from './descriptor.js';
import { byId } from './locators.js';

const level = [whole, between(1, 5, 'LEVEL_OUT_OF_RANGE')];

const targetRule = rule(
  'TARGET_BELOW_CURRENT',
  'Målnivån kan inte vara lägre än den nuvarande nivån.',
  (v, o) => typeof v !== 'number' || typeof o.currentLevel !== 'number' || v >= o.currentLevel,
);
const employeesRule = numberWhere('TOO_FEW_EMPLOYEES', 'Antalet berörda anställda måste vara minst 1.', (v) => v >= 1);

export const CompetenceShiftInput = inputType('CompetenceShiftInput', 'One competence area to move from its current to its target level (1–5).', {
  area: field<string>(String, 'Kompetensområdet', 'Name of the competence area, at most 120 characters.', textUpTo(120)),
  currentLevel: field<number>(Int, 'Nuvarande nivå', 'Current level, a whole number 1–5.', level),
  targetLevel: field<number>(Int, 'Målnivån', 'Target level, a whole number 1–5; not below currentLevel.', [...level, targetRule]),
  employeesConcerned: field<number>(Int, 'Antalet berörda anställda', 'Number of employees whose competence must move, at least 1.', [whole, employeesRule]),
  priority: choice(Priority, labels.Priority, 'Prioriteten', 'Priority of the shift.'),
});

const shiftsRules = [
  rule('NOT_A_LIST', 'Kompetensförflyttningarna måste vara en lista.', (v) => Array.isArray(v)),
  () => ValidateNested({ each: true, message: 'Varje kompetensförflyttning måste vara ett objekt.', context: { code: 'INVALID_SHIFT' } }),
];

export const GapAnalysisInput = inputType('GapAnalysisInput', 'A Mind The Gap analysis with its competence shifts (an update replaces the shifts).', {
  companyOrgNumber: field<string>(String, 'Organisationsnumret', 'Organisationsnummer of the analysed company.', [orgNumber], {
    property: 'company',
    ref: 'company',
  }),
  analysedOn: field<string>(String, 'Analysdatumet', 'YYYY-MM-DD.', [date]),
  businessGoals: field<string>(String, 'Affärsmålen', "The company's business goals, free text, at most 10 000 characters.", textUpTo(10_000)),
  shifts: field<object[]>(
    [CompetenceShiftInput.Input],
    'Kompetensförflyttningarna',
    'All competence shifts of the analysis; on update they replace the existing ones.',
    shiftsRules,
    {
      nested: CompetenceShiftInput,
    },
  ),
});

export const gapAnalysis: EntityDescriptor<GapAnalysis> = {
  name: 'GapAnalysis',
  entity: GapAnalysis,
  input: GapAnalysisInput,
  locate: byId(GapAnalysis, 'Gapanalysen', { populate: ['shifts'], orderBy: { shifts: { id: 'asc' } } } as never),
  changes: () => ({ gaps: true }),
  storeNested: (em, analysis, row) => {
    analysis.shifts.removeAll();
    for (const shift of row.shifts as object[]) analysis.shifts.add(em.create(CompetenceShift, { ...shift, analysis } as never));
  },
  populate: ['company.responsiblePartner'],
  reference: () => null,
};
