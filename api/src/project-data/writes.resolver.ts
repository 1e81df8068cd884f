/**
 * Staff writes to the project data, one resolver per entity. Every mutation needs a staff key,
 * checks its whole input first (every bad field at once), and writes through `write()`: change
 * and audit entry in one transaction, then the data version (write.ts). What differs between
 * entities is in their descriptors (descriptors/). Participant and enrolment mutations answer with
 * a WriteReceipt: personal values never leave the API.
 */
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../auth/api-key.entity.js';
import type { ApiContext } from '../graphql/context.js';
import { Activity } from './activity.entity.js';
import { Company } from './company.entity.js';
import { ActivityInput, activity } from './descriptors/activity.js';
import { CompanyInput, company } from './descriptors/company.js';
import { EnrolmentInput, enrolment } from './descriptors/enrolment.js';
import { FinancingInput, financing } from './descriptors/financing.js';
import { GapAnalysisInput, gapAnalysis } from './descriptors/gap-analysis.js';
import { OrganisationInput, organisation } from './descriptors/organisation.js';
import { ParticipantInput, participant } from './descriptors/participant.js';
import { createEntity, deleteEntity, receipt, updateEntity } from './entity-writes.js';
import { GapAnalysis } from './gap-analysis.entity.js';
import { Financing, Organisation } from './organisation.entity.js';

@ObjectType({ description: 'Acknowledges a write without returning the record: used where the record is personal data.' })
export class WriteReceipt {
  @Field(() => String, { description: 'Entity written, e.g. "Participant".' })
  entity!: string;

  @Field(() => ID, { description: 'Database id of the row written (or deleted).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The natural key the caller used: participant reference, activity code, organisationsnummer …' })
  reference!: string | null;
}

type InputOf<S extends { Input: new () => unknown }> = InstanceType<S['Input']>;

const REPLACES = 'The new values; they replace all current ones.';
// Inputs are checked by their descriptor, all fields at once, not by type-graphql's validation.
const input = <S extends { Input: new () => unknown }>(spec: S, description: string) => Arg('input', () => spec.Input, { validate: false, description });
const id = (description: string) => Arg('id', () => ID, { description });

