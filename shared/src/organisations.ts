/**
 * SPIK's organisations by the names both sides use: the CMS's organisation profiles and the API's
 * project data. The API finds an organisation's profile by this name, so both seeds take it from
 * here rather than each spelling it.
 */
export const ORGANISATION_NAMES = {
  europeanSocialFund: 'Europeiska socialfonden',
  iucSyd: 'IUC Syd',
  techtank: 'Techtank',
  ifMetall: 'IF Metall',
  teknikforetagen: 'Teknikföretagen',
  regionSkane: 'Region Skåne',
  regionBlekinge: 'Region Blekinge',
  participatingCompanies: 'Deltagande företag',
} as const;
