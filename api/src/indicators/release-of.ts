import { DisclosurePolicy } from '../disclosure/policy.js';
import { exactMonths, releaseDay } from '../disclosure/release.js';
import type { Release } from './compute.js';
import { dayNumber } from './dimensions.js';
import type { Facts } from './facts.js';
import { type ProjectSpan, monthOfDay, monthsOf } from './periods.js';

/** The release for today's data, and the policy that knows which whole-project counts are exact. */
export function releaseOf(facts: Facts, span: ProjectSpan, today: string, threshold: number): Release {
  const months = monthsOf(span);
  const monthOf = monthOfDay(months);
  const day = releaseDay(
    months.map((month) => month.endDay),
    dayNumber(today),
    dayNumber(span.end),
  );
  const month = day === null ? -1 : monthOf(day);
  const arrivals = (days: Int16Array, keys: Uint32Array, size: number) => {
    const monthly = { count: new Float64Array(month + 1), keySum: new Float64Array(month + 1) };
    for (let i = 0; i < size; i++) {
      const m = Math.max(0, monthOf(days[i]!));
      if (m > month) continue;
      monthly.count[m]! += 1;
      monthly.keySum[m]! += keys[i]!;
    }
    return exactMonths(monthly, threshold);
  };
  const policy = new DisclosurePolicy(threshold, {
    participants: arrivals(facts.participants.enrolledDay, facts.participants.recordKey, facts.participants.size),
    companies: arrivals(facts.companies.joinedDay, facts.companies.recordKey, facts.companies.size),
  });
  // Rows that arrived after the release are left out; those before the project start count in its first month.
  const releaseEnd = month >= 0 ? months[month]!.endDay : -Infinity;
  const participantMonth = new Int8Array(facts.participants.size);
  for (let i = 0; i < facts.participants.size; i++) {
    const arrived = facts.participants.enrolledDay[i]!;
    participantMonth[i] = arrived > releaseEnd ? -1 : Math.max(0, monthOf(arrived));
  }
  return { policy, months, monthOf, month, participantMonth };
}