@Resolver(() => Organisation)
export class OrganisationWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Organisation, { description: 'Adds an organisation (project owner, partner or financier). Staff only.' })
  createOrganisation(
    @Ctx() ctx: ApiContext,
    @input(OrganisationInput, 'The new organisation.') values: InputOf<typeof OrganisationInput>,
  ): Promise<Organisation> {
    return createEntity(ctx, organisation, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Organisation, { description: 'Replaces an organisation’s values. Staff only.' })
  updateOrganisation(
    @Ctx() ctx: ApiContext,
    @id('Id of the organisation to change.') key: string,
    @input(OrganisationInput, REPLACES) values: InputOf<typeof OrganisationInput>,
  ): Promise<Organisation> {
    return updateEntity(ctx, organisation, key, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an organisation nothing refers to. Staff only.' })
  deleteOrganisation(@Ctx() ctx: ApiContext, @id('Id of the organisation to delete.') key: string): Promise<WriteReceipt> {
    return deleteEntity(ctx, organisation, key);
  }
}

@Resolver(() => Financing)
export class FinancingWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Financing, { description: "Adds a financier's contribution. Staff only." })
  createFinancing(@Ctx() ctx: ApiContext, @input(FinancingInput, 'The new contribution.') values: InputOf<typeof FinancingInput>): Promise<Financing> {
    return createEntity(ctx, financing, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Financing, { description: "Replaces a contribution's values. Staff only." })
  updateFinancing(
    @Ctx() ctx: ApiContext,
    @id('Id of the contribution to change.') key: string,
    @input(FinancingInput, REPLACES) values: InputOf<typeof FinancingInput>,
  ): Promise<Financing> {
    return updateEntity(ctx, financing, key, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes a contribution. Staff only.' })
  deleteFinancing(@Ctx() ctx: ApiContext, @id('Id of the contribution to delete.') key: string): Promise<WriteReceipt> {
    return deleteEntity(ctx, financing, key);
  }
}

@Resolver(() => Company)
export class CompanyWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Company, { description: 'Registers a company; the organisationsnummer must be new. Staff only.' })
  createCompany(@Ctx() ctx: ApiContext, @input(CompanyInput, 'The new company.') values: InputOf<typeof CompanyInput>): Promise<Company> {
    return createEntity(ctx, company, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Company, { description: "Replaces a company's values (the organisationsnummer may change if the new one is free). Staff only." })
  updateCompany(
    @Ctx() ctx: ApiContext,
    @id('Id of the company to change.') key: string,
    @input(CompanyInput, REPLACES) values: InputOf<typeof CompanyInput>,
  ): Promise<Company> {
    return updateEntity(ctx, company, key, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes a company without participants (its gap analyses go with it). Staff only.' })
  deleteCompany(@Ctx() ctx: ApiContext, @id('Id of the company to delete.') key: string): Promise<WriteReceipt> {
    return deleteEntity(ctx, company, key);
  }
}

@Resolver()
export class ParticipantWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Registers a participant under a new pseudonymous reference. Staff only; answers with a receipt only.' })
  async createParticipant(
    @Ctx() ctx: ApiContext,
    @input(ParticipantInput, 'The new participant.') values: InputOf<typeof ParticipantInput>,
  ): Promise<WriteReceipt> {
    return receipt(participant, await createEntity(ctx, participant, values), values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: "Replaces a participant's values (the reference may change if the new one is free). Staff only." })
  async updateParticipant(
    @Ctx() ctx: ApiContext,
    @Arg('reference', () => String, { description: "The participant's current pseudonymous reference." }) reference: string,
    @input(ParticipantInput, 'The new values, the reference included; they replace all current ones.') values: InputOf<typeof ParticipantInput>,
  ): Promise<WriteReceipt> {
    return receipt(participant, await updateEntity(ctx, participant, reference, values), values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, {
    description: 'Erases a participant and all their enrolments (right to erasure). The audit log keeps no personal values. Staff only.',
  })
  deleteParticipant(
    @Ctx() ctx: ApiContext,
    @Arg('reference', () => String, { description: 'Pseudonymous reference of the participant to erase.' }) reference: string,
  ): Promise<WriteReceipt> {
    return deleteEntity(ctx, participant, reference);
  }
}

@Resolver(() => Activity)
export class ActivityWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Activity, { description: 'Adds an activity; the code must be new. Staff only.' })
  createActivity(@Ctx() ctx: ApiContext, @input(ActivityInput, 'The new activity.') values: InputOf<typeof ActivityInput>): Promise<Activity> {
    return createEntity(ctx, activity, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Activity, { description: "Replaces an activity's values. Staff only." })
  updateActivity(
    @Ctx() ctx: ApiContext,
    @id('Id of the activity to change.') key: string,
    @input(ActivityInput, REPLACES) values: InputOf<typeof ActivityInput>,
  ): Promise<Activity> {
    return updateEntity(ctx, activity, key, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an activity without enrolments. Staff only.' })
  deleteActivity(@Ctx() ctx: ApiContext, @id('Id of the activity to delete.') key: string): Promise<WriteReceipt> {
    return deleteEntity(ctx, activity, key);
  }
}

@Resolver()
export class EnrolmentWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Enrols a participant in an activity. Staff only; answers with a receipt only.' })
  async createEnrolment(
    @Ctx() ctx: ApiContext,
    @input(EnrolmentInput, 'The participant, the activity, and the hours attended and completion so far.') values: InputOf<typeof EnrolmentInput>,
  ): Promise<WriteReceipt> {
    return receipt(enrolment, await createEntity(ctx, enrolment, values), values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Updates attended hours and completion of an existing enrolment. Staff only.' })
  async updateEnrolment(
    @Ctx() ctx: ApiContext,
    @input(EnrolmentInput, 'participantReference and activityCode name the enrolment; hoursAttended and completed are the new values.')
    values: InputOf<typeof EnrolmentInput>,
  ): Promise<WriteReceipt> {
    return receipt(enrolment, await updateEntity(ctx, enrolment, values, values), values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Removes a participant from an activity. Staff only.' })
  deleteEnrolment(
    @Ctx() ctx: ApiContext,
    @Arg('participantReference', () => String, { description: 'Pseudonymous reference of the participant.' }) participantReference: string,
    @Arg('activityCode', () => String, { description: 'Code of the activity.' }) activityCode: string,
  ): Promise<WriteReceipt> {
    return deleteEntity(ctx, enrolment, { participantReference, activityCode });
  }
}

@Resolver(() => GapAnalysis)
export class GapAnalysisWriteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => GapAnalysis, { description: 'Records a Mind The Gap analysis with its competence shifts. Staff only.' })
  createGapAnalysis(
    @Ctx() ctx: ApiContext,
    @input(GapAnalysisInput, 'The new analysis with its competence shifts.') values: InputOf<typeof GapAnalysisInput>,
  ): Promise<GapAnalysis> {
    return createEntity(ctx, gapAnalysis, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => GapAnalysis, { description: 'Replaces an analysis and all its competence shifts. Staff only.' })
  updateGapAnalysis(
    @Ctx() ctx: ApiContext,
    @id('Id of the analysis to change.') key: string,
    @input(GapAnalysisInput, 'The new values and shifts; they replace all current ones.') values: InputOf<typeof GapAnalysisInput>,
  ): Promise<GapAnalysis> {
    return updateEntity(ctx, gapAnalysis, key, values);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WriteReceipt, { description: 'Deletes an analysis and its competence shifts. Staff only.' })
  deleteGapAnalysis(@Ctx() ctx: ApiContext, @id('Id of the analysis to delete.') key: string): Promise<WriteReceipt> {
    return deleteEntity(ctx, gapAnalysis, key);
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
