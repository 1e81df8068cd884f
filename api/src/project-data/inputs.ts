/**
 * What staff may write, and the rules it must satisfy. The same classes and rules serve the GraphQL
 * mutations and the CSV import, so a value accepted by one is accepted by the other.
 *
 * Rules are our own class-validator decorators rather than the built-in ones so that every failure
 * carries a stable English code and a Swedish message (in the constraint context and message).
 * Each rule ignores a blank value; only `Required` speaks about absence, so a missing value is
 * reported once.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { registerDecorator, ValidateNested, validateSync } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { type FieldError, fieldErrorsOf } from '../errors/graphql-errors.js';
import { ActivityKind, EducationLevel, FinancingForm, Gender, OrganisationKind, Priority, Region, SizeClass, Theme, labels } from './enums.js';
import { normaliseSni } from './industries.js';
import { isMunicipalityCode, municipalities } from './municipalities.js';
import { formatOrgNumber, normaliseOrgNumber } from './org-number.js';

// ---------------------------------------------------------------------------------------------
// Rule plumbing

type Test = (value: unknown, object: Record<string, unknown>) => boolean;
type Message = string | ((value: unknown, object: Record<string, unknown>) => string);

export const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function rule(code: string, message: Message, test: Test, checkBlank = false): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: code,
      target: target.constructor,
      propertyName: String(propertyKey),
      options: {
        message: (args) => (typeof message === 'function' ? message(args.value, args.object as Record<string, unknown>) : message),
        context: { code },
      },
      validator: {
        validate: (value, args) => (!checkBlank && isBlank(value)) || test(value, args?.object as Record<string, unknown>),
      },
    });
  };
}

const Required = (label: string) => rule('REQUIRED', `${label} måste anges.`, (value) => !isBlank(value), true);

const MaxLength = (label: string, max: number) =>
  rule('TOO_LONG', `${label} får vara högst ${max} tecken.`, (value) => typeof value === 'string' && value.length <= max);

const IsText = (label: string) => rule('NOT_TEXT', `${label} måste vara text.`, (value) => typeof value === 'string');

function OneOf(label: string, enumObject: Record<string, string>, swedish: Record<string, string>): PropertyDecorator {
  const allowed = Object.values(enumObject);
  const list = allowed.map((v) => `${v} (${swedish[v]})`).join(', ');
  return rule('INVALID_ENUM', `${label} måste vara ett av: ${list}.`, (value) => typeof value === 'string' && allowed.includes(value));
}

const IsWhole = (label: string) => rule('NOT_AN_INTEGER', `${label} måste vara ett heltal.`, (value) => Number.isInteger(value));

const IsDecimal = (label: string, decimals: number) =>
  rule(
    'INVALID_NUMBER',
    `${label} måste vara ett tal med högst ${decimals === 1 ? 'en decimal' : `${decimals} decimaler`}.`,
    (value) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-6,
  );

const IsBool = (label: string) => rule('NOT_A_BOOLEAN', `${label} måste vara ja eller nej.`, (value) => typeof value === 'boolean');

/** A calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
const IsDate = (label: string) => rule('INVALID_DATE', `${label} måste vara ett datum på formen ÅÅÅÅ-MM-DD, t.ex. 2024-03-15.`, isLocalDate);

const Between = (label: string, min: number, max: number, code = 'OUT_OF_RANGE') =>
  rule(code, `${label} måste vara mellan ${min} och ${max}.`, (value) => typeof value !== 'number' || (value >= min && value <= max));

const OrgNumber = (label: string) =>
  rule(
    'INVALID_ORG_NUMBER',
    (value) =>
      typeof value === 'string' && /^\d{6}-?\d{4}$/.test(value.replace(/\s/g, ''))
        ? `${label} ${value} är inte giltigt: kontrollsiffran stämmer inte.`
        : `${label} måste vara tio siffror, t.ex. 556012-5790.`,
    (value) => typeof value === 'string' && normaliseOrgNumber(value) !== null,
  );

// Who an input names by id or name: an organisation. Resolved against the database later.
const OrganisationRef = (label: string) => [Required(label), IsText(label), MaxLength(label, 200)];

function apply(...decorators: (PropertyDecorator | PropertyDecorator[])[]): PropertyDecorator {
  return (target, key) => decorators.flat().forEach((d) => d(target, key));
}

// ---------------------------------------------------------------------------------------------
// Inputs

@InputType({ description: 'An organisation in the project. The name is unique.' })
export class OrganisationInput {
  @Field(() => String, { description: 'Name, at most 200 characters; unique, ignoring case.' })
  @apply(Required('Namnet'), IsText('Namnet'), MaxLength('Namnet', 200))
  name!: string;

  @Field(() => OrganisationKind, { description: 'The role the organisation has in the project.' })
  @apply(Required('Organisationstypen'), OneOf('Organisationstypen', OrganisationKind, labels.OrganisationKind))
  kind!: OrganisationKind;

  @Field(() => Region, { nullable: true, description: 'Empty for national organisations.' })
  @apply(OneOf('Regionen', Region, labels.Region))
  region?: Region | null;
}

@InputType({ description: "One financier's contribution." })
export class FinancingInput {
  @Field(() => String, { description: 'The financing organisation, by id or exact name.' })
  @apply(OrganisationRef('Finansiären'))
  financier!: string;

  @Field(() => Float, { description: 'Amount in Swedish kronor, at most two decimals (öre). Stored as öre.' })
  @apply(
    Required('Beloppet'),
    IsDecimal('Beloppet', 2),
    rule('AMOUNT_NOT_POSITIVE', 'Beloppet måste vara större än 0 kronor.', (v) => typeof v !== 'number' || v > 0),
    rule('AMOUNT_TOO_LARGE', 'Beloppet får vara högst 10 000 000 000 kronor.', (v) => typeof v !== 'number' || v <= 1e10),
  )
  amountSek!: number;

  @Field(() => FinancingForm, { description: 'Cash or in kind.' })
  @apply(Required('Finansieringsformen'), OneOf('Finansieringsformen', FinancingForm, labels.FinancingForm))
  form!: FinancingForm;

  @Field(() => Boolean, { description: 'True when the amount is illustrative, not the real split.' })
  @apply(IsBool('Demomarkeringen'))
  isDemo: boolean = false;
}

@InputType({ description: 'A company the project supports. orgNumber is the natural key.' })
export class CompanyInput {
  @Field(() => String, { description: 'Organisationsnummer, "556012-5790" or "5560125790"; the check digit is verified.' })
  @apply(Required('Organisationsnumret'), OrgNumber('Organisationsnumret'))
  orgNumber!: string;

  @Field(() => String, { description: 'Company name, at most 200 characters.' })
  @apply(Required('Företagsnamnet'), IsText('Företagsnamnet'), MaxLength('Företagsnamnet', 200))
  name!: string;

  @Field(() => Region, { description: 'The region (county) the company is in; must contain municipalityCode.' })
  @apply(Required('Regionen'), OneOf('Regionen', Region, labels.Region))
  region!: Region;

  @Field(() => String, { description: "SCB's four-digit municipality code, in the given region." })
  @apply(
    Required('Kommunkoden'),
    rule(
      'UNKNOWN_MUNICIPALITY',
      (v) => `Kommunkoden ”${String(v)}” är inte en av SCB:s koder för Skånes och Blekinges 38 kommuner (t.ex. 1280 för Malmö).`,
      (v) => typeof v === 'string' && isMunicipalityCode(v),
    ),
    rule(
      'MUNICIPALITY_NOT_IN_REGION',
      (v, o) => `Kommunen ${municipalities[String(v)]?.name} (${String(v)}) ligger i ${labels.Region[municipalities[String(v)]!.region]}, inte i ${labels.Region[o.region as Region]}.`,
      (v, o) => typeof v !== 'string' || !isMunicipalityCode(v) || !Object.values(Region).includes(o.region as Region) || municipalities[v]!.region === o.region,
    ),
  )
  municipalityCode!: string;

  @Field(() => String, { description: 'SNI 2007 code, 2–5 digits; dots are allowed ("25.620").' })
  @apply(
    Required('SNI-koden'),
    rule('INVALID_SNI', 'SNI-koden måste vara 2–5 siffror enligt SNI 2007, t.ex. 25.620.', (v) => typeof v === 'string' && normaliseSni(v) !== null),
  )
  sniCode!: string;

  @Field(() => SizeClass, { description: 'EU size class by number of employees.' })
  @apply(Required('Storleksklassen'), OneOf('Storleksklassen', SizeClass, labels.SizeClass))
  sizeClass!: SizeClass;

  @Field(() => String, { description: 'Date the company joined, YYYY-MM-DD.' })
  @apply(Required('Anslutningsdatumet'), IsDate('Anslutningsdatumet'))
  joinedOn!: string;

  @Field(() => String, { description: 'The responsible partner organisation, by id or exact name.' })
  @apply(OrganisationRef('Den ansvariga partnern'))
  responsiblePartner!: string;
}

// A reference must be a pseudonym: a name or a personnummer would make it personal data in itself.
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PERSONNUMMER = /^(\d{2})?\d{6}[-+]?\d{4}$/;

@InputType({ description: 'A participant, known only by a pseudonymous reference. Never returned by the API.' })
export class ParticipantInput {
  @Field(() => String, { description: 'Pseudonymous reference (letters, digits, . _ -), unique; never a name or personnummer.' })
  @apply(
    Required('Referensen'),
    IsText('Referensen'),
    MaxLength('Referensen', 64),
    rule(
      'PERSONAL_IDENTITY_NUMBER',
      'Referensen ser ut som ett personnummer. Använd en pseudonym referens, aldrig personnummer.',
      (v) => typeof v !== 'string' || !PERSONNUMMER.test(v),
    ),
    rule(
      'INVALID_REFERENCE',
      'Referensen får bara innehålla bokstäverna a–z, siffror, punkt, bindestreck och understreck (inga mellanslag eller namn).',
      (v) => typeof v !== 'string' || REFERENCE.test(v),
    ),
  )
  reference!: string;

  @Field(() => String, { description: 'Organisationsnummer of the employer, which must already be registered.' })
  @apply(Required('Organisationsnumret'), OrgNumber('Organisationsnumret'))
  companyOrgNumber!: string;

  @Field(() => Gender, { description: 'Gender, as reported for ESF+.' })
  @apply(Required('Kön'), OneOf('Kön', Gender, labels.Gender))
  gender!: Gender;

  @Field(() => Int, { description: 'Year of birth, from 1940 to the current year minus 15.' })
  @apply(
    Required('Födelseåret'),
    IsWhole('Födelseåret'),
    rule(
      'IMPLAUSIBLE_BIRTH_YEAR',
      () => `Födelseåret måste ligga mellan 1940 och ${latestBirthYear()} (deltagare är minst 15 år).`,
      (v) => typeof v !== 'number' || (v >= 1940 && v <= latestBirthYear()),
    ),
  )
  birthYear!: number;

  @Field(() => EducationLevel, { description: 'Highest completed education.' })
  @apply(Required('Utbildningsnivån'), OneOf('Utbildningsnivån', EducationLevel, labels.EducationLevel))
  education!: EducationLevel;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @apply(Required('Inskrivningsdatumet'), IsDate('Inskrivningsdatumet'))
  enrolledOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before enrolledOn.' })
  @apply(
    IsDate('Avslutsdatumet'),
    rule(
      'LEFT_BEFORE_ENROLLED',
      'Avslutsdatumet kan inte vara före inskrivningsdatumet.',
      (v, o) => !isLocalDate(v) || !isLocalDate(o.enrolledOn) || v >= o.enrolledOn,
    ),
  )
  leftOn?: string | null;
}

export const latestBirthYear = (): number => new Date().getFullYear() - 15;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

@InputType({ description: 'A project activity. code is the natural key.' })
export class ActivityInput {
  @Field(() => String, { description: 'Stable code, e.g. "KURS-2024-017" (letters, digits, . _ -).' })
  @apply(
    Required('Aktivitetskoden'),
    IsText('Aktivitetskoden'),
    MaxLength('Aktivitetskoden', 40),
    rule('INVALID_CODE', 'Aktivitetskoden får bara innehålla bokstäverna a–z, siffror, punkt, bindestreck och understreck.', (v) => typeof v !== 'string' || CODE.test(v)),
  )
  code!: string;

  @Field(() => String, { description: 'Title, at most 200 characters.' })
  @apply(Required('Titeln'), IsText('Titeln'), MaxLength('Titeln', 200))
  title!: string;

  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  @apply(Required('Aktivitetstypen'), OneOf('Aktivitetstypen', ActivityKind, labels.ActivityKind))
  kind!: ActivityKind;

  @Field(() => Theme, { description: 'The green-transition theme of the activity.' })
  @apply(Required('Temat'), OneOf('Temat', Theme, labels.Theme))
  theme!: Theme;

  @Field(() => String, { description: 'The organisation that runs the activity, by id or exact name.' })
  @apply(OrganisationRef('Anordnaren'))
  provider!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @apply(Required('Startdatumet'), IsDate('Startdatumet'))
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD; not before startsOn.' })
  @apply(
    Required('Slutdatumet'),
    IsDate('Slutdatumet'),
    rule('ENDS_BEFORE_START', 'Slutdatumet kan inte vara före startdatumet.', (v, o) => !isLocalDate(v) || !isLocalDate(o.startsOn) || v >= o.startsOn),
  )
  endsOn!: string;

  @Field(() => Float, { description: 'Planned hours, more than 0, at most one decimal.' })
  @apply(
    Required('De planerade timmarna'),
    IsDecimal('De planerade timmarna', 1),
    rule('HOURS_NOT_POSITIVE', 'De planerade timmarna måste vara fler än 0.', (v) => typeof v !== 'number' || v > 0),
    rule('HOURS_TOO_MANY', 'De planerade timmarna får vara högst 99 999.', (v) => typeof v !== 'number' || v <= 99_999),
  )
  plannedHours!: number;

  @Field(() => String, { nullable: true, description: 'Document id of the course tip in the CMS, if any.' })
  @apply(
    IsText('Kursdokumentets id'),
    MaxLength('Kursdokumentets id', 64),
    rule('INVALID_DOCUMENT_ID', 'Kursdokumentets id får inte innehålla mellanslag.', (v) => typeof v !== 'string' || !/\s/.test(v)),
  )
  courseDocumentId?: string | null;
}

@InputType({ description: "A participant's place in an activity; the pair is the natural key." })
export class EnrolmentInput {
  @Field(() => String, { description: 'Pseudonymous reference of a registered participant.' })
  @apply(Required('Deltagarreferensen'), IsText('Deltagarreferensen'), MaxLength('Deltagarreferensen', 64))
  participantReference!: string;

  @Field(() => String, { description: 'Code of an existing activity.' })
  @apply(Required('Aktivitetskoden'), IsText('Aktivitetskoden'), MaxLength('Aktivitetskoden', 40))
  activityCode!: string;

  @Field(() => Float, { description: 'Hours attended, 0 or more, at most one decimal.' })
  @apply(
    IsDecimal('Närvarotimmarna', 1),
    rule('NEGATIVE_HOURS', 'Närvarotimmarna kan inte vara negativa.', (v) => typeof v !== 'number' || v >= 0),
    rule('HOURS_TOO_MANY', 'Närvarotimmarna får vara högst 99 999.', (v) => typeof v !== 'number' || v <= 99_999),
  )
  hoursAttended: number = 0;

  @Field(() => Boolean, { description: 'True when the participant has completed the activity.' })
  @apply(IsBool('Slutförd'))
  completed: boolean = false;
}

@InputType({ description: 'One competence area to move from its current to its target level (1–5).' })
export class CompetenceShiftInput {
  @Field(() => String, { description: 'Name of the competence area, at most 120 characters.' })
  @apply(Required('Kompetensområdet'), IsText('Kompetensområdet'), MaxLength('Kompetensområdet', 120))
  area!: string;

  @Field(() => Int, { description: 'Current level, a whole number 1–5.' })
  @apply(Required('Nuvarande nivå'), IsWhole('Nuvarande nivå'), Between('Nuvarande nivå', 1, 5, 'LEVEL_OUT_OF_RANGE'))
  currentLevel!: number;

  @Field(() => Int, { description: 'Target level, a whole number 1–5; not below currentLevel.' })
  @apply(
    Required('Målnivån'),
    IsWhole('Målnivån'),
    Between('Målnivån', 1, 5, 'LEVEL_OUT_OF_RANGE'),
    rule(
      'TARGET_BELOW_CURRENT',
      'Målnivån kan inte vara lägre än den nuvarande nivån.',
      (v, o) => typeof v !== 'number' || typeof o.currentLevel !== 'number' || v >= o.currentLevel,
    ),
  )
  targetLevel!: number;

  @Field(() => Int, { description: 'Number of employees whose competence must move, at least 1.' })
  @apply(
    Required('Antalet berörda anställda'),
    IsWhole('Antalet berörda anställda'),
    rule('TOO_FEW_EMPLOYEES', 'Antalet berörda anställda måste vara minst 1.', (v) => typeof v !== 'number' || v >= 1),
  )
  employeesConcerned!: number;

  @Field(() => Priority, { description: 'Priority of the shift.' })
  @apply(Required('Prioriteten'), OneOf('Prioriteten', Priority, labels.Priority))
  priority!: Priority;
}

@InputType({ description: "A Mind The Gap analysis with its competence shifts (an update replaces the shifts)." })
export class GapAnalysisInput {
  @Field(() => String, { description: 'Organisationsnummer of the analysed company.' })
  @apply(Required('Organisationsnumret'), OrgNumber('Organisationsnumret'))
  companyOrgNumber!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @apply(Required('Analysdatumet'), IsDate('Analysdatumet'))
  analysedOn!: string;

  @Field(() => String, { description: "The company's business goals, free text, at most 10 000 characters." })
  @apply(Required('Affärsmålen'), IsText('Affärsmålen'), MaxLength('Affärsmålen', 10_000))
  businessGoals!: string;

  @Field(() => [CompetenceShiftInput], { description: 'All competence shifts of the analysis; on update they replace the existing ones.' })
  @apply(rule('NOT_A_LIST', 'Kompetensförflyttningarna måste vara en lista.', (v) => Array.isArray(v)))
  @ValidateNested({ each: true, message: 'Varje kompetensförflyttning måste vara ett objekt.', context: { code: 'INVALID_SHIFT' } })
  shifts!: CompetenceShiftInput[];
}

// ---------------------------------------------------------------------------------------------
// Validation

type Input = OrganisationInput | FinancingInput | CompanyInput | ParticipantInput | ActivityInput | EnrolmentInput | GapAnalysisInput | CompetenceShiftInput;

/** Trims every string (deeply); a blank optional string becomes null. */
export function tidy<T extends object>(input: T): T {
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string') (input as Record<string, unknown>)[key] = value.trim();
    else if (Array.isArray(value)) value.forEach((item) => item && typeof item === 'object' && tidy(item));
  }
  return input;
}

