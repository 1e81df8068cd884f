import { Region } from './enums.js';

/** SCB's municipality codes and names for Skåne (county 12, 33 municipalities) and Blekinge (10, 5). */
export const municipalities: Record<string, { name: string; region: Region }> = Object.fromEntries(
  (
    [
      ['1214', 'Svalöv'], ['1230', 'Staffanstorp'], ['1231', 'Burlöv'], ['1233', 'Vellinge'], ['1256', 'Östra Göinge'],
      ['1257', 'Örkelljunga'], ['1260', 'Bjuv'], ['1261', 'Kävlinge'], ['1262', 'Lomma'], ['1263', 'Svedala'],
      ['1264', 'Skurup'], ['1265', 'Sjöbo'], ['1266', 'Hörby'], ['1267', 'Höör'], ['1270', 'Tomelilla'],
      ['1272', 'Bromölla'], ['1273', 'Osby'], ['1275', 'Perstorp'], ['1276', 'Klippan'], ['1277', 'Åstorp'],
      ['1278', 'Båstad'], ['1280', 'Malmö'], ['1281', 'Lund'], ['1282', 'Landskrona'], ['1283', 'Helsingborg'],
      ['1284', 'Höganäs'], ['1285', 'Eslöv'], ['1286', 'Ystad'], ['1287', 'Trelleborg'], ['1290', 'Kristianstad'],
      ['1291', 'Simrishamn'], ['1292', 'Ängelholm'], ['1293', 'Hässleholm'],
      ['1060', 'Olofström'], ['1080', 'Karlskrona'], ['1081', 'Ronneby'], ['1082', 'Karlshamn'], ['1083', 'Sölvesborg'],
    ] as const
  ).map(([code, name]) => [code, { name, region: code.startsWith('12') ? Region.SKANE : Region.BLEKINGE }]),
);

export const isMunicipalityCode = (code: string): boolean => Object.hasOwn(municipalities, code);
