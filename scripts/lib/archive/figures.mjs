// The final figures as open data beside the archived pages: the API's own CSV and JSON-stat
// exports for the whole project (every value already a cell of the disclosure policy), and a
// Swedish read-me that says what they are. Nothing here computes a figure.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const FIGURE_FILES = {
  csv: 'data/spik-indikatorer.csv',
  jsonStat: 'data/spik-indikatorer.jsonstat.json',
  readme: 'data/LASMIG.txt',
};

async function download(api, route, key) {
  const response = await fetch(`${api}${route}`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(60_000) });
  if (response.status === 401 || response.status === 403) {
    throw new Error(`The API refused ${route} (${response.status}): the archive needs a partner or staff key (--key or SPIK_API_KEY).`);
  }
  if (!response.ok) throw new Error(`The API answered ${response.status} for ${route}: ${(await response.text()).slice(0, 300)}`);
  // Bytes, not text: the CSV's byte-order mark tells Excel it is UTF-8.
  return Buffer.from(await response.arrayBuffer());
}

/** Writes the three files into `outDir` and returns what the read-me says about them. */
export async function saveFigures({ api, key, outDir, publicSite, copiedOn }) {
  const csv = await download(api, '/export/indicators.csv', key);
  const dataset = JSON.parse((await download(api, '/export/indicators.jsonstat', key)).toString('utf8'));
  // The dataset names where it can be fetched again: in the archive, that is the archive.
  dataset.href = `${publicSite.replace(/\/$/, '')}/${FIGURE_FILES.jsonStat}`;
  const { asOf, licence, dataIsDemo } = dataset.extension ?? {};
  const readme = [
    'SPIK – Strategiskt Partnerskap för Industrins Kompetens: projektets siffror',
    '',
    `Filerna sparades ${copiedOn} tillsammans med arkivkopian av webbplatsen.`,
    `Siffrorna avser läget ${asOf ?? 'före första publiceringen'} och gäller hela projektet (inga filter).`,
    ...(dataIsDemo ? ['OBS: siffrorna är påhittade demodata, inte projektets verkliga uppgifter.'] : []),
    '',
    `${path.basename(FIGURE_FILES.csv)}: semikolonseparerad CSV för Excel. De första raderna säger vad siffrorna avser, hur de skyddas och licensen.`,
    `${path.basename(FIGURE_FILES.jsonStat)}: JSON-stat 2.0 med ESF+-indikatorerna (koder, definitioner, enheter och statusflaggor: c = skyddad, z = ej tillämplig, e = justerad).`,
    '',
    'Skydd: inga uppgifter om enskilda personer. Små antal visas inte och uppdelningarna är slumpvis justerade med några enheter (cell key-metoden), så delarna summerar inte alltid till totalen.',
    `Licens: ${licence ?? 'CC BY 4.0'}`,
    '',
  ].join('\n');
  await mkdir(path.join(outDir, 'data'), { recursive: true });
  await writeFile(path.join(outDir, FIGURE_FILES.csv), csv);
  await writeFile(path.join(outDir, FIGURE_FILES.jsonStat), `${JSON.stringify(dataset, null, 2)}\n`);
  await writeFile(path.join(outDir, FIGURE_FILES.readme), readme);
  return Object.values(FIGURE_FILES);
}