/** The rules that need no database: shape, ranges and the relations between fields of one input. */
export function checkInput(input: Input): FieldError[] {
  return fieldErrorsOf(validateSync(tidy(input), { skipMissingProperties: false, forbidUnknownValues: false, validationError: { target: false, value: false } }));
}

// ---------------------------------------------------------------------------------------------
// References: what an input names by natural key, resolved in bulk so 100 000 import rows cost a
// handful of queries.

export interface ReferenceNeeds {
  organisations?: boolean;
  orgNumbers?: Iterable<string>;
  references?: Iterable<string>;
  activityCodes?: Iterable<string>;
}

const CHUNK = 5000;

async function idsByKey(em: SqlEntityManager, table: string, column: string, keys: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(keys)];
  const found = new Map<string, number>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const rows = await em.execute<{ id: number; key: string }[]>(`select id, ${column} as key from ${table} where ${column} in (?)`, [chunk]);
    for (const row of rows) found.set(row.key, Number(row.id));
  }
  return found;
}

export class References {
  private constructor(
    private readonly organisationsById: Map<number, string>,
    private readonly organisationsByName: Map<string, number>,
    readonly companies: Map<string, number>,
    readonly participants: Map<string, number>,
    readonly activities: Map<string, number>,
  ) {}

  static async load(em: SqlEntityManager, needs: ReferenceNeeds): Promise<References> {
    const orgs = needs.organisations ? await em.execute<{ id: number; name: string }[]>('select id, name from organisation') : [];
    return new References(
      new Map(orgs.map((o) => [Number(o.id), o.name])),
      new Map(orgs.map((o) => [o.name.trim().toLocaleLowerCase('sv'), Number(o.id)])),
      needs.orgNumbers ? await idsByKey(em, 'company', 'org_number', needs.orgNumbers) : new Map(),
      needs.references ? await idsByKey(em, 'participant', 'reference', needs.references) : new Map(),
      needs.activityCodes ? await idsByKey(em, 'activity', 'code', needs.activityCodes) : new Map(),
    );
  }

