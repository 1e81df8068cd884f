/**
 * The 38 municipalities in SPIK's area with their SCB municipality codes: Blekinge län (10xx)
 * and Skåne län (12xx). Courses must be located in one of them.
 */
export type CourseRegion = 'skane' | 'blekinge';

export const municipalities: Record<string, { name: string; region: CourseRegion }> = {
  '1060': { name: 'Olofström', region: 'blekinge' },
  '1080': { name: 'Karlskrona', region: 'blekinge' },
  '1081': { name: 'Ronneby', region: 'blekinge' },
  '1082': { name: 'Karlshamn', region: 'blekinge' },
  '1083': { name: 'Sölvesborg', region: 'blekinge' },
  '1214': { name: 'Svalöv', region: 'skane' },
  '1230': { name: 'Staffanstorp', region: 'skane' },
  '1231': { name: 'Burlöv', region: 'skane' },
  '1233': { name: 'Vellinge', region: 'skane' },
  '1256': { name: 'Östra Göinge', region: 'skane' },
  '1257': { name: 'Örkelljunga', region: 'skane' },
  '1260': { name: 'Bjuv', region: 'skane' },
  '1261': { name: 'Kävlinge', region: 'skane' },
  '1262': { name: 'Lomma', region: 'skane' },
  '1263': { name: 'Svedala', region: 'skane' },
  '1264': { name: 'Skurup', region: 'skane' },
  '1265': { name: 'Sjöbo', region: 'skane' },
  '1266': { name: 'Hörby', region: 'skane' },
  '1267': { name: 'Höör', region: 'skane' },
  '1270': { name: 'Tomelilla', region: 'skane' },
  '1272': { name: 'Bromölla', region: 'skane' },
  '1273': { name: 'Osby', region: 'skane' },
  '1275': { name: 'Perstorp', region: 'skane' },
  '1276': { name: 'Klippan', region: 'skane' },
  '1277': { name: 'Åstorp', region: 'skane' },
  '1278': { name: 'Båstad', region: 'skane' },
  '1280': { name: 'Malmö', region: 'skane' },
  '1281': { name: 'Lund', region: 'skane' },
  '1282': { name: 'Landskrona', region: 'skane' },
  '1283': { name: 'Helsingborg', region: 'skane' },
  '1284': { name: 'Höganäs', region: 'skane' },
  '1285': { name: 'Eslöv', region: 'skane' },
  '1286': { name: 'Ystad', region: 'skane' },
  '1287': { name: 'Trelleborg', region: 'skane' },
  '1290': { name: 'Kristianstad', region: 'skane' },
  '1291': { name: 'Simrishamn', region: 'skane' },
  '1292': { name: 'Ängelholm', region: 'skane' },
  '1293': { name: 'Hässleholm', region: 'skane' },
};

export const regionNames: Record<CourseRegion, string> = { skane: 'Skåne', blekinge: 'Blekinge' };
