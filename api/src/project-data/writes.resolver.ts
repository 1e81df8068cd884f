/**
 * Staff writes to the project data. Every mutation:
 *  - needs a staff key (@Authorized(Role.STAFF));
 *  - checks its whole input first and reports every bad field at once (InputValidationError);
 *  - writes the change and its audit entry in one transaction, so a failure leaves nothing behind;
 *  - bumps the data version after commit, so cached indicators are recomputed.
 * Participant and enrolment mutations answer with a WriteReceipt: personal values never leave the API.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { type AuditValues, recordAudit } from '../audit/audit.js';
import { Role } from '../auth/api-key.entity.js';
import type { ApiContext } from '../graphql/context.js';
import { type FieldError, InputValidationError, conflict, notFound } from '../errors/graphql-errors.js';
import { Activity } from './activity.entity.js';
import { Company } from './company.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { CompetenceShift, GapAnalysis } from './gap-analysis.entity.js';
import {
  ActivityInput,
  type Checked,
  CompanyInput,
  EnrolmentInput,
  FinancingInput,
  GapAnalysisInput,
  OrganisationInput,
  ParticipantInput,
  References,
  activityNeeds,
  checkActivity,
  checkCompany,
  checkEnrolment,
  checkFinancing,
  checkGapAnalysis,
  checkOrganisation,
  checkParticipant,
  companyNeeds,
  duplicateOrgNumber,
  enrolmentNeeds,
  financingNeeds,
  gapAnalysisNeeds,
  participantNeeds,
} from './inputs.js';
import { formatOrgNumber, normaliseOrgNumber } from './org-number.js';
import { Financing, Organisation } from './organisation.entity.js';
import { Participant } from './participant.entity.js';
import { noteChange, notedChange } from '../db/data-version.js';
import { assertOpenForWrites, markCorrection } from './closed-after-end.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

@ObjectType({ description: 'Acknowledges a write without returning the record: used where the record is personal data.' })
export class WriteReceipt {
  @Field(() => String, { description: 'Entity written, e.g. "Participant".' })
  entity!: string;

  @Field(() => ID, { description: 'Database id of the row written (or deleted).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The natural key the caller used: participant reference, activity code, organisationsnummer …' })
  reference!: string | null;
}

const receipt = (entity: string, id: number, reference: string | null): WriteReceipt => ({ entity, id: String(id), reference });

/**
 * One transaction for the write and its audit entry; the data version moves only after commit.
 * After the project's end only an explicit correction gets through (closed-after-end.ts).
 */
export async function write<T>(ctx: ApiContext, work: (em: SqlEntityManager) => Promise<T>, onDuplicate?: () => FieldError): Promise<T> {
  let result: T;
  let transaction: SqlEntityManager | undefined;
  try {
    result = await ctx.em.transactional(async (em) => {
      transaction = em;
      const correction = await assertOpenForWrites(em, ctx.correction);
      const written = await work(em);
      if (correction) markCorrection(em, correction);
      return written;
    });
  } catch (error) {
    // Someone else wrote the same natural key between our check and our insert.
    if (error instanceof UniqueConstraintViolationException && onDuplicate) throw new InputValidationError([onDuplicate()]);
    throw error;
  }
  // Writes that noted which rows they touched let the indicators patch those rows only.
  const audited = (transaction?.getUnitOfWork().getIdentityMap().values() ?? []).filter((entity) => entity instanceof AuditEntry);
  ctx.dataVersion.bump(transaction && notedChange(transaction), audited.map((entry) => String((entry as AuditEntry).id)));
  return result;
}

function collect<T>(checked: Checked<T>, ...more: (FieldError | null)[]): T {
  const errors = [...(checked.ok ? [] : checked.errors), ...more.filter((e): e is FieldError => e !== null)];
  if (errors.length || !checked.ok) throw new InputValidationError(errors);
  return checked.row;
}

