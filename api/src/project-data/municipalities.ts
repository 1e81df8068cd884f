import { MUNICIPALITIES } from '@spik/shared';
import { Region } from './enums.js';

/** SCB's municipality codes and names for Skåne and Blekinge: the list in `@spik/shared`, with the API's region enum. */
export const municipalities: Record<string, { name: string; region: Region }> = Object.fromEntries(
  MUNICIPALITIES.map(({ code, name, county }) => [code, { name, region: county === 'skane' ? Region.SKANE : Region.BLEKINGE }]),
);

export const isMunicipalityCode = (code: string): boolean => Object.hasOwn(municipalities, code);
