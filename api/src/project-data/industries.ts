/**
 * SNI 2007 divisions (two-digit level) that SPIK's companies belong to. Companies store their full
 * SNI code (2–5 digits); indicators break down by division.
 */
export const sniDivisions: Record<string, string> = {
  '10': 'Livsmedelsframställning',
  '16': 'Trävaruindustri',
  '17': 'Pappers- och pappersvaruindustri',
  '20': 'Kemikalieindustri',
  '22': 'Gummi- och plastvaruindustri',
  '23': 'Jord- och stenvaruindustri',
  '24': 'Stål- och metallverk',
  '25': 'Metallvaruindustri',
  '26': 'Datorer, elektronikvaror och optik',
  '27': 'Elapparatindustri',
  '28': 'Övrig maskinindustri',
  '29': 'Motorfordonsindustri',
  '30': 'Övrig transportmedelsindustri',
  '31': 'Möbelindustri',
  '32': 'Annan tillverkning',
  '33': 'Reparation och installation av maskiner',
  '62': 'Dataprogrammering och it-konsulter',
  '71': 'Arkitekt- och teknikkonsulter',
};

/** Normalises "25.620" or "25620" to "25620"; null when it is not an SNI code shape. */
export function normaliseSni(code: string): string | null {
  const digits = code.replace(/\./g, '').trim();
  return /^\d{2,5}$/.test(digits) ? digits : null;
}