function numericId(id: string, what: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n < 1) throw notFound(what, id);
  return n;
}

async function count(em: SqlEntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(sql, params);
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------

const organisationValues = (o: Organisation): AuditValues => ({ name: o.name, kind: o.kind, region: o.region });

async function duplicateOrganisationName(em: SqlEntityManager, name: string, exceptId?: number): Promise<FieldError | null> {
  if (typeof name !== 'string' || !name.trim()) return null;
  const n = await count(em, 'select count(*) as n from organisation where lower(name) = lower(?) and id <> ?', [name.trim(), exceptId ?? 0]);
  return n ? { field: 'name', code: 'DUPLICATE_NAME', message: `Det finns redan en organisation som heter ”${name.trim()}”.` } : null;
}

@Resolver(() => Organisation)
export class OrganisationWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Organisation, { description: 'Adds an organisation (project owner, partner or financier). Staff only.' })
  async createOrganisation(@Ctx() ctx: ApiContext, @Arg('input', () => OrganisationInput, { validate: false, description: 'The new organisation.' }) input: OrganisationInput): Promise<Organisation> {
    return write(ctx, async (em) => {
      const row = collect(checkOrganisation(input), await duplicateOrganisationName(em, input.name));
      const organisation = em.create(Organisation, row);
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Organisation', entityId: organisation.id, after: organisationValues(organisation) });
      return organisation;
    }, () => ({ field: 'name', code: 'DUPLICATE_NAME', message: 'Det finns redan en organisation med det namnet.' }));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Organisation, { description: 'Replaces an organisation’s values. Staff only.' })
  async updateOrganisation(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the organisation to change.' }) id: string,
    @Arg('input', () => OrganisationInput, { validate: false, description: 'The new values; they replace all current ones.' }) input: OrganisationInput,
  ): Promise<Organisation> {
    return write(ctx, async (em) => {
      const organisation = await em.findOne(Organisation, { id: numericId(id, 'Organisationen') });
      if (!organisation) throw notFound('Organisationen', id);
      const row = collect(checkOrganisation(input), await duplicateOrganisationName(em, input.name, organisation.id));
      const before = organisationValues(organisation);
      em.assign(organisation, row);
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Organisation', entityId: organisation.id, before, after: organisationValues(organisation) });
      return organisation;
    }, () => ({ field: 'name', code: 'DUPLICATE_NAME', message: 'Det finns redan en organisation med det namnet.' }));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an organisation nothing refers to. Staff only.' })
  async deleteOrganisation(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'Id of the organisation to delete.' }) id: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const organisation = await em.findOne(Organisation, { id: numericId(id, 'Organisationen') });
      if (!organisation) throw notFound('Organisationen', id);
      const uses = await count(
        em,
        `select (select count(*) from company where responsible_partner_id = ?) + (select count(*) from activity where provider_id = ?)
           + (select count(*) from financing where financier_id = ?) as n`,
        [organisation.id, organisation.id, organisation.id],
      );
      if (uses) {
        throw conflict(`Organisationen ”${organisation.name}” används av ${uses} företag, aktiviteter eller finansieringar och kan inte tas bort.`, 'ORGANISATION_IN_USE');
      }
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Organisation', entityId: organisation.id, before: organisationValues(organisation) });
      em.remove(organisation);
      return receipt('Organisation', organisation.id, organisation.name);
    });
  }
}

// ---------------------------------------------------------------------------------------------

const financingValues = (f: Financing): AuditValues => ({ financierId: f.financier.id, amountOre: f.amountOre, form: f.form, isDemo: f.isDemo });

