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
import { activity } from './descriptors/activity.js';
import { company } from './descriptors/company.js';
import { EnrolmentInput, enrolment } from './descriptors/enrolment.js';
import { financing } from './descriptors/financing.js';
import { gapAnalysis } from './descriptors/gap-analysis.js';
import { organisation } from './descriptors/organisation.js';
import { ParticipantInput, participant } from './descriptors/participant.js';
import { createEntity, deleteEntity, receipt, updateEntity } from './entity-writes.js';
import type { EntityDescriptor } from './descriptors/descriptor.js';

@ObjectType({ description: 'Acknowledges a write without returning the record: used where the record is personal data.' })
export class WriteReceipt {
  @Field(() => String, { description: 'Entity written, e.g. "Participant".' }) entity!: string;

  @Field(() => ID, { description: 'Database id of the row written (or deleted).' }) id!: string;

  @Field(() => String, { nullable: true, description: 'The natural key the caller used: participant reference, activity code, organisationsnummer …' })
  reference!: string | null;
}

type InputOf<S extends { Input: new () => unknown }> = InstanceType<S['Input']>;

const REPLACES = 'The new values; they replace all current ones.';
// Inputs are checked by their descriptor, all fields at once, not by type-graphql's validation.
const input = <S extends { Input: new () => unknown }>(spec: S, description: string) => Arg('input', () => spec.Input, { validate: false, description });
const id = (description: string) => Arg('id', () => ID, { description });

/** What the schema says about one entity's three mutations. */
interface WriteTexts {
  create: string;
  newValues: string;
  update: string;
  changeId: string;
  /** The update's input, when "The new values; they replace all current ones." says too little. */
  replaces?: string;
  delete: string;
  deleteId: string;
}

/**
 * create<Name>, update<Name> and delete<Name> for an entity found by its database id. They answer
 * with the entity itself, which holds no personal data (type-graphql's resolver-factory pattern).
 */
function writesById<E extends { id: number }>(d: EntityDescriptor<E>, says: WriteTexts) {
  @Resolver(() => d.entity)
  class WritesById {
    @Authorized(Role.STAFF)
    @Mutation(() => d.entity, { name: `create${d.name}`, description: says.create })
    create(@Ctx() ctx: ApiContext, @input(d.input, says.newValues) values: object): Promise<E> {
      return createEntity(ctx, d, values);
    }

    @Authorized(Role.STAFF)
    @Mutation(() => d.entity, { name: `update${d.name}`, description: says.update })
    update(@Ctx() ctx: ApiContext, @id(says.changeId) key: string, @input(d.input, says.replaces ?? REPLACES) values: object): Promise<E> {
      return updateEntity(ctx, d, key, values);
    }

    @Authorized(Role.STAFF)
    @Mutation(() => WriteReceipt, { name: `delete${d.name}`, description: says.delete })
    delete(@Ctx() ctx: ApiContext, @id(says.deleteId) key: string): Promise<WriteReceipt> {
      return deleteEntity(ctx, d, key);
    }
  }
  return WritesById;
}

const OrganisationWrites = writesById(organisation, {
  create: 'Adds an organisation (project owner, partner or financier). Staff only.',
  newValues: 'The new organisation.',
  update: 'Replaces an organisation’s values. Staff only.',
  changeId: 'Id of the organisation to change.',
  delete: 'Deletes an organisation nothing refers to. Staff only.',
  deleteId: 'Id of the organisation to delete.',
});

const FinancingWrites = writesById(financing, {
  create: "Adds a financier's contribution. Staff only.",
  newValues: 'The new contribution.',
  update: "Replaces a contribution's values. Staff only.",
  changeId: 'Id of the contribution to change.',
  delete: 'Deletes a contribution. Staff only.',
  deleteId: 'Id of the contribution to delete.',
});

const CompanyWrites = writesById(company, {
  create: 'Registers a company; the organisationsnummer must be new. Staff only.',
  newValues: 'The new company.',
  update: "Replaces a company's values (the organisationsnummer may change if the new one is free). Staff only.",
  changeId: 'Id of the company to change.',
  delete: 'Deletes a company without participants (its gap analyses go with it). Staff only.',
  deleteId: 'Id of the company to delete.',
});

const ActivityWrites = writesById(activity, {
  create: 'Adds an activity; the code must be new. Staff only.',
  newValues: 'The new activity.',
  update: "Replaces an activity's values. Staff only.",
  changeId: 'Id of the activity to change.',
  delete: 'Deletes an activity without enrolments. Staff only.',
  deleteId: 'Id of the activity to delete.',
});

const GapAnalysisWrites = writesById(gapAnalysis, {
  create: 'Records a Mind The Gap analysis with its competence shifts. Staff only.',
  newValues: 'The new analysis with its competence shifts.',
  update: 'Replaces an analysis and all its competence shifts. Staff only.',
  changeId: 'Id of the analysis to change.',
  replaces: 'The new values and shifts; they replace all current ones.',
  delete: 'Deletes an analysis and its competence shifts. Staff only.',
  deleteId: 'Id of the analysis to delete.',
});

@Resolver()
export class ParticipantWrites {
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

@Resolver()
export class EnrolmentWrites {
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

export const writeResolvers = [
  OrganisationWrites,
  FinancingWrites,
  CompanyWrites,
  ParticipantWrites,
  ActivityWrites,
  EnrolmentWrites,
  GapAnalysisWrites,
] as const;