  /** An organisation by id ("12") or by name, ignoring case. */
  organisation(ref: string): number | undefined {
    if (/^\d+$/.test(ref) && this.organisationsById.has(Number(ref))) return Number(ref);
    return this.organisationsByName.get(ref.trim().toLocaleLowerCase('sv'));
  }
}

const unknownOrganisation = (field: string, ref: string): FieldError => ({
  field,
  code: 'UNKNOWN_ORGANISATION',
  message: `Det finns ingen organisation med id eller namn ”${ref}”.`,
});

const orgNumberKey = (value: unknown): string | null => (typeof value === 'string' ? normaliseOrgNumber(value) : null);

// ---------------------------------------------------------------------------------------------
// Per entity: what it needs looked up, and the checked row ready to store.

export type Checked<T> = { ok: true; row: T } | { ok: false; errors: FieldError[] };

function finish<T>(errors: FieldError[], row: () => T): Checked<T> {
  return errors.length ? { ok: false, errors } : { ok: true, row: row() };
}

const has = (errors: FieldError[], field: string) => errors.some((e) => e.field === field);

export interface OrganisationRow {
  name: string;
  kind: OrganisationKind;
  region: Region | null;
}
export function checkOrganisation(input: OrganisationInput): Checked<OrganisationRow> {
  const errors = checkInput(input);
  return finish(errors, () => ({ name: input.name, kind: input.kind, region: input.region ?? null }));
}