@Resolver(() => Financing)
export class FinancingWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Financing, { description: "Adds a financier's contribution. Staff only." })
  async createFinancing(@Ctx() ctx: ApiContext, @Arg('input', () => FinancingInput, { validate: false, description: 'The new contribution.' }) input: FinancingInput): Promise<Financing> {
    return write(ctx, async (em) => {
      const { financierId, ...row } = collect(checkFinancing(input, await References.load(em, financingNeeds())));
      const financing = em.create(Financing, { ...row, financier: em.getReference(Organisation, financierId) });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Financing', entityId: financing.id, after: financingValues(financing) });
      await em.populate(financing, ['financier']);
      return financing;
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Financing, { description: "Replaces a contribution's values. Staff only." })
  async updateFinancing(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the contribution to change.' }) id: string,
    @Arg('input', () => FinancingInput, { validate: false, description: 'The new values; they replace all current ones.' }) input: FinancingInput,
  ): Promise<Financing> {
    return write(ctx, async (em) => {
      const financing = await em.findOne(Financing, { id: numericId(id, 'Finansieringen') });
      if (!financing) throw notFound('Finansieringen', id);
      const { financierId, ...row } = collect(checkFinancing(input, await References.load(em, financingNeeds())));
      const before = financingValues(financing);
      em.assign(financing, { ...row, financier: em.getReference(Organisation, financierId) });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Financing', entityId: financing.id, before, after: financingValues(financing) });
      await em.populate(financing, ['financier']);
      return financing;
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes a contribution. Staff only.' })
  async deleteFinancing(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'Id of the contribution to delete.' }) id: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const financing = await em.findOne(Financing, { id: numericId(id, 'Finansieringen') });
      if (!financing) throw notFound('Finansieringen', id);
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Financing', entityId: financing.id, before: financingValues(financing) });
      em.remove(financing);
      return receipt('Financing', financing.id, null);
    });
  }
}

// ---------------------------------------------------------------------------------------------

const companyValues = (c: Company): AuditValues => ({
  orgNumber: c.orgNumber,
  name: c.name,
  region: c.region,
  municipalityCode: c.municipalityCode,
  sniCode: c.sniCode,
  sizeClass: c.sizeClass,
  joinedOn: c.joinedOn,
  responsiblePartnerId: c.responsiblePartner.id,
});

async function checkCompanyWrite(em: SqlEntityManager, input: CompanyInput, exceptId?: number) {
  const refs = await References.load(em, companyNeeds([input]));
  const orgNumber = typeof input.orgNumber === 'string' ? normaliseOrgNumber(input.orgNumber) : null;
  const holder = orgNumber ? refs.companies.get(orgNumber) : undefined;
  return collect(checkCompany(input, refs), holder !== undefined && holder !== exceptId ? duplicateOrgNumber('orgNumber', orgNumber!) : null);
}

const companyDuplicate = (): FieldError => ({ field: 'orgNumber', code: 'DUPLICATE_ORG_NUMBER', message: 'Det finns redan ett företag med det organisationsnumret.' });

