import { Float } from 'type-graphql';
import { FinancingForm, labels } from '../enums.js';
import { choice, field, inputType } from '../fields/field.js';
import { decimal, numberWhere, textUpTo, yesNo } from '../fields/rules.js';
import { Financing } from '../organisation.entity.js';
import type { EntityDescriptor } from './descriptor.js';
import { byId } from './locators.js';

export const FinancingInput = inputType('FinancingInput', "One financier's contribution.", {
  financier: field<string>(String, 'Finansiären', 'The financing organisation, by id or exact name.', textUpTo(200), { ref: 'organisation' }),
  amountSek: field<number>(
    Float,
    'Beloppet',
    'Amount in Swedish kronor, at most two decimals (öre). Stored as öre.',
    [
      decimal(2),
      numberWhere('AMOUNT_NOT_POSITIVE', 'Beloppet måste vara större än 0 kronor.', (v) => v > 0),
      numberWhere('AMOUNT_TOO_LARGE', 'Beloppet får vara högst 10 000 000 000 kronor.', (v) => v <= 1e10),
    ],
    { property: 'amountOre', store: (sek) => BigInt(Math.round(sek * 100)) },
  ),
  form: choice(FinancingForm, labels.FinancingForm, 'Finansieringsformen', 'Cash or in kind.'),
  isDemo: field<boolean>(Boolean, 'Demomarkeringen', 'True when the amount is illustrative, not the real split.', [yesNo], { default: false }),
});

export const financing: EntityDescriptor<Financing> = {
  name: 'Financing',
  entity: Financing,
  input: FinancingInput,
  locate: byId(Financing, 'Finansieringen'),
  // The indicator facts hold no financing.
  changes: () => ({}),
  populate: ['financier'],
  reference: () => null,
};