export interface FinancingRow {
  financierId: number;
  amountOre: bigint;
  form: FinancingForm;
  isDemo: boolean;
}
export const financingNeeds = (): ReferenceNeeds => ({ organisations: true });
export function checkFinancing(input: FinancingInput, refs: References): Checked<FinancingRow> {
  const errors = checkInput(input);
  const financierId = has(errors, 'financier') ? undefined : refs.organisation(input.financier);
  if (!has(errors, 'financier') && financierId === undefined) errors.push(unknownOrganisation('financier', input.financier));
  return finish(errors, () => ({ financierId: financierId!, amountOre: BigInt(Math.round(input.amountSek * 100)), form: input.form, isDemo: input.isDemo ?? false }));
}

export interface CompanyRow {
  orgNumber: string;
  name: string;
  region: Region;
  municipalityCode: string;
  sniCode: string;
  sizeClass: SizeClass;
  joinedOn: string;
  responsiblePartnerId: number;
}
export const companyNeeds = (inputs: CompanyInput[]): ReferenceNeeds => ({
  organisations: true,
  orgNumbers: inputs.map((i) => orgNumberKey(i.orgNumber)).filter((n): n is string => n !== null),
});
export function checkCompany(input: CompanyInput, refs: References): Checked<CompanyRow> {
  const errors = checkInput(input);
  const partnerId = has(errors, 'responsiblePartner') ? undefined : refs.organisation(input.responsiblePartner);
  if (!has(errors, 'responsiblePartner') && partnerId === undefined) errors.push(unknownOrganisation('responsiblePartner', input.responsiblePartner));
  return finish(errors, () => ({
    orgNumber: normaliseOrgNumber(input.orgNumber)!,
    name: input.name,
    region: input.region,
    municipalityCode: input.municipalityCode,
    sniCode: normaliseSni(input.sniCode)!,
    sizeClass: input.sizeClass,
    joinedOn: input.joinedOn,
    responsiblePartnerId: partnerId!,
  }));
}