@Resolver(() => Company)
export class CompanyWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Company, { description: 'Registers a company; the organisationsnummer must be new. Staff only.' })
  async createCompany(@Ctx() ctx: ApiContext, @Arg('input', () => CompanyInput, { validate: false, description: 'The new company.' }) input: CompanyInput): Promise<Company> {
    return write(ctx, async (em) => {
      const { responsiblePartnerId, ...row } = await checkCompanyWrite(em, input);
      // `partial`: the entity's computed getters (orgNumberFormatted, municipality) type as required data.
      const company = em.create(Company, { ...row, responsiblePartner: em.getReference(Organisation, responsiblePartnerId), isDemo: false }, { partial: true });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Company', entityId: company.id, after: companyValues(company) });
      noteChange(em, { companies: [company.id] });
      await em.populate(company, ['responsiblePartner']);
      return company;
    }, companyDuplicate);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Company, { description: "Replaces a company's values (the organisationsnummer may change if the new one is free). Staff only." })
  async updateCompany(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the company to change.' }) id: string,
    @Arg('input', () => CompanyInput, { validate: false, description: 'The new values; they replace all current ones.' }) input: CompanyInput,
  ): Promise<Company> {
    return write(ctx, async (em) => {
      const company = await em.findOne(Company, { id: numericId(id, 'Företaget') });
      if (!company) throw notFound('Företaget', id);
      const { responsiblePartnerId, ...row } = await checkCompanyWrite(em, input, company.id);
      const before = companyValues(company);
      em.assign(company, { ...row, responsiblePartner: em.getReference(Organisation, responsiblePartnerId) });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Company', entityId: company.id, before, after: companyValues(company) });
      noteChange(em, { companies: [company.id] });
      await em.populate(company, ['responsiblePartner']);
      return company;
    }, companyDuplicate);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes a company without participants (its gap analyses go with it). Staff only.' })
  async deleteCompany(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'Id of the company to delete.' }) id: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const company = await em.findOne(Company, { id: numericId(id, 'Företaget') });
      if (!company) throw notFound('Företaget', id);
      // Removing a company would cascade to its participants; erasing people must be explicit (deleteParticipant).
      const participants = await count(em, 'select count(*) as n from participant where company_id = ?', [company.id]);
      if (participants) {
        throw conflict(`Företaget har ${participants} deltagare. Ta bort deltagarna först (deleteParticipant) om de ska raderas.`, 'COMPANY_HAS_PARTICIPANTS');
      }
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Company', entityId: company.id, before: companyValues(company) });
      noteChange(em, { companies: [company.id] });
      await em.nativeDelete(Company, { id: company.id });
      return receipt('Company', company.id, formatOrgNumber(company.orgNumber));
    });
  }
}

// ---------------------------------------------------------------------------------------------

const participantValues = (p: Participant): AuditValues => ({
  reference: p.reference,
  companyId: p.company.id,
  gender: p.gender,
  birthYear: p.birthYear,
  education: p.education,
  enrolledOn: p.enrolledOn,
  leftOn: p.leftOn,
});

const duplicateReference = (): FieldError => ({ field: 'reference', code: 'DUPLICATE_REFERENCE', message: 'Det finns redan en deltagare med den referensen.' });
// Not found, without echoing the reference into messages that may end up in logs.
const participantNotFound = () => conflict('Det finns ingen deltagare med den referensen.', 'NOT_FOUND');

async function checkParticipantWrite(em: SqlEntityManager, input: ParticipantInput, exceptId?: number) {
  const refs = await References.load(em, participantNeeds([input]));
  const holder = typeof input.reference === 'string' ? refs.participants.get(input.reference.trim()) : undefined;
  return collect(checkParticipant(input, refs), holder !== undefined && holder !== exceptId ? duplicateReference() : null);
}

@Resolver()
export class ParticipantWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Registers a participant under a new pseudonymous reference. Staff only; answers with a receipt only.' })
  async createParticipant(@Ctx() ctx: ApiContext, @Arg('input', () => ParticipantInput, { validate: false, description: 'The new participant.' }) input: ParticipantInput): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const { companyId, ...row } = await checkParticipantWrite(em, input);
      const participant = em.create(Participant, { ...row, company: em.getReference(Company, companyId), isDemo: false });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Participant', entityId: participant.id, after: participantValues(participant) });
      noteChange(em, { participants: [participant.id] });
      return receipt('Participant', participant.id, participant.reference);
    }, duplicateReference);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: "Replaces a participant's values (the reference may change if the new one is free). Staff only." })
  async updateParticipant(
    @Ctx() ctx: ApiContext,
    @Arg('reference', () => String, { description: "The participant's current pseudonymous reference." }) reference: string,
    @Arg('input', () => ParticipantInput, { validate: false, description: 'The new values, the reference included; they replace all current ones.' }) input: ParticipantInput,
  ): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const participant = await em.findOne(Participant, { reference: reference.trim() });
      if (!participant) throw participantNotFound();
      const { companyId, ...row } = await checkParticipantWrite(em, input, participant.id);
      const before = participantValues(participant);
      em.assign(participant, { ...row, company: em.getReference(Company, companyId) });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Participant', entityId: participant.id, before, after: participantValues(participant) });
      noteChange(em, { participants: [participant.id] });
      return receipt('Participant', participant.id, participant.reference);
    }, duplicateReference);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, {
    description: 'Erases a participant and all their enrolments (right to erasure). The audit log keeps no personal values. Staff only.',
  })
  async deleteParticipant(@Ctx() ctx: ApiContext, @Arg('reference', () => String, { description: 'Pseudonymous reference of the participant to erase.' }) reference: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const participant = await em.findOne(Participant, { reference: reference.trim() });
      if (!participant) throw participantNotFound();
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Participant', entityId: participant.id, before: participantValues(participant) });
      noteChange(em, { participants: [participant.id] });
      // Enrolments go by the foreign key's ON DELETE CASCADE, in this same transaction.
      await em.nativeDelete(Participant, { id: participant.id });
      return receipt('Participant', participant.id, participant.reference);
    });
  }
}

