import { forwardRef } from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField, useForm } from '@strapi/admin/strapi-admin';
import { MUNICIPALITIES, countyNames, municipalityByCode } from '@spik/shared/editorial';

type Props = { name: string; label: string; hint?: string; required?: boolean; disabled?: boolean; labelAction?: React.ReactNode };

/**
 * A course's municipality, picked by name and stored as SCB's code. Picking one also sets the
 * region, so the rule "the municipality lies in the region" is hard to break by accident.
 */
export const MunicipalityInput = forwardRef<HTMLDivElement, Props>(({ name, label, hint, required, disabled, labelAction }, ref) => {
  const field = useField(name);
  const onChange = useForm('MunicipalityInput', (state) => state.onChange);
  const choose = (code: string | number) => {
    const municipality = municipalityByCode(String(code));
    field.onChange(name, municipality ? municipality.code : null);
    if (municipality) onChange('region', municipality.county);
  };
  return (
    <Field.Root ref={ref} name={name} error={field.error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect value={(field.value as string | null) ?? undefined} onChange={choose} disabled={disabled} placeholder="Välj kommun">
        {MUNICIPALITIES.map((municipality) => (
          <SingleSelectOption key={municipality.code} value={municipality.code}>
            {`${municipality.name} (${countyNames[municipality.county]}, ${municipality.code})`}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});