export const duplicateOrgNumber = (field: string, orgNumber: string): FieldError => ({
  field,
  code: 'DUPLICATE_ORG_NUMBER',
  message: `Det finns redan ett företag med organisationsnummer ${formatOrgNumber(orgNumber)}.`,
});

function companyRef(errors: FieldError[], field: string, value: string, refs: References): number | undefined {
  if (has(errors, field)) return undefined;
  const orgNumber = normaliseOrgNumber(value)!;
  const id = refs.companies.get(orgNumber);
  if (id === undefined) {
    errors.push({ field, code: 'UNKNOWN_COMPANY', message: `Det finns inget registrerat företag med organisationsnummer ${formatOrgNumber(orgNumber)}.` });
  }
  return id;
}

export interface ParticipantRow {
  reference: string;
  companyId: number;
  gender: Gender;
  birthYear: number;
  education: EducationLevel;
  enrolledOn: string;
  leftOn: string | null;
}
export const participantNeeds = (inputs: ParticipantInput[]): ReferenceNeeds => ({
  orgNumbers: inputs.map((i) => orgNumberKey(i.companyOrgNumber)).filter((n): n is string => n !== null),
  references: inputs.map((i) => i.reference).filter((r) => typeof r === 'string'),
});
export function checkParticipant(input: ParticipantInput, refs: References): Checked<ParticipantRow> {
  const errors = checkInput(input);
  const companyId = companyRef(errors, 'companyOrgNumber', input.companyOrgNumber, refs);
  return finish(errors, () => ({
    reference: input.reference,
    companyId: companyId!,
    gender: input.gender,
    birthYear: input.birthYear,
    education: input.education,
    enrolledOn: input.enrolledOn,
    leftOn: isBlank(input.leftOn) ? null : input.leftOn!,
  }));
}