// ---------------------------------------------------------------------------------------------

const activityValues = (a: Activity): AuditValues => ({
  code: a.code,
  title: a.title,
  kind: a.kind,
  theme: a.theme,
  providerId: a.provider.id,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  plannedHours: a.plannedHours,
  courseDocumentId: a.courseDocumentId,
});

const duplicateCode = (): FieldError => ({ field: 'code', code: 'DUPLICATE_CODE', message: 'Det finns redan en aktivitet med den koden.' });

async function checkActivityWrite(em: SqlEntityManager, input: ActivityInput, exceptId?: number) {
  const refs = await References.load(em, activityNeeds([input]));
  const holder = typeof input.code === 'string' ? refs.activities.get(input.code.trim()) : undefined;
  return collect(checkActivity(input, refs), holder !== undefined && holder !== exceptId ? duplicateCode() : null);
}

@Resolver(() => Activity)
export class ActivityWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Activity, { description: 'Adds an activity; the code must be new. Staff only.' })
  async createActivity(@Ctx() ctx: ApiContext, @Arg('input', () => ActivityInput, { validate: false, description: 'The new activity.' }) input: ActivityInput): Promise<Activity> {
    return write(ctx, async (em) => {
      const { providerId, ...row } = await checkActivityWrite(em, input);
      const activity = em.create(Activity, { ...row, provider: em.getReference(Organisation, providerId), isDemo: false });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Activity', entityId: activity.id, after: activityValues(activity) });
      await em.populate(activity, ['provider']);
      return activity;
    }, duplicateCode);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Activity, { description: "Replaces an activity's values. Staff only." })
  async updateActivity(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the activity to change.' }) id: string,
    @Arg('input', () => ActivityInput, { validate: false, description: 'The new values; they replace all current ones.' }) input: ActivityInput,
  ): Promise<Activity> {
    return write(ctx, async (em) => {
      const activity = await em.findOne(Activity, { id: numericId(id, 'Aktiviteten') });
      if (!activity) throw notFound('Aktiviteten', id);
      const { providerId, ...row } = await checkActivityWrite(em, input, activity.id);
      const before = activityValues(activity);
      em.assign(activity, { ...row, provider: em.getReference(Organisation, providerId) });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Activity', entityId: activity.id, before, after: activityValues(activity) });
      await em.populate(activity, ['provider']);
      return activity;
    }, duplicateCode);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an activity without enrolments. Staff only.' })
  async deleteActivity(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'Id of the activity to delete.' }) id: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const activity = await em.findOne(Activity, { id: numericId(id, 'Aktiviteten') });
      if (!activity) throw notFound('Aktiviteten', id);
      const enrolments = await count(em, 'select count(*) as n from enrolment where activity_id = ?', [activity.id]);
      if (enrolments) {
        throw conflict(`Aktiviteten ${activity.code} har ${enrolments} deltaganden. Ta bort dem först (deleteEnrolment).`, 'ACTIVITY_HAS_ENROLMENTS');
      }
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Activity', entityId: activity.id, before: activityValues(activity) });
      await em.nativeDelete(Activity, { id: activity.id });
      return receipt('Activity', activity.id, activity.code);
    });
  }
}

