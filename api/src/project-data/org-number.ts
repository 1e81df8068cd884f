/**
 * Swedish organisationsnummer: ten digits, the last a Luhn check digit over the first nine.
 * Stored as ten digits; shown as NNNNNN-NNNN.
 */
export function normaliseOrgNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? digits : null;
}

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export const formatOrgNumber = (digits: string): string => `${digits.slice(0, 6)}-${digits.slice(6)}`;