export interface ActivityRow {
  code: string;
  title: string;
  kind: ActivityKind;
  theme: Theme;
  providerId: number;
  startsOn: string;
  endsOn: string;
  plannedHours: number;
  courseDocumentId: string | null;
}
export const activityNeeds = (inputs: ActivityInput[]): ReferenceNeeds => ({
  organisations: true,
  activityCodes: inputs.map((i) => i.code).filter((c) => typeof c === 'string'),
});
export function checkActivity(input: ActivityInput, refs: References): Checked<ActivityRow> {
  const errors = checkInput(input);
  const providerId = has(errors, 'provider') ? undefined : refs.organisation(input.provider);
  if (!has(errors, 'provider') && providerId === undefined) errors.push(unknownOrganisation('provider', input.provider));
  return finish(errors, () => ({
    code: input.code,
    title: input.title,
    kind: input.kind,
    theme: input.theme,
    providerId: providerId!,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    plannedHours: input.plannedHours,
    courseDocumentId: isBlank(input.courseDocumentId) ? null : input.courseDocumentId!,
  }));
}

export interface EnrolmentRow {
  participantId: number;
  activityId: number;
  hoursAttended: number;
  completed: boolean;
}
export const enrolmentNeeds = (inputs: EnrolmentInput[]): ReferenceNeeds => ({
  references: inputs.map((i) => i.participantReference).filter((r) => typeof r === 'string'),
  activityCodes: inputs.map((i) => i.activityCode).filter((c) => typeof c === 'string'),
});
export function checkEnrolment(input: EnrolmentInput, refs: References): Checked<EnrolmentRow> {
  const errors = checkInput(input);
  const participantId = has(errors, 'participantReference') ? undefined : refs.participants.get(input.participantReference);
  if (!has(errors, 'participantReference') && participantId === undefined) {
    // Deliberately without the reference: the message may be shown or logged beside other data.
    errors.push({ field: 'participantReference', code: 'UNKNOWN_PARTICIPANT', message: 'Det finns ingen deltagare med den referensen.' });
  }
  const activityId = has(errors, 'activityCode') ? undefined : refs.activities.get(input.activityCode);
  if (!has(errors, 'activityCode') && activityId === undefined) {
    errors.push({ field: 'activityCode', code: 'UNKNOWN_ACTIVITY', message: `Det finns ingen aktivitet med koden ”${input.activityCode}”.` });
  }
  return finish(errors, () => ({
    participantId: participantId!,
    activityId: activityId!,
    hoursAttended: input.hoursAttended ?? 0,
    completed: input.completed ?? false,
  }));
}