// ---------------------------------------------------------------------------------------------

const enrolmentValues = (e: Enrolment): AuditValues => ({
  participantId: e.participant.id,
  activityId: e.activity.id,
  hoursAttended: e.hoursAttended,
  completed: e.completed,
});

const enrolmentNotFound = () => conflict('Deltagaren är inte anmäld till aktiviteten.', 'NOT_FOUND');

@Resolver()
export class EnrolmentWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Enrols a participant in an activity. Staff only; answers with a receipt only.' })
  async createEnrolment(@Ctx() ctx: ApiContext, @Arg('input', () => EnrolmentInput, { validate: false, description: 'The participant, the activity, and the hours attended and completion so far.' }) input: EnrolmentInput): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const row = collect(checkEnrolment(input, await References.load(em, enrolmentNeeds([input]))));
      if (await em.count(Enrolment, { participant: row.participantId, activity: row.activityId })) {
        throw new InputValidationError([{ field: 'activityCode', code: 'DUPLICATE_ENROLMENT', message: 'Deltagaren är redan anmäld till aktiviteten.' }]);
      }
      const enrolment = em.create(Enrolment, {
        participant: em.getReference(Participant, row.participantId),
        activity: em.getReference(Activity, row.activityId),
        hoursAttended: row.hoursAttended,
        completed: row.completed,
      });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'Enrolment', entityId: enrolment.id, after: enrolmentValues(enrolment) });
      noteChange(em, { participants: [enrolment.participant.id] });
      return receipt('Enrolment', enrolment.id, input.participantReference);
    }, () => ({ field: 'activityCode', code: 'DUPLICATE_ENROLMENT', message: 'Deltagaren är redan anmäld till aktiviteten.' }));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Updates attended hours and completion of an existing enrolment. Staff only.' })
  async updateEnrolment(@Ctx() ctx: ApiContext, @Arg('input', () => EnrolmentInput, { validate: false, description: 'participantReference and activityCode name the enrolment; hoursAttended and completed are the new values.' }) input: EnrolmentInput): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const row = collect(checkEnrolment(input, await References.load(em, enrolmentNeeds([input]))));
      const enrolment = await em.findOne(Enrolment, { participant: row.participantId, activity: row.activityId });
      if (!enrolment) throw enrolmentNotFound();
      const before = enrolmentValues(enrolment);
      em.assign(enrolment, { hoursAttended: row.hoursAttended, completed: row.completed });
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'Enrolment', entityId: enrolment.id, before, after: enrolmentValues(enrolment) });
      noteChange(em, { participants: [enrolment.participant.id] });
      return receipt('Enrolment', enrolment.id, input.participantReference);
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Removes a participant from an activity. Staff only.' })
  async deleteEnrolment(
    @Ctx() ctx: ApiContext,
    @Arg('participantReference', () => String, { description: 'Pseudonymous reference of the participant.' }) participantReference: string,
    @Arg('activityCode', () => String, { description: 'Code of the activity.' }) activityCode: string,
  ): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const enrolment = await em.findOne(Enrolment, { participant: { reference: participantReference.trim() }, activity: { code: activityCode.trim() } });
      if (!enrolment) throw enrolmentNotFound();
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'Enrolment', entityId: enrolment.id, before: enrolmentValues(enrolment) });
      noteChange(em, { participants: [enrolment.participant.id] });
      await em.nativeDelete(Enrolment, { id: enrolment.id });
      return receipt('Enrolment', enrolment.id, participantReference.trim());
    });
  }
}

// ---------------------------------------------------------------------------------------------

