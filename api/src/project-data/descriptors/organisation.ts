import { OrganisationKind, Region, labels } from '../enums.js';
import { choice, field, inputType } from '../fields/field.js';
import { textUpTo } from '../fields/rules.js';
import { Organisation } from '../organisation.entity.js';
import type { EntityDescriptor } from './descriptor.js';
import { byId, refuseWhileUsed } from './locators.js';

export const OrganisationInput = inputType('OrganisationInput', 'An organisation in the project. The name is unique.', {
  name: field<string>(String, 'Namnet', 'Name, at most 200 characters; unique, ignoring case.', textUpTo(200)),
  kind: choice(OrganisationKind, labels.OrganisationKind, 'Organisationstypen', 'The role the organisation has in the project.'),
  region: choice(Region, labels.Region, 'Regionen', 'Empty for national organisations.', { nullable: true }),
});

export const organisation: EntityDescriptor<Organisation> = {
  name: 'Organisation',
  entity: Organisation,
  input: OrganisationInput,
  locate: byId(Organisation, 'Organisationen'),
  key: {
    fields: ['name'],
    label: 'namn',
    lookup: 'organisation',
    // By name only: a name of digits is no organisation's id.
    holder: (row, refs) => refs.organisationNamed(row.name as string),
    duplicate: (row) => ({
      field: 'name',
      code: 'DUPLICATE_NAME',
      message: row ? `Det finns redan en organisation som heter ”${row.name as string}”.` : 'Det finns redan en organisation med det namnet.',
    }),
  },
  // The indicator facts hold no organisations; partner counts are read from the database per request.
  changes: () => ({}),
  deleteGuards: [
    refuseWhileUsed(
      `select (select count(*) from company where responsible_partner_id = ?) + (select count(*) from activity where provider_id = ?)
         + (select count(*) from financing where financier_id = ?) as n`,
      'ORGANISATION_IN_USE',
      (uses, o) => `Organisationen ”${o.name}” används av ${uses} företag, aktiviteter eller finansieringar och kan inte tas bort.`,
    ),
  ],
  reference: (o) => o.name,
};