export interface GapAnalysisRow {
  companyId: number;
  analysedOn: string;
  businessGoals: string;
  shifts: { area: string; currentLevel: number; targetLevel: number; employeesConcerned: number; priority: Priority }[];
}
export const gapAnalysisNeeds = (input: GapAnalysisInput): ReferenceNeeds => ({
  orgNumbers: [orgNumberKey(input.companyOrgNumber)].filter((n): n is string => n !== null),
});
export function checkGapAnalysis(input: GapAnalysisInput, refs: References): Checked<GapAnalysisRow> {
  // type-graphql hands us class instances; anything else (a test, a script) gets them here.
  input.shifts = (input.shifts ?? []).map((s) => (s instanceof CompetenceShiftInput ? s : Object.assign(new CompetenceShiftInput(), s)));
  const errors = checkInput(input);
  const companyId = companyRef(errors, 'companyOrgNumber', input.companyOrgNumber, refs);
  return finish(errors, () => ({
    companyId: companyId!,
    analysedOn: input.analysedOn,
    businessGoals: input.businessGoals,
    shifts: input.shifts.map((s) => ({ area: s.area, currentLevel: s.currentLevel, targetLevel: s.targetLevel, employeesConcerned: s.employeesConcerned, priority: s.priority })),
  }));
}
