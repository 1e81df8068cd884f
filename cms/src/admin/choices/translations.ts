import { choiceLabels } from '@spik/shared/editorial';

/**
 * Strapi's select for an enumeration shows each option through the admin's translations, with the
 * stored value as the message id; giving each value its Swedish label there is all it takes for
 * editors to see "Deltid 50 %" instead of `deltid50`. The same value must mean the same thing in
 * every attribute that uses it, which this checks while the admin starts.
 */
export function choiceTranslations(): Record<string, string> {
  const translations: Record<string, string> = {};
  for (const [field, values] of Object.entries(choiceLabels)) {
    for (const [value, label] of Object.entries(values)) {
      if (translations[value] !== undefined && translations[value] !== label) {
        throw new Error(`The choice "${value}" of ${field} has two Swedish labels: "${translations[value]}" and "${label}".`);
      }
      translations[value] = label;
    }
  }
  return translations;
}