const gapAnalysisValues = (g: GapAnalysis): AuditValues => ({
  companyId: g.company.id,
  analysedOn: g.analysedOn,
  businessGoals: g.businessGoals,
  shifts: g.shifts.getItems().map((s) => ({
    area: s.area,
    currentLevel: s.currentLevel,
    targetLevel: s.targetLevel,
    employeesConcerned: s.employeesConcerned,
    priority: s.priority,
  })),
});

async function loadGapAnalysis(em: SqlEntityManager, id: string): Promise<GapAnalysis> {
  const analysis = await em.findOne(GapAnalysis, { id: numericId(id, 'Gapanalysen') }, { populate: ['shifts'], orderBy: { shifts: { id: 'asc' } } });
  if (!analysis) throw notFound('Gapanalysen', id);
  return analysis;
}

@Resolver(() => GapAnalysis)
export class GapAnalysisWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => GapAnalysis, { description: 'Records a Mind The Gap analysis with its competence shifts. Staff only.' })
  async createGapAnalysis(@Ctx() ctx: ApiContext, @Arg('input', () => GapAnalysisInput, { validate: false, description: 'The new analysis with its competence shifts.' }) input: GapAnalysisInput): Promise<GapAnalysis> {
    return write(ctx, async (em) => {
      const { companyId, shifts, ...row } = collect(checkGapAnalysis(input, await References.load(em, gapAnalysisNeeds(input))));
      const analysis = em.create(GapAnalysis, { ...row, company: em.getReference(Company, companyId) });
      for (const shift of shifts) analysis.shifts.add(em.create(CompetenceShift, { ...shift, analysis }));
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'create', entity: 'GapAnalysis', entityId: analysis.id, after: gapAnalysisValues(analysis) });
      noteChange(em, { gaps: true });
      await em.populate(analysis, ['company.responsiblePartner']);
      return analysis;
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => GapAnalysis, { description: 'Replaces an analysis and all its competence shifts. Staff only.' })
  async updateGapAnalysis(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the analysis to change.' }) id: string,
    @Arg('input', () => GapAnalysisInput, { validate: false, description: 'The new values and shifts; they replace all current ones.' }) input: GapAnalysisInput,
  ): Promise<GapAnalysis> {
    return write(ctx, async (em) => {
      const analysis = await loadGapAnalysis(em, id);
      const { companyId, shifts, ...row } = collect(checkGapAnalysis(input, await References.load(em, gapAnalysisNeeds(input))));
      const before = gapAnalysisValues(analysis);
      em.assign(analysis, { ...row, company: em.getReference(Company, companyId) });
      analysis.shifts.removeAll();
      for (const shift of shifts) analysis.shifts.add(em.create(CompetenceShift, { ...shift, analysis }));
      await em.flush();
      recordAudit(em, { actor: ctx.actor.name, action: 'update', entity: 'GapAnalysis', entityId: analysis.id, before, after: gapAnalysisValues(analysis) });
      noteChange(em, { gaps: true });
      await em.populate(analysis, ['company.responsiblePartner']);
      return analysis;
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an analysis and its competence shifts. Staff only.' })
  async deleteGapAnalysis(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'Id of the analysis to delete.' }) id: string): Promise<WriteReceipt> {
    return write(ctx, async (em) => {
      const analysis = await loadGapAnalysis(em, id);
      recordAudit(em, { actor: ctx.actor.name, action: 'delete', entity: 'GapAnalysis', entityId: analysis.id, before: gapAnalysisValues(analysis) });
      noteChange(em, { gaps: true });
      await em.nativeDelete(GapAnalysis, { id: analysis.id });
      return receipt('GapAnalysis', analysis.id, null);
    });
  }
}

export const writeResolvers = [
  OrganisationWriteResolver,
  FinancingWriteResolver,
  CompanyWriteResolver,
  ParticipantWriteResolver,
  ActivityWriteResolver,
  EnrolmentWriteResolver,
  GapAnalysisWriteResolver,
] as const;
