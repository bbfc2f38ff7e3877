import { describe, expect, it } from 'vitest';
import { SpeakerDays } from '../../src/graph/claim-days.js';
import { withinWindow } from '../../src/graph/claims.js';

describe('SpeakerDays', () => {
  it('says "maybe" for every day whose window holds a stored day of that speaker, and "no" otherwise', () => {
    const days = new SpeakerDays();
    days.add(7, '2024-02-28');
    days.add(8, null);
    for (const day of ['2024-02-24', '2024-02-25', '2024-02-26', '2024-02-28', '2024-03-01', '2024-03-02', '2024-03-03']) {
      expect(days.mayHave(7, day)).toBe(withinWindow(day, '2024-02-28'));
    }
    // Across a month's end, a leap day and a year's end, as windowOf counts.
    days.add(9, '2024-12-31');
    expect(days.mayHave(9, '2025-01-02')).toBe(true);
    expect(days.mayHave(9, '2025-01-03')).toBe(false);
    expect(days.mayHave(7, null)).toBe(false);
    expect(days.mayHave(8, null)).toBe(true);
    expect(days.mayHave(8, '2024-02-28')).toBe(false);
    expect(days.mayHave(6, '2024-02-28')).toBe(false);
  });

  it('always looks up a speaker with a day that is not a calendar day: text ranges may still hold it', () => {
    const days = new SpeakerDays();
    days.add(7, '2024-02-30');
    expect(days.mayHave(7, '2024-03-10')).toBe(true);
    expect(days.mayHave(7, null)).toBe(true);
  });
});
