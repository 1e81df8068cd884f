/**
 * The 38 municipalities of SPIK's area with SCB's municipality codes: Blekinge län (10xx) and
 * Skåne län (12xx). One list for the CMS (where a course is) and the API (where a company is).
 */
export type County = 'skane' | 'blekinge';

export type Municipality = { readonly code: string; readonly name: string; readonly county: County };

const BY_COUNTY: Record<County, readonly (readonly [string, string])[]> = {
  blekinge: [
    ['1060', 'Olofström'],
    ['1080', 'Karlskrona'],
    ['1081', 'Ronneby'],
    ['1082', 'Karlshamn'],
    ['1083', 'Sölvesborg'],
  ],
  skane: [
    ['1214', 'Svalöv'],
    ['1230', 'Staffanstorp'],
    ['1231', 'Burlöv'],
    ['1233', 'Vellinge'],
    ['1256', 'Östra Göinge'],
    ['1257', 'Örkelljunga'],
    ['1260', 'Bjuv'],
    ['1261', 'Kävlinge'],
    ['1262', 'Lomma'],
    ['1263', 'Svedala'],
    ['1264', 'Skurup'],
    ['1265', 'Sjöbo'],
    ['1266', 'Hörby'],
    ['1267', 'Höör'],
    ['1270', 'Tomelilla'],
    ['1272', 'Bromölla'],
    ['1273', 'Osby'],
    ['1275', 'Perstorp'],
    ['1276', 'Klippan'],
    ['1277', 'Åstorp'],
    ['1278', 'Båstad'],
    ['1280', 'Malmö'],
    ['1281', 'Lund'],
    ['1282', 'Landskrona'],
    ['1283', 'Helsingborg'],
    ['1284', 'Höganäs'],
    ['1285', 'Eslöv'],
    ['1286', 'Ystad'],
    ['1287', 'Trelleborg'],
    ['1290', 'Kristianstad'],
    ['1291', 'Simrishamn'],
    ['1292', 'Ängelholm'],
    ['1293', 'Hässleholm'],
  ],
};

export const countyNames: Record<County, string> = { skane: 'Skåne', blekinge: 'Blekinge' };

/** In Swedish alphabetical order, as an editor looks for a name. */
export const MUNICIPALITIES: readonly Municipality[] = (Object.entries(BY_COUNTY) as [County, (typeof BY_COUNTY)[County]][])
  .flatMap(([county, list]) => list.map(([code, name]) => ({ code, name, county })))
  .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));

const byCode = new Map(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));

export const municipalityByCode = (code: string): Municipality | undefined => byCode.get(code);
