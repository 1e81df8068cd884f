import type { SqlEntityManager } from '@mikro-orm/sql';
import { FinancingForm, OrganisationKind, Region } from './enums.js';
import { Financing, Organisation } from './organisation.entity.js';
import { ORGANISATION_NAMES as ORG } from '@spik/shared';

/**
 * The partnership and financiers named in SPIK's press release. The organisations are facts; the
 * split of the 22,3 MSEK budget between them is not public, so the financing rows are demo figures
 * (the European Social Fund's share "just over 12 MSEK" is the one public anchor) and say so.
 */
const ORGANISATIONS: { name: string; kind: OrganisationKind; region: Region | null; financingSek: number; form: FinancingForm }[] = [
  { name: ORG.europeanSocialFund, kind: OrganisationKind.MAIN_FINANCIER, region: null, financingSek: 12_100_000, form: FinancingForm.CASH },
  { name: ORG.iucSyd, kind: OrganisationKind.PROJECT_OWNER, region: Region.SKANE, financingSek: 1_400_000, form: FinancingForm.IN_KIND },
  { name: ORG.techtank, kind: OrganisationKind.PARTNER, region: Region.BLEKINGE, financingSek: 1_300_000, form: FinancingForm.IN_KIND },
  { name: ORG.ifMetall, kind: OrganisationKind.PARTNER, region: null, financingSek: 600_000, form: FinancingForm.IN_KIND },
  { name: ORG.teknikforetagen, kind: OrganisationKind.PARTNER, region: null, financingSek: 600_000, form: FinancingForm.IN_KIND },
  { name: ORG.regionSkane, kind: OrganisationKind.CO_FINANCIER, region: Region.SKANE, financingSek: 2_500_000, form: FinancingForm.CASH },
  { name: ORG.regionBlekinge, kind: OrganisationKind.CO_FINANCIER, region: Region.BLEKINGE, financingSek: 1_500_000, form: FinancingForm.CASH },
  { name: ORG.participatingCompanies, kind: OrganisationKind.CO_FINANCIER, region: null, financingSek: 2_300_000, form: FinancingForm.IN_KIND },
];

/** Inserts the organisations and their (demo) financing once; never overwrites. */
export async function seedOrganisations(em: SqlEntityManager): Promise<void> {
  await em.fork().transactional(async (tx) => {
    if (await tx.count(Organisation, {})) return;
    for (const org of ORGANISATIONS) {
      const organisation = tx.create(Organisation, { name: org.name, kind: org.kind, region: org.region });
      tx.create(Financing, { financier: organisation, amountOre: BigInt(org.financingSek) * 100n, form: org.form, isDemo: true });
    }
  });
}
